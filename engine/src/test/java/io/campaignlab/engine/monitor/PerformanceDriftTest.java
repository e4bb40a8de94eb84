package io.campaignlab.engine.monitor;

import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.evaluation.BinaryEvaluator;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Performance drift against the test evaluation: a model that ranks as well and is calibrated stays OK; one whose
 * ranking collapsed alerts on AUC; one whose probabilities are doubled alerts on calibration. The calibration z is
 * checked against the binomial formula worked out by hand.
 */
class PerformanceDriftTest {

    @Test
    void aHealthyWindowStaysOkAndADegradedOneAlerts() {
        Sample test = sample(1, 4_000, 1.0);
        BinaryEvaluation evaluation = BinaryEvaluator.evaluate(test.scores, test.labels);
        Sample same = sample(2, 4_000, 1.0);
        PerformanceDrift healthy = PerformanceDrift.of(evaluation, same.scores, same.labels);
        assertThat(healthy.aucStatus()).isEqualTo(DriftStatus.OK);
        assertThat(healthy.calibrationStatus()).isEqualTo(DriftStatus.OK);
        // z = (AUC_now − AUC_test) / √(SE_now² + SE_test²), p = 2(1 − Φ(|z|))
        double z = (healthy.currentAuc().auc() - evaluation.auc()) / Math.hypot(
                healthy.currentAuc().standardError(), evaluation.aucInterval().standardError());
        assertThat(healthy.aucPValue()).isCloseTo(2 * (1 - phi(Math.abs(z))), within(1e-4));

        Sample worse = sample(3, 4_000, 0.1);  // the score barely follows the outcome any more
        PerformanceDrift degraded = PerformanceDrift.of(evaluation, worse.scores, worse.labels);
        assertThat(degraded.aucStatus()).isEqualTo(DriftStatus.ALERT);
        assertThat(degraded.aucLine()).contains("a significant drop");
    }

    @Test
    void doubledProbabilitiesAreMiscalibrated() {
        int[] labels = new int[1_000];
        double[] scores = new double[1_000];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 10 == 0 ? 1 : 0;       // observed rate 0.1
            scores[i] = i % 2 == 0 ? 0.15 : 0.25;  // mean predicted 0.2
        }
        PerformanceDrift d = PerformanceDrift.of(null, scores, labels);
        // z = (0.1 − 0.2) / √(0.2 · 0.8 / 1000) = −0.1 / 0.012649 = −7.906
        assertThat(d.calibrationZ()).isCloseTo(-7.9057, within(1e-3));
        assertThat(d.calibrationStatus()).isEqualTo(DriftStatus.ALERT);
        assertThat(d.aucLine()).contains("not tested");
        assertThat(PerformanceDrift.of(null, scores, new int[1_000])).isNull();  // one class: nothing to measure
    }

    private record Sample(double[] scores, int[] labels) {
    }

    /** Labels drawn from the score itself (calibrated); {@code signal} mixes the score with noise for ranking. */
    private static Sample sample(long seed, int n, double signal) {
        Random random = new Random(seed);
        double[] scores = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double p = 0.02 + 0.3 * random.nextDouble() * random.nextDouble();
            labels[i] = random.nextDouble() < p ? 1 : 0;
            scores[i] = signal * p + (1 - signal) * (0.02 + 0.3 * random.nextDouble() * random.nextDouble());
        }
        return new Sample(scores, labels);
    }

    private static double phi(double x) {
        return org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1).cumulativeProbability(x);
    }
}
