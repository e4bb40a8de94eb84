package io.campaignlab.engine.recommend.evaluation;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The paired bootstrap's interval against the textbook normal interval of a paired mean difference, mean ± 1.96 ·
 * sd(d)/√n (with n = 3,000 units the bootstrap distribution of the mean is close to normal, so the two agree to a
 * few percent of the standard error), and its p-value against the normal two-sided p.
 */
class PairedBootstrapTest {

    @Test
    void theIntervalAgreesWithTheNormalIntervalOfAPairedMean() {
        Random random = new Random(7);
        int n = 3_000;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int u = 0; u < n; u++) {
            b[u] = random.nextDouble() < 0.3 ? 1 : 0;            // a per-user hit, like Recall@K with one target
            a[u] = random.nextDouble() < 0.33 ? 1 : b[u];        // mostly the same users, a few more hits
        }
        PairedDifference normal = PairedDifference.of(a, b);
        MetricGain gain = PairedBootstrap.of(a, b, 2_000, 11);
        assertThat(gain.difference()).isCloseTo(normal.mean(), within(1e-12));
        double se = normal.standardError();
        assertThat(gain.low()).isCloseTo(normal.mean() - 1.959964 * se, within(0.1 * se));
        assertThat(gain.high()).isCloseTo(normal.mean() + 1.959964 * se, within(0.1 * se));
        assertThat(gain.resamples()).isEqualTo(2_000);
        // the same seed draws the same resamples
        assertThat(PairedBootstrap.of(a, b, 2_000, 11)).isEqualTo(gain);
    }

    @Test
    void noDifferenceGivesALargePAndAClearOneTheSmallestP() {
        double[] same = {0.1, 0.5, 0.2, 0.9, 0.3, 0.0, 0.4, 0.7};
        assertThat(PairedBootstrap.of(same, same, 200, 1).pValue()).isEqualTo(1.0);
        double[] higher = new double[same.length];
        for (int i = 0; i < same.length; i++) {
            higher[i] = same[i] + 0.2 + 0.01 * i;
        }
        MetricGain clear = PairedBootstrap.of(higher, same, 999, 1);
        assertThat(clear.pValue()).isEqualTo(2.0 / 1000);
        assertThat(clear.low()).isGreaterThan(0.2);
        assertThat(clear.describe()).contains("B = 999").contains("p ≤ 0.002");
    }

    @Test
    void percentilesInterpolateLikeNumpy() {
        // numpy.percentile([1, 2, 3, 4], 2.5) = 1.075; 97.5 → 3.925
        double[] sorted = {1, 2, 3, 4};
        assertThat(io.campaignlab.engine.numeric.Quantiles.linear(sorted, 0.025)).isCloseTo(1.075, within(1e-12));
        assertThat(io.campaignlab.engine.numeric.Quantiles.linear(sorted, 0.975)).isCloseTo(3.925, within(1e-12));
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> PairedBootstrap.of(new double[3], new double[2], 200, 1))
                .hasMessageContaining("3 and 2");
        assertThatThrownBy(() -> PairedBootstrap.of(new double[3], new double[3], 10, 1))
                .hasMessageContaining("100 resamples");
    }
}
