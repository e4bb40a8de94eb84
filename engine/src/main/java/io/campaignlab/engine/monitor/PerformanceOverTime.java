package io.campaignlab.engine.monitor;

import io.campaignlab.engine.evaluation.Auc;
import io.campaignlab.engine.evaluation.Calibration;
import io.campaignlab.engine.evaluation.LogLoss;
import io.campaignlab.engine.frames.FrameColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A model's performance over time: rows grouped by day or ISO week (UTC) of their timestamp, and per group the row
 * count, the mean score, and with labels the positive rate, AUC, log loss and expected calibration error.
 *
 * <p>AUC needs both classes in a bucket and is NaN with a note otherwise. Log loss and ECE are defined for a bucket
 * of one class (a day without clicks still tells how far the scores were from 0) and are given whenever there are
 * labels. The metrics are those of {@code engine.evaluation}: exact Mann–Whitney AUC, log loss with probabilities
 * clipped to [10⁻¹⁵, 1 − 10⁻¹⁵], ECE over ten equal-width bins.
 */
public final class PerformanceOverTime {

    private PerformanceOverTime() {
    }

    /**
     * @param epochMillis each row's time; {@link FrameColumn#MISSING_TIME} leaves the row out
     * @param scores      each row's predicted probability, in [0, 1]
     * @param labels      each row's 0/1 label, or null when there are none
     * @param bucket      days or ISO weeks
     * @throws IllegalArgumentException when lengths differ, a score is not a probability or a label not 0/1
     */
    public static PerformanceTimeline of(long[] epochMillis, double[] scores, int[] labels, TimeBucket bucket) {
        check(epochMillis, scores, labels);
        int n = epochMillis.length;
        long[] keys = new long[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (epochMillis[i] != FrameColumn.MISSING_TIME) {
                keys[kept++] = bucket.key(epochMillis[i]);
            }
        }
        long[] distinct = Arrays.copyOf(keys, kept);
        Arrays.sort(distinct);
        int buckets = 0;
        for (int k = 0; k < distinct.length; k++) {
            if (k == 0 || distinct[k] != distinct[k - 1]) {
                distinct[buckets++] = distinct[k];
            }
        }
        distinct = Arrays.copyOf(distinct, buckets);
        // counting sort of the rows by bucket, keeping their order within a bucket
        int[] bucketOf = new int[n];
        int[] starts = new int[buckets + 1];
        for (int i = 0; i < n; i++) {
            bucketOf[i] = epochMillis[i] == FrameColumn.MISSING_TIME ? -1
                    : Arrays.binarySearch(distinct, bucket.key(epochMillis[i]));
            if (bucketOf[i] >= 0) {
                starts[bucketOf[i] + 1]++;
            }
        }
        for (int b = 0; b < buckets; b++) {
            starts[b + 1] += starts[b];
        }
        int[] order = new int[kept];
        int[] next = Arrays.copyOf(starts, buckets);
        for (int i = 0; i < n; i++) {
            if (bucketOf[i] >= 0) {
                order[next[bucketOf[i]]++] = i;
            }
        }
        List<PerformanceBucket> result = new ArrayList<>(buckets);
        for (int b = 0; b < buckets; b++) {
            result.add(bucket(bucket, distinct[b], order, starts[b], starts[b + 1], scores, labels));
        }
        return new PerformanceTimeline(bucket, result, labels != null, n - kept);
    }

    private static PerformanceBucket bucket(TimeBucket unit, long key, int[] order, int from, int to,
                                            double[] allScores, int[] allLabels) {
        int rows = to - from;
        double[] scores = new double[rows];
        int[] labels = allLabels == null ? null : new int[rows];
        double sum = 0;
        long positives = 0;
        for (int k = 0; k < rows; k++) {
            int i = order[from + k];
            scores[k] = allScores[i];
            sum += scores[k];
            if (labels != null) {
                labels[k] = allLabels[i];
                positives += labels[k];
            }
        }
        long start = unit.firstDay(key) * TimeBucket.MILLIS_PER_DAY;
        long end = start + unit.days() * TimeBucket.MILLIS_PER_DAY;
        double mean = sum / rows;
        if (labels == null) {
            return new PerformanceBucket(unit.label(key), start, end, rows, mean, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, "no labels");
        }
        boolean bothClasses = positives > 0 && positives < rows;
        double auc = bothClasses ? Auc.of(scores, labels) : Double.NaN;
        String note = bothClasses ? "" : "AUC needs both classes: all " + rows + " labels are "
                + (positives == 0 ? "0" : "1");
        return new PerformanceBucket(unit.label(key), start, end, rows, mean, (double) positives / rows, auc,
                LogLoss.of(scores, labels), Calibration.equalWidth(scores, labels).expectedCalibrationError(), note);
    }

    private static void check(long[] epochMillis, double[] scores, int[] labels) {
        if (epochMillis == null || scores == null) {
            throw new IllegalArgumentException("times and scores must not be null");
        }
        if (scores.length != epochMillis.length || labels != null && labels.length != epochMillis.length) {
            throw new IllegalArgumentException("times, scores and labels must have the same length, not "
                    + epochMillis.length + ", " + scores.length + (labels == null ? "" : " and " + labels.length));
        }
        for (int i = 0; i < scores.length; i++) {
            if (!(scores[i] >= 0 && scores[i] <= 1)) {
                throw new IllegalArgumentException("scores[" + i + "] is " + scores[i]
                        + "; performance over time needs probabilities in [0, 1]");
            }
            if (labels != null && labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("labels[" + i + "] is " + labels[i] + "; labels must be 0 or 1");
            }
        }
    }
}
