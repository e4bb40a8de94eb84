package io.campaignlab.engine.evaluation;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BinaryEvaluatorTest {

    @Test
    void handWorkedTenRows() {
        // negatives 0.05, 0.15, 0.33, 0.78; positives 0.12, 0.38, 0.55, 0.71, 0.95, 1.0
        BinaryEvaluation evaluation = BinaryEvaluator.evaluate(CalibrationTest.TEN_SCORES, CalibrationTest.TEN_LABELS);
        assertThat(evaluation.count()).isEqualTo(10);
        assertThat(evaluation.positives()).isEqualTo(6);
        assertThat(evaluation.positiveRate()).isCloseTo(0.6, within(1e-15));
        // negatives below each positive: 1, 3, 3, 3, 4, 4 = 18 of 24 pairs
        assertThat(evaluation.auc()).isCloseTo(0.75, within(1e-15));
        // precision at each positive, high to low: 1/1, 2/2, 3/4, 4/5, 5/6, 6/9 -> 303/60 / 6
        assertThat(evaluation.prAuc()).isCloseTo(303.0 / 360.0, within(1e-12));
        assertThat(evaluation.expectedCalibrationError()).isCloseTo(0.206, within(1e-12));
        assertThat(evaluation.calibrationBins()).hasSize(10);
        double expectedLogLoss = -(Math.log(0.95) + Math.log(0.85) + Math.log(0.12) + Math.log(0.67)
                + Math.log(0.38) + Math.log(0.55) + Math.log(0.71) + Math.log(0.22) + Math.log(0.95)
                + Math.log(1.0 - 1e-15)) / 10;
        assertThat(evaluation.logLoss()).isCloseTo(expectedLogLoss, within(1e-12));
        assertThat(evaluation.lift().rows()).hasSize(10);
        assertThat(evaluation.roc().area()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void largeSampleKeepsAtMostTwoHundredRocPoints() {
        Random random = new Random(20_240_601L);
        int n = 20_000;
        double[] scores = new double[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextDouble();
            labels[i] = random.nextDouble() < scores[i];
        }
        BinaryEvaluation evaluation = BinaryEvaluator.evaluate(scores, labels);
        assertThat(evaluation.roc().points()).hasSizeLessThanOrEqualTo(BinaryEvaluator.ROC_POINTS);
        // uniform scores, P(y=1|s)=s: positives have density 2s, negatives 2(1-s), so
        // AUC = ∫ 2s · (2s - s²) ds = 4/3 - 1/2 = 5/6 analytically; ECE near 0
        assertThat(evaluation.auc()).isCloseTo(5.0 / 6.0, within(0.02));
        assertThat(evaluation.roc().area()).isCloseTo(evaluation.auc(), within(0.01));
        assertThat(evaluation.expectedCalibrationError()).isLessThan(0.03);
        assertThat(evaluation.count()).isEqualTo(n);
    }

    @Test
    void rejectsOneClassAndNonProbabilities() {
        assertThatThrownBy(() -> BinaryEvaluator.evaluate(new double[12], new int[12]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no positives");
        double[] scores = CalibrationTest.TEN_SCORES.clone();
        scores[3] = 2.0;
        assertThatThrownBy(() -> BinaryEvaluator.evaluate(scores, CalibrationTest.TEN_LABELS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scores[3] is 2.0");
    }
}
