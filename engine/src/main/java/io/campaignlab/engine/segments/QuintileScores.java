package io.campaignlab.engine.segments;

import java.util.Arrays;

/**
 * Scores of 1 to 5 by quintile of rank, with ties kept together.
 *
 * <p>A value's score comes from its percent rank, as SQL's {@code PERCENT_RANK()} computes it:
 * {@code p = below / (n − 1)}, where {@code below} counts the customers with a worse value (0 for a single
 * customer); score {@code = min(5, 1 + floor(5 p))}. Equal values therefore always get the same score, whatever the
 * row order: the score of the lowest place of their block. A large tie at the bottom (the many customers with a
 * single order) thus all score 1, and the scores just above such a block are empty. With {@code n} distinct values
 * the scores are plain quintiles of rank, the worst customer scoring 1 and the best 5.
 */
public final class QuintileScores {

    private QuintileScores() {
    }

    /**
     * @param higherIsBetter true when a larger value earns a higher score (frequency, monetary), false when a smaller
     *                       one does (recency in days)
     */
    public static int[] of(double[] values, boolean higherIsBetter) {
        int n = values.length;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = higherIsBetter ? values[i] : -values[i];
        }
        Arrays.sort(sorted);
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            double v = higherIsBetter ? values[i] : -values[i];
            int below = lowerBound(sorted, v);
            double p = n == 1 ? 0 : (double) below / (n - 1);
            scores[i] = Math.min(5, 1 + (int) Math.floor(5 * p));
        }
        return scores;
    }

    public static int[] of(int[] values, boolean higherIsBetter) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return of(d, higherIsBetter);
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
