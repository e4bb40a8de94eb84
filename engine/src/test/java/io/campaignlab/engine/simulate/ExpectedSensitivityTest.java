package io.campaignlab.engine.simulate;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExpectedSensitivityTest {

    @Test
    void isOneHalfWithoutShiftAndSymmetricAroundIt() {
        // sigmoid(−x) = 1 − sigmoid(x) and Z is symmetric, so E[σ(s + aZ)] + E[σ(−s + aZ)] = 1
        assertThat(UserGenerator.expectedSigmoid(0, 0.7)).isCloseTo(0.5, within(1e-12));
        for (double shift : new double[]{0.3, 1.1, 2.5}) {
            assertThat(UserGenerator.expectedSigmoid(shift, 0.7) + UserGenerator.expectedSigmoid(-shift, 0.7))
                    .isCloseTo(1.0, within(1e-12));
        }
        // with no noise it is the sigmoid itself
        assertThat(UserGenerator.expectedSigmoid(1.0, 0)).isCloseTo(1 / (1 + Math.exp(-1.0)), within(1e-12));
    }

    @Test
    void matchesAMonteCarloEstimateForEveryAgeAndRegion() {
        SplittableRandom rng = new SplittableRandom(3);
        int draws = 400_000;
        for (int age = 0; age < UserGenerator.AGE_SENSITIVITY.length; age++) {
            for (int region = 0; region < UserGenerator.REGION_SENSITIVITY.length; region++) {
                double shift = UserGenerator.AGE_SENSITIVITY[age] + UserGenerator.REGION_SENSITIVITY[region];
                double sum = 0;
                for (int i = 0; i < draws; i++) {
                    sum += 1 / (1 + Math.exp(-(shift + UserGenerator.SENSITIVITY_NOISE_SD * rng.nextGaussian())));
                }
                // the Monte Carlo standard error is below 0.2 / sqrt(400k) = 3e-4
                assertThat(UserGenerator.expectedSensitivity(age, region)).isCloseTo(sum / draws, within(1.5e-3));
            }
        }
    }
}
