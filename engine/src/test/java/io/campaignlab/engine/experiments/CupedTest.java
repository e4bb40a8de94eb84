package io.campaignlab.engine.experiments;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Y = X + ε + τ·T with Var X = Var ε = 1: θ = 1 and the variance falls by ρ² = 1/2. */
class CupedTest {

    @Test
    void recoversThetaHalvesTheVarianceAndKeepsTheEffect() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 20_000;
        double tau = 0.05;
        double[] yT = new double[n];
        double[] xT = new double[n];
        double[] yC = new double[n];
        double[] xC = new double[n];
        for (int i = 0; i < n; i++) {
            xT[i] = gauss(rng);
            yT[i] = xT[i] + gauss(rng) + tau;
            xC[i] = gauss(rng);
            yC[i] = xC[i] + gauss(rng);
        }
        Cuped c = Cuped.of("T", "y", "x", yT, xT, yC, xC, 0.05);
        assertThat(c.theta()).isCloseTo(1.0, offset(0.03));
        assertThat(c.varianceReduction()).isCloseTo(0.5, offset(0.03));
        assertThat(c.comparison().ciLow()).isLessThan(tau);
        assertThat(c.comparison().ciHigh()).isGreaterThan(tau);
        assertThat(c.comparison().se()).isLessThan(c.unadjusted().se());
    }

    static double gauss(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
