package io.campaignlab.engine.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RocCurveTest {

    @Test
    void handWorkedPoints() {
        RocCurve curve = RocCurve.of(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1});
        assertThat(curve.points()).containsExactly(
                new RocPoint(Double.POSITIVE_INFINITY, 0.0, 0.0),
                new RocPoint(0.8, 0.0, 0.5),
                new RocPoint(0.4, 0.5, 0.5),
                new RocPoint(0.35, 0.5, 1.0),
                new RocPoint(0.1, 1.0, 1.0));
        assertThat(curve.area()).isEqualTo(0.75);
    }

    @Test
    void tiedScoresGiveOneDiagonalPoint() {
        RocCurve curve = RocCurve.of(new double[] {0.5, 0.5, 0.5, 0.5}, new int[] {1, 0, 1, 0});
        assertThat(curve.points()).containsExactly(new RocPoint(Double.POSITIVE_INFINITY, 0.0, 0.0),
                new RocPoint(0.5, 1.0, 1.0));
        assertThat(curve.area()).isEqualTo(0.5);
    }

    @Test
    void startsAtOriginEndsAtOneOneIsMonotoneAndItsAreaIsTheAuc() {
        Random random = new Random(5);
        for (int round = 0; round < 20; round++) {
            int n = 10 + random.nextInt(3000);
            double[] scores = new double[n];
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextDouble() < 0.4 ? 1 : 0;
                double raw = random.nextGaussian() + 0.8 * labels[i];
                scores[i] = round % 2 == 0 ? Math.round(raw * 10) / 10.0 : raw;
            }
            labels[0] = 1;
            labels[1] = 0;
            List<RocPoint> points = RocCurve.of(scores, labels).points();
            assertThat(points.get(0).falsePositiveRate()).isZero();
            assertThat(points.get(0).truePositiveRate()).isZero();
            assertThat(points.get(points.size() - 1).falsePositiveRate()).isEqualTo(1.0);
            assertThat(points.get(points.size() - 1).truePositiveRate()).isEqualTo(1.0);
            assertMonotone(points);
            assertThat(RocCurve.of(scores, labels).area()).isCloseTo(Auc.of(scores, labels), within(1e-12));
        }
    }

    @Test
    void downsamplingAHundredThousandPointCurve() {
        Random random = new Random(11);
        int n = 100_000;
        double[] scores = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextDouble() < 0.3 ? 1 : 0;
            scores[i] = random.nextGaussian() + 1.2 * labels[i];
        }
        RocCurve full = RocCurve.of(scores, labels);
        assertThat(full.points()).hasSizeGreaterThan(99_000);
        for (int maxPoints : new int[] {200, 50}) {
            RocCurve small = full.downsample(maxPoints);
            assertThat(small.points()).hasSizeLessThanOrEqualTo(maxPoints);
            assertThat(small.points().get(0)).isEqualTo(full.points().get(0));
            assertThat(small.points().get(small.points().size() - 1))
                    .isEqualTo(full.points().get(full.points().size() - 1));
            assertMonotone(small.points());
            assertThat(small.area()).isCloseTo(full.area(), within(0.01));
        }
    }

    @Test
    void downsamplingSmallCurvesAndTheMinimum() {
        RocCurve curve = RocCurve.of(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1});
        assertThat(curve.downsample(5)).isSameAs(curve);
        assertThat(curve.downsample(3).points()).hasSize(3);
        assertThat(curve.downsample(2).points()).extracting(RocPoint::truePositiveRate).containsExactly(0.0, 1.0);
        assertThatThrownBy(() -> curve.downsample(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsOneClass() {
        assertThatThrownBy(() -> RocCurve.of(new double[] {0.1, 0.2}, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no negatives");
    }

    private static void assertMonotone(List<RocPoint> points) {
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i).falsePositiveRate()).isGreaterThanOrEqualTo(points.get(i - 1).falsePositiveRate());
            assertThat(points.get(i).truePositiveRate()).isGreaterThanOrEqualTo(points.get(i - 1).truePositiveRate());
            assertThat(points.get(i).threshold()).isLessThan(points.get(i - 1).threshold());
        }
    }
}
