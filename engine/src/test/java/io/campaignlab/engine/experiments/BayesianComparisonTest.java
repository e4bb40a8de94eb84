package io.campaignlab.engine.experiments;

import org.apache.commons.numbers.gamma.LogBeta;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class BayesianComparisonTest {

    /** Evan Miller's closed form for P(p_B &gt; p_A) with integer Beta parameters. */
    static double closedForm(double aA, double bA, double aB, double bB) {
        double total = 0;
        for (int i = 0; i < aB; i++) {
            total += Math.exp(LogBeta.value(aA + i, bA + bB) - Math.log(bB + i) - LogBeta.value(1 + i, bB)
                    - LogBeta.value(aA, bA));
        }
        return total;
    }

    @Test
    void chanceToBeatEqualsTheClosedForm() {
        BayesianComparison small = BayesianComparison.binary("B", "conv", 15, 100, 10, 100);
        assertThat(small.chanceToBeat()).isCloseTo(closedForm(11, 91, 16, 86), offset(1e-7));
        BayesianComparison large = BayesianComparison.binary("B", "visit", 3_226, 21_387, 2_262, 21_306);
        assertThat(large.chanceToBeat()).isCloseTo(closedForm(2_263, 19_045, 3_227, 18_162), offset(1e-7));
    }

    /** Expected loss against a brute-force double integral on a grid. */
    @Test
    void expectedLossEqualsABruteForceDoubleIntegral() {
        BayesianComparison b = BayesianComparison.binary("B", "conv", 12, 100, 10, 100);
        org.apache.commons.statistics.distribution.BetaDistribution t =
                org.apache.commons.statistics.distribution.BetaDistribution.of(13, 89);
        org.apache.commons.statistics.distribution.BetaDistribution c =
                org.apache.commons.statistics.distribution.BetaDistribution.of(11, 91);
        int grid = 1500;
        double h = 0.5 / grid;
        double loss = 0;
        for (int i = 0; i < grid; i++) {
            double x = (i + 0.5) * h;
            double fc = c.density(x);
            for (int j = 0; j < i; j++) {
                double y = (j + 0.5) * h;
                loss += (x - y) * fc * t.density(y) * h * h;
            }
        }
        assertThat(b.expectedLoss()).isCloseTo(loss, offset(2e-5));
    }

    @Test
    void normalApproximationIsSymmetric() {
        MeanStats a = new MeanStats(1000, 10, 4);
        MeanStats b = new MeanStats(1000, 10, 4);
        BayesianComparison same = BayesianComparison.normal("B", "spend", a, b);
        assertThat(same.chanceToBeat()).isCloseTo(0.5, offset(1e-12));
        // E[max(-D, 0)] for D ~ N(0, s²) is s / √(2π)
        assertThat(same.expectedLoss()).isCloseTo(Math.sqrt(0.008) / Math.sqrt(2 * Math.PI), offset(1e-12));
    }
}
