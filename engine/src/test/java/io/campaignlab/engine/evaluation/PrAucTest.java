package io.campaignlab.engine.evaluation;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Average precision in scikit-learn's step-wise convention. */
class PrAucTest {

    @Test
    void scikitLearnDocumentedExample() {
        // average_precision_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.8333...
        // thresholds 0.8: P=1, R=1/2; 0.4: P=1/2, R=1/2; 0.35: P=2/3, R=1 -> 1/2 * 1 + 1/2 * 2/3 = 5/6
        assertThat(PrAuc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1}))
                .isCloseTo(5.0 / 6.0, within(1e-15));
    }

    @Test
    void perfectRankingGivesOne() {
        assertThat(PrAuc.of(new double[] {0.9, 0.1, 0.8, 0.2, 0.7}, new int[] {1, 0, 1, 0, 1})).isEqualTo(1.0);
    }

    @Test
    void worstRankingGivesThePrecisionAtFullRecall() {
        assertThat(PrAuc.of(new double[] {0.9, 0.8, 0.1}, new int[] {0, 0, 1})).isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    void tiedScoresFormOneThreshold() {
        // all tied: one threshold with R=1, P=2/4, whatever the order of the rows
        assertThat(PrAuc.of(new double[] {0.5, 0.5, 0.5, 0.5}, new int[] {1, 0, 1, 0})).isEqualTo(0.5);
        assertThat(PrAuc.of(new double[] {0.5, 0.5, 0.5, 0.5}, new int[] {0, 0, 1, 1})).isEqualTo(0.5);
        // 0.9: no positive; 0.8 (tied pair): R=1/2, P=1/3; 0.1: R=1, P=2/4 -> 1/6 + 1/4 = 5/12
        assertThat(PrAuc.of(new double[] {0.9, 0.8, 0.8, 0.1}, new int[] {0, 1, 0, 1}))
                .isCloseTo(5.0 / 12.0, within(1e-15));
        assertThat(PrAuc.of(new double[] {0.9, 0.8, 0.8, 0.1}, new int[] {0, 0, 1, 1}))
                .isCloseTo(5.0 / 12.0, within(1e-15));
    }

    @Test
    void noNegativesGivesOne() {
        assertThat(PrAuc.of(new double[] {0.2, 0.7}, new int[] {1, 1})).isEqualTo(1.0);
    }

    @Test
    void matchesTheDefinitionThresholdByThreshold() {
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            int n = 20 + random.nextInt(300);
            double[] scores = new double[n];
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextDouble() < 0.25 ? 1 : 0;
                scores[i] = Math.round((0.3 * labels[i] + random.nextDouble()) * 20) / 20.0;
            }
            labels[0] = 1;
            assertThat(PrAuc.of(scores, labels)).isCloseTo(definition(scores, labels), within(1e-12));
        }
    }

    @Test
    void rejectsNoPositives() {
        assertThatThrownBy(() -> PrAuc.of(new double[] {0.2, 0.7}, new int[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no positives");
    }

    /** For each distinct threshold, high to low, count TP and predicted positives directly. */
    private static double definition(double[] scores, int[] labels) {
        TreeSet<Double> thresholds = new TreeSet<>();
        long positives = 0;
        for (int i = 0; i < scores.length; i++) {
            thresholds.add(scores[i]);
            positives += labels[i];
        }
        double ap = 0;
        double previousRecall = 0;
        for (double t : thresholds.descendingSet()) {
            long predicted = 0;
            long truePositives = 0;
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] >= t) {
                    predicted++;
                    truePositives += labels[i];
                }
            }
            double recall = (double) truePositives / positives;
            ap += (recall - previousRecall) * truePositives / predicted;
            previousRecall = recall;
        }
        return ap;
    }
}
