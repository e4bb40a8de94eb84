package io.campaignlab.engine.experiments;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class PlanningAndSequenceTest {

    /**
     * Base 10.6%, +1 point, α 0.05 two-sided, power 0.8, equal arms, worked by hand: p̄ = 0.111,
     * (1.959964 √(0.111 · 0.889 · 2) + 0.841621 √(0.106 · 0.894 + 0.116 · 0.884))² / 0.01² = 15,489.25 → 15,490.
     */
    @Test
    void sampleSizeMatchesTheHandWorkedTextbookFormula() {
        SampleSize s = SampleSize.forProportions(0.106, 0.01, 0.05, 0.8, 1);
        assertThat(s.control()).isBetween(15_489L, 15_491L);
        assertThat(s.treatment()).isEqualTo(s.control());
        assertThat(s.days(1_000)).isCloseTo(2 * s.control() / 1000.0, offset(1e-9));
    }

    @Test
    void unequalAllocationNeedsMoreUnitsInAll() {
        SampleSize even = SampleSize.forProportions(0.1, 0.02, 0.05, 0.8, 1);
        SampleSize skewed = SampleSize.forProportions(0.1, 0.02, 0.05, 0.8, 3);
        assertThat(skewed.control() + skewed.treatment()).isGreaterThan(even.control() + even.treatment());
        assertThat(skewed.treatment()).isBetween(3 * skewed.control() - 3, 3 * skewed.control() + 3);
    }

    @Test
    void srmOnHillstromsArmCountsPasses() {
        SampleRatioCheck s = SampleRatioCheck.of(List.of("No E-Mail", "Mens E-Mail", "Womens E-Mail"),
                new long[] {21_306, 21_307, 21_387}, new double[] {1, 1, 1});
        double e = 64_000 / 3.0;
        double chi2 = (Math.pow(21_306 - e, 2) + Math.pow(21_307 - e, 2) + Math.pow(21_387 - e, 2)) / e;
        assertThat(s.chi2()).isCloseTo(chi2, offset(1e-9));
        assertThat(s.p()).isCloseTo(Math.exp(-chi2 / 2), offset(1e-9)); // χ² survival with 2 df
        assertThat(s.mismatch()).isFalse();
        SampleRatioCheck broken = SampleRatioCheck.of(List.of("A", "B"), new long[] {10_000, 10_600},
                new double[] {1, 1});
        assertThat(broken.mismatch()).isTrue();
    }

    /**
     * A/A streams watched after every unit: the fixed-horizon interval excludes the true 0 at some look far more
     * often than α, the confidence sequence at most about α.
     */
    @Test
    void confidenceSequenceKeepsItsLevelUnderContinuousPeeking() {
        SplittableRandom rng = new SplittableRandom(11);
        int streams = 300;
        int units = 2_000;
        ConfidenceSequence cs = new ConfidenceSequence(0.05, units);
        int csMisses = 0;
        int ciMisses = 0;
        for (int s = 0; s < streams; s++) {
            double[] sum = new double[2];
            double[] sq = new double[2];
            int[] n = new int[2];
            boolean csMiss = false;
            boolean ciMiss = false;
            for (int i = 0; i < units; i++) {
                int arm = i % 2;
                double v = rng.nextDouble() < 0.3 ? 1 : 0;
                sum[arm] += v;
                sq[arm] += v * v;
                n[arm]++;
                if (i < 40) {
                    continue;
                }
                double m1 = sum[1] / n[1];
                double m0 = sum[0] / n[0];
                double se = Math.sqrt(m1 * (1 - m1) / n[1] + m0 * (1 - m0) / n[0]);
                double d = m1 - m0;
                csMiss |= Math.abs(d) > cs.halfWidth(se, i + 1);
                ciMiss |= Math.abs(d) > 1.959963984540054 * se;
            }
            csMisses += csMiss ? 1 : 0;
            ciMisses += ciMiss ? 1 : 0;
        }
        System.out.printf("A/A peeking after every unit, %d streams: fixed CI ever excluded 0 in %d, confidence"
                + " sequence in %d%n", streams, ciMisses, csMisses);
        assertThat(csMisses).isLessThanOrEqualTo(27); // 5% of 300 = 15, plus 3 binomial sd
        assertThat(ciMisses).isGreaterThan(45);
    }
}
