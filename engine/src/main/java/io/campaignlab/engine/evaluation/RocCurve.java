package io.campaignlab.engine.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * A ROC curve: one point per distinct score threshold, from (0, 0) at threshold {@code +Infinity} down to (1, 1)
 * at the lowest score. Both rates are non-decreasing along the list, and the trapezoid {@link #area()} of the full
 * curve equals {@link Auc} (ties give diagonal segments, worth one half per tied pair).
 *
 * @param points the points in decreasing threshold order
 */
public record RocCurve(List<RocPoint> points) {

    public RocCurve {
        points = List.copyOf(points);
    }

    /**
     * The full ROC curve of {@code scores}.
     *
     * @throws IllegalArgumentException on bad input or when all labels are one class
     */
    public static RocCurve of(double[] scores, int[] labels) {
        BinaryInput.check(scores, labels);
        BinaryInput.requireBothClasses(labels, "A ROC curve");
        int[] order = DescendingOrder.of(scores);
        long positives = BinaryInput.positives(labels);
        long negatives = labels.length - positives;
        List<RocPoint> points = new ArrayList<>();
        points.add(new RocPoint(Double.POSITIVE_INFINITY, 0.0, 0.0));
        long truePositives = 0;
        long falsePositives = 0;
        int start = 0;
        while (start < order.length) {
            int end = start;
            double score = scores[order[start]];
            while (end < order.length && scores[order[end]] == score) {
                truePositives += labels[order[end]];
                end++;
            }
            falsePositives = end - truePositives;
            points.add(new RocPoint(score, (double) falsePositives / negatives, (double) truePositives / positives));
            start = end;
        }
        return new RocCurve(points);
    }

    /** The trapezoid area under the points. */
    public double area() {
        double area = 0.0;
        for (int i = 1; i < points.size(); i++) {
            RocPoint a = points.get(i - 1);
            RocPoint b = points.get(i);
            area += (b.falsePositiveRate() - a.falsePositiveRate())
                    * (a.truePositiveRate() + b.truePositiveRate()) / 2.0;
        }
        return area;
    }

    /**
     * At most {@code maxPoints} (at least 2) of these points, chosen by Largest-Triangle-Three-Buckets: the first
     * and last points are kept, the rest are split into {@code maxPoints - 2} buckets of consecutive points, and
     * each bucket keeps the point spanning the largest triangle with the previously kept point and the mean of
     * the next bucket. The result is a subsequence, so it stays monotone. Returns this curve when it is already
     * small enough.
     */
    public RocCurve downsample(int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("a downsampled curve keeps at least 2 points, not " + maxPoints);
        }
        return points.size() <= maxPoints ? this : new RocCurve(LargestTriangleThreeBuckets.select(points, maxPoints));
    }
}
