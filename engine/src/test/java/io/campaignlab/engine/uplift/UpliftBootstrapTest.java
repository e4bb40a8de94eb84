package io.campaignlab.engine.uplift;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Qini/AUUC bootstrap intervals on a randomized test with a planted uplift: units with x &gt; 0.5 respond to the
 * treatment (conversion 0.1 → 0.4), the others not (0.1 either way). Scoring by x finds the responders, so its
 * interval lies above 0; a score unrelated to x is random targeting, so its interval holds 0.
 */
class UpliftBootstrapTest {

    @Test
    void aScoreThatFindsTheRespondersHasAnIntervalAboveZeroAndARandomOneHoldsZero() {
        Random random = new Random(3);
        int n = 2_000;
        double[] x = new double[n];
        double[] noise = new double[n];
        double[] y = new double[n];
        boolean[] treated = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
            noise[i] = random.nextDouble();
            treated[i] = random.nextBoolean();
            double p = treated[i] && x[i] > 0.5 ? 0.4 : 0.1;
            y[i] = random.nextDouble() < p ? 1 : 0;
        }
        UpliftBootstrap good = UpliftBootstrap.of(x, y, treated, 200, 5);
        assertThat(good.qini().estimate()).isEqualTo(UpliftCurves.qiniCoefficient(x, y, treated));
        assertThat(good.qini().low()).isPositive();
        assertThat(good.qini().low()).isLessThan(good.qini().estimate());
        assertThat(good.qini().high()).isGreaterThan(good.qini().estimate());
        assertThat(good.auuc().low()).isPositive();

        UpliftBootstrap blind = UpliftBootstrap.of(noise, y, treated, 200, 5);
        assertThat(blind.qini().low()).isNegative();
        assertThat(blind.qini().high()).isPositive();
        assertThat(UpliftBootstrap.of(x, y, treated, 200, 5)).isEqualTo(good);  // seeded
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> UpliftBootstrap.of(new double[3], new double[3], new boolean[3], 200, 1))
                .hasMessageContaining("0 of 3 are treated");
        assertThatThrownBy(() -> UpliftBootstrap.of(new double[3], new double[2], new boolean[3], 200, 1))
                .hasMessageContaining("as many");
    }
}
