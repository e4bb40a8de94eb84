package io.campaignlab.engine.experiments;

import org.apache.commons.numbers.gamma.Erfc;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class TwoSampleTest {

    static double[] ones(int ones, int n) {
        double[] v = new double[n];
        for (int i = 0; i < ones; i++) {
            v[i] = 1;
        }
        return v;
    }

    @Test
    void proportionsUseTheUnpooledWaldIntervalAndItsZTest() {
        Comparison c = TwoSample.binary("B", "conv", MeanStats.of(ones(30, 200)), MeanStats.of(ones(20, 200)), 0.05);
        double se = Math.sqrt(0.15 * 0.85 / 200 + 0.10 * 0.90 / 200);
        double z = 0.05 / se;
        assertThat(c.diff()).isCloseTo(0.05, offset(1e-12));
        assertThat(c.ciLow()).isCloseTo(0.05 - 1.959963984540054 * se, offset(1e-9));
        assertThat(c.ciHigh()).isCloseTo(0.05 + 1.959963984540054 * se, offset(1e-9));
        assertThat(c.pValue()).isCloseTo(Erfc.value(z / Math.sqrt(2)), offset(1e-9));
        assertThat(c.relLift()).isCloseTo(0.5, offset(1e-12));
    }

    /** R: t.test(sleep$extra[1:10], sleep$extra[11:20]) — t = −1.8608, df = 17.776, p = 0.07939. */
    @Test
    void welchMatchesRsSleepExample() {
        double[] g1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        double[] g2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
        Comparison c = TwoSample.welch("1", "extra", MeanStats.of(g1), MeanStats.of(g2), 0.05);
        assertThat(c.diff()).isCloseTo(-1.58, offset(1e-12));
        assertThat(c.ciLow()).isCloseTo(-3.3654832, offset(1e-6));
        assertThat(c.ciHigh()).isCloseTo(0.2054832, offset(1e-6));
        assertThat(c.pValue()).isCloseTo(0.07939, offset(1e-5));
    }

    /** The delta-method standard errors agree with the spread of the estimates over repeated experiments. */
    @Test
    void deltaMethodErrorsMatchTheSpreadOverReplicates() {
        SplittableRandom rng = new SplittableRandom(7);
        int reps = 1500;
        int n = 400;
        double[] ratios = new double[reps];
        double[] rels = new double[reps];
        double seRatio = 0;
        double seRel = 0;
        for (int r = 0; r < reps; r++) {
            double[] yT = new double[n];
            double[] xT = new double[n];
            double[] yC = new double[n];
            double[] xC = new double[n];
            fill(rng, yT, xT, 1.2);
            fill(rng, yC, xC, 1.0);
            Comparison ratio = TwoSample.ratio("T", "rev/visits", yT, xT, yC, xC, 0.05);
            ratios[r] = ratio.diff();
            seRatio += ratio.se() / reps;
            Comparison welch = TwoSample.welch("T", "rev", MeanStats.of(yT), MeanStats.of(yC), 0.05);
            rels[r] = welch.relLift();
            seRel += (welch.relCiHigh() - welch.relCiLow()) / (2 * 1.959963984540054) / reps;
        }
        assertThat(seRatio / sd(ratios)).isCloseTo(1.0, offset(0.06));
        assertThat(seRel / sd(rels)).isCloseTo(1.0, offset(0.06));
    }

    /** Visits 1 + Poisson-ish, revenue per visit exponential with the given mean: a skewed ratio metric. */
    private static void fill(SplittableRandom rng, double[] y, double[] x, double perVisit) {
        for (int i = 0; i < y.length; i++) {
            int visits = 1 + (int) Math.floor(-Math.log(1 - rng.nextDouble()) * 2);
            double rev = 0;
            for (int v = 0; v < visits; v++) {
                rev += -Math.log(1 - rng.nextDouble()) * perVisit;
            }
            x[i] = visits;
            y[i] = rev;
        }
    }

    static double sd(double[] v) {
        double m = 0;
        for (double x : v) {
            m += x / v.length;
        }
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
