package io.campaignlab.engine.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * A reliability curve and its expected calibration error, {@code ECE = Σ_b (n_b / N) · |observed_b - predicted_b|}
 * over the non-empty bins, where {@code predicted_b} is the bin's mean score and {@code observed_b} its share of
 * positives. Scores must be probabilities in [0, 1].
 *
 * @param binning                  how the bins were chosen
 * @param bins                     the bins in increasing score order; equal-width curves list empty bins too
 * @param expectedCalibrationError the ECE, in [0, 1]
 */
public record Calibration(CalibrationBinning binning, List<CalibrationBin> bins, double expectedCalibrationError) {

    /** The default number of bins. */
    public static final int DEFAULT_BINS = 10;

    public Calibration {
        bins = List.copyOf(bins);
    }

    /** Ten equal-width bins. */
    public static Calibration equalWidth(double[] scores, int[] labels) {
        return equalWidth(scores, labels, DEFAULT_BINS);
    }

    /** {@code binCount} (at least 2) equal-width bins over [0, 1]. */
    public static Calibration equalWidth(double[] scores, int[] labels, int binCount) {
        check(scores, labels, binCount);
        long[] counts = new long[binCount];
        long[] positives = new long[binCount];
        double[] sums = new double[binCount];
        for (int i = 0; i < scores.length; i++) {
            int bin = equalWidthBin(scores[i], binCount);
            counts[bin]++;
            positives[bin] += labels[i];
            sums[bin] += scores[i];
        }
        List<CalibrationBin> bins = new ArrayList<>(binCount);
        for (int b = 0; b < binCount; b++) {
            double lower = (double) b / binCount;
            double upper = (double) (b + 1) / binCount;
            bins.add(bin(lower, upper, counts[b], sums[b], positives[b]));
        }
        return new Calibration(CalibrationBinning.EQUAL_WIDTH, bins, ece(bins, scores.length));
    }

    /**
     * Up to {@code binCount} (at least 2) equal-frequency bins: rows sorted by score are cut into groups of
     * {@code N / binCount} rows (the first {@code N % binCount} groups one row larger), and a cut that would split
     * a run of equal scores moves up to the end of that run. Bins left empty by such moves are dropped, so fewer
     * than {@code binCount} bins can come back. Each bin's edges are its lowest and highest score.
     */
    public static Calibration equalFrequency(double[] scores, int[] labels, int binCount) {
        check(scores, labels, binCount);
        int[] descending = DescendingOrder.of(scores);
        int n = scores.length;
        List<CalibrationBin> bins = new ArrayList<>(binCount);
        int start = 0;
        int targetEnd = 0;
        for (int b = 0; b < binCount && start < n; b++) {
            targetEnd += n / binCount + (b < n % binCount ? 1 : 0);
            if (targetEnd <= start) {
                continue;
            }
            int end = targetEnd;
            while (end < n && score(scores, descending, end) == score(scores, descending, end - 1)) {
                end++;
            }
            long positives = 0;
            double sum = 0.0;
            for (int k = start; k < end; k++) {
                sum += score(scores, descending, k);
                positives += labels[descending[n - 1 - k]];
            }
            bins.add(bin(score(scores, descending, start), score(scores, descending, end - 1), end - start, sum,
                    positives));
            start = end;
        }
        return new Calibration(CalibrationBinning.EQUAL_FREQUENCY, bins, ece(bins, n));
    }

    /** The k-th lowest score. */
    private static double score(double[] scores, int[] descending, int k) {
        return scores[descending[descending.length - 1 - k]];
    }

    /** The equal-width bin of {@code p}, consistent with the edges {@code b / binCount} despite rounding. */
    static int equalWidthBin(double p, int binCount) {
        int bin = Math.min((int) (p * binCount), binCount - 1);
        if (bin > 0 && p < (double) bin / binCount) {
            bin--;
        } else if (bin < binCount - 1 && p >= (double) (bin + 1) / binCount) {
            bin++;
        }
        return bin;
    }

    private static CalibrationBin bin(double lower, double upper, long count, double sum, long positives) {
        if (count == 0) {
            return new CalibrationBin(lower, upper, 0, Double.NaN, Double.NaN);
        }
        return new CalibrationBin(lower, upper, count, sum / count, (double) positives / count);
    }

    private static double ece(List<CalibrationBin> bins, long n) {
        double ece = 0.0;
        for (CalibrationBin bin : bins) {
            ece += (double) bin.count() / n * bin.gap();
        }
        return ece;
    }

    private static void check(double[] scores, int[] labels, int binCount) {
        if (binCount < 2) {
            throw new IllegalArgumentException("a reliability curve needs at least 2 bins, not " + binCount);
        }
        BinaryInput.checkProbabilities(scores, labels);
    }
}
