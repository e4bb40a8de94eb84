package io.campaignlab.engine.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013) of ROC points, with x the false positive rate
 * and y the true positive rate.
 */
final class LargestTriangleThreeBuckets {

    private LargestTriangleThreeBuckets() {
    }

    /** Exactly {@code target} points (2 ≤ target < points.size()), including the first and the last. */
    static List<RocPoint> select(List<RocPoint> points, int target) {
        int n = points.size();
        List<RocPoint> kept = new ArrayList<>(target);
        kept.add(points.get(0));
        double bucketSize = (double) (n - 2) / (target - 2);
        int previous = 0;
        for (int bucket = 0; bucket < target - 2; bucket++) {
            int nextStart = (int) Math.floor((bucket + 1) * bucketSize) + 1;
            int nextEnd = Math.min((int) Math.floor((bucket + 2) * bucketSize) + 1, n);
            double meanX = 0.0;
            double meanY = 0.0;
            for (int i = nextStart; i < nextEnd; i++) {
                meanX += x(points, i);
                meanY += y(points, i);
            }
            meanX /= nextEnd - nextStart;
            meanY /= nextEnd - nextStart;
            int from = (int) Math.floor(bucket * bucketSize) + 1;
            int to = (int) Math.floor((bucket + 1) * bucketSize) + 1;
            double ax = x(points, previous);
            double ay = y(points, previous);
            double largest = -1.0;
            int chosen = from;
            for (int i = from; i < to; i++) {
                double area = Math.abs((ax - meanX) * (y(points, i) - ay) - (ax - x(points, i)) * (meanY - ay));
                if (area > largest) {
                    largest = area;
                    chosen = i;
                }
            }
            kept.add(points.get(chosen));
            previous = chosen;
        }
        kept.add(points.get(n - 1));
        return kept;
    }

    private static double x(List<RocPoint> points, int i) {
        return points.get(i).falsePositiveRate();
    }

    private static double y(List<RocPoint> points, int i) {
        return points.get(i).truePositiveRate();
    }
}
