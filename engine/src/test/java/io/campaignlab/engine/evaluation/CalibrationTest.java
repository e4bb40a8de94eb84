package io.campaignlab.engine.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {

    static final double[] TEN_SCORES = {0.05, 0.15, 0.12, 0.33, 0.38, 0.55, 0.71, 0.78, 0.95, 1.0};
    static final int[] TEN_LABELS = {0, 0, 1, 0, 1, 1, 1, 0, 1, 1};

    @Test
    void handComputedEqualWidthBins() {
        Calibration calibration = Calibration.equalWidth(TEN_SCORES, TEN_LABELS);
        List<CalibrationBin> bins = calibration.bins();
        assertThat(calibration.binning()).isEqualTo(CalibrationBinning.EQUAL_WIDTH);
        assertThat(bins).hasSize(10);
        assertBin(bins.get(0), 0.0, 0.1, 1, 0.05, 0.0);
        assertBin(bins.get(1), 0.1, 0.2, 2, 0.135, 0.5);
        assertBin(bins.get(3), 0.3, 0.4, 2, 0.355, 0.5);
        assertBin(bins.get(5), 0.5, 0.6, 1, 0.55, 1.0);
        assertBin(bins.get(7), 0.7, 0.8, 2, 0.745, 0.5);
        assertBin(bins.get(9), 0.9, 1.0, 2, 0.975, 1.0); // 1.0 falls in the last bin
        for (int empty : new int[] {2, 4, 6, 8}) {
            assertThat(bins.get(empty).isEmpty()).isTrue();
            assertThat(bins.get(empty).meanPredicted()).isNaN();
            assertThat(bins.get(empty).observedRate()).isNaN();
        }
        // 0.1*0.05 + 0.2*0.365 + 0.2*0.145 + 0.1*0.45 + 0.2*0.245 + 0.2*0.025
        // = 0.005 + 0.073 + 0.029 + 0.045 + 0.049 + 0.005
        assertThat(calibration.expectedCalibrationError()).isCloseTo(0.206, within(1e-12));
    }

    @Test
    void scoresOnABinEdgeFallInTheUpperBin() {
        for (int binCount : new int[] {10, 13, 20}) {
            for (int k = 0; k < binCount; k++) {
                double edge = (double) k / binCount;
                assertThat(Calibration.equalWidthBin(edge, binCount)).as("%d/%d", k, binCount).isEqualTo(k);
                assertThat(Calibration.equalWidthBin(Math.nextDown(edge), binCount)).isEqualTo(Math.max(0, k - 1));
            }
            assertThat(Calibration.equalWidthBin(1.0, binCount)).isEqualTo(binCount - 1);
        }
    }

    @Test
    void alwaysNinetyPercentOnHalfPositivesHasEceFourTenths() {
        double[] scores = new double[100];
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            scores[i] = 0.9;
            labels[i] = i % 2;
        }
        assertThat(Calibration.equalWidth(scores, labels).expectedCalibrationError()).isCloseTo(0.4, within(1e-12));
        Calibration quantile = Calibration.equalFrequency(scores, labels, 10);
        assertThat(quantile.bins()).hasSize(1); // one run of tied scores is never split
        assertThat(quantile.expectedCalibrationError()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void perfectlyCalibratedSampleHasSmallEce() {
        Random random = new Random(42);
        int n = 100_000;
        double[] scores = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextDouble();
            labels[i] = random.nextDouble() < scores[i] ? 1 : 0;
        }
        assertThat(Calibration.equalWidth(scores, labels).expectedCalibrationError()).isLessThan(0.02);
        assertThat(Calibration.equalWidth(scores, labels, 20).expectedCalibrationError()).isLessThan(0.02);
        assertThat(Calibration.equalFrequency(scores, labels, 10).expectedCalibrationError()).isLessThan(0.02);
        // the same labels against overconfident scores are clearly miscalibrated
        double[] squashed = new double[n];
        for (int i = 0; i < n; i++) {
            squashed[i] = scores[i] * scores[i];
        }
        assertThat(Calibration.equalWidth(squashed, labels).expectedCalibrationError()).isGreaterThan(0.1);
    }

    @Test
    void equalFrequencyBinsOfDistinctScores() {
        double[] scores = {0.9, 0.1, 0.5, 0.3, 0.7, 0.2, 0.6, 0.4, 1.0, 0.8};
        int[] labels = {1, 0, 1, 0, 1, 0, 0, 1, 1, 0};
        Calibration calibration = Calibration.equalFrequency(scores, labels, 5);
        assertThat(calibration.binning()).isEqualTo(CalibrationBinning.EQUAL_FREQUENCY);
        List<CalibrationBin> bins = calibration.bins();
        assertThat(bins).hasSize(5);
        assertBin(bins.get(0), 0.1, 0.2, 2, 0.15, 0.0);
        assertBin(bins.get(1), 0.3, 0.4, 2, 0.35, 0.5);
        assertBin(bins.get(2), 0.5, 0.6, 2, 0.55, 0.5);
        assertBin(bins.get(3), 0.7, 0.8, 2, 0.75, 0.5);
        assertBin(bins.get(4), 0.9, 1.0, 2, 0.95, 1.0);
        // 0.2 * (0.15 + 0.15 + 0.05 + 0.25 + 0.05)
        assertThat(calibration.expectedCalibrationError()).isCloseTo(0.13, within(1e-12));
    }

    @Test
    void equalFrequencyKeepsTiesTogetherAndSpreadsTheRemainder() {
        // targets of 2 rows each; the cut after 0.2 would split the run of three 0.2s, so it moves up
        Calibration tied = Calibration.equalFrequency(new double[] {0.6, 0.2, 0.1, 0.2, 0.5, 0.2},
                new int[] {1, 0, 0, 1, 1, 0}, 3);
        assertThat(tied.bins()).hasSize(2);
        assertBin(tied.bins().get(0), 0.1, 0.2, 4, 0.175, 0.25);
        assertBin(tied.bins().get(1), 0.5, 0.6, 2, 0.55, 1.0);
        // 7 distinct rows in 3 bins: 3, 2, 2
        Calibration spread = Calibration.equalFrequency(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7},
                new int[] {0, 0, 0, 1, 0, 1, 1}, 3);
        assertThat(spread.bins()).extracting(CalibrationBin::count).containsExactly(3L, 2L, 2L);
    }

    @Test
    void rejectsTooFewBinsAndNonProbabilities() {
        assertThatThrownBy(() -> Calibration.equalWidth(TEN_SCORES, TEN_LABELS, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 bins");
        assertThatThrownBy(() -> Calibration.equalWidth(new double[] {1.2}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
    }

    private static void assertBin(CalibrationBin bin, double lower, double upper, long count, double predicted,
                                  double observed) {
        assertThat(bin.lower()).isCloseTo(lower, within(1e-12));
        assertThat(bin.upper()).isCloseTo(upper, within(1e-12));
        assertThat(bin.count()).isEqualTo(count);
        assertThat(bin.meanPredicted()).isCloseTo(predicted, within(1e-12));
        assertThat(bin.observedRate()).isCloseTo(observed, within(1e-12));
    }
}
