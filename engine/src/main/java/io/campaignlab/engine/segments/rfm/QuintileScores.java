package io.campaignlab.engine.segments.rfm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores of 1 to 5 by quintile of rank, with ties kept together, and no score left empty when ties need not empty it.
 *
 * <p>A value's score first comes from its percent rank, as SQL's {@code PERCENT_RANK()} computes it:
 * {@code p = below / (n − 1)}, where {@code below} counts the customers with a worse value (0 for a single
 * customer); score {@code = min(5, 1 + floor(5 p))}. Equal values therefore always get the same score, whatever the
 * row order. With {@code n} distinct values the scores are plain quintiles of rank, the worst customer scoring 1 and
 * the best 5.
 *
 * <p>A large tie that spans a quintile cut point (the many customers with a single order) leaves the scores just
 * above it empty. Then the values are cut at their tie boundaries instead ({@link #levels}): with {@code d} distinct
 * values they make {@code L = min(5, d)} levels, the cut after level {@code k} being the tie boundary whose running
 * count of customers is nearest {@code k·n/5} (the first such, and leaving one value for each level still to come);
 * level {@code g} (from 0) scores {@code min(5, 1 + floor(5 g / (L − 1)))}, the percent rank of the levels: 1 to 5
 * for five levels, and 1, 2, 4, 5 or 1, 3, 5 or 1, 5 for fewer. Equal values still share a score.
 */
public final class QuintileScores {

    private QuintileScores() {
    }

    /**
     * @param higherIsBetter true when a larger value earns a higher score (frequency, monetary), false when a smaller
     *                       one does (recency in days)
     */
    public static int[] of(double[] values, boolean higherIsBetter) {
        return levels(values, higherIsBetter).scores();
    }

    public static int[] of(int[] values, boolean higherIsBetter) {
        return of(toDoubles(values), higherIsBetter);
    }

    /** The scores with what the ties did to them. */
    public static ScoreLevels levels(double[] values, boolean higherIsBetter) {
        int n = values.length;
        double[] oriented = new double[n];
        for (int i = 0; i < n; i++) {
            oriented[i] = higherIsBetter ? values[i] : -values[i];
        }
        double[] sorted = oriented.clone();
        Arrays.sort(sorted);
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            int below = lowerBound(sorted, oriented[i]);
            double p = n == 1 ? 0 : (double) below / (n - 1);
            scores[i] = Math.min(5, 1 + (int) Math.floor(5 * p));
        }
        List<Integer> empty = emptyScores(scores);
        if (n == 0 || empty.isEmpty()) {
            return new ScoreLevels(scores, List.of());
        }
        double[] distinct = distinct(sorted);
        int[] levelScore = levelScores(sorted, distinct);
        for (int i = 0; i < n; i++) {
            scores[i] = levelScore[Arrays.binarySearch(distinct, oriented[i])];
        }
        return new ScoreLevels(scores, empty);
    }

    public static ScoreLevels levels(int[] values, boolean higherIsBetter) {
        return levels(toDoubles(values), higherIsBetter);
    }

    /** The score of each distinct value (ascending, best last), cut at the tie boundaries nearest the quintiles. */
    private static int[] levelScores(double[] sorted, double[] distinct) {
        int d = distinct.length;
        int levels = Math.min(5, d);
        int[] ends = new int[d];
        for (int j = 0; j < d; j++) {
            ends[j] = lowerBound(sorted, distinct[j]) + count(sorted, distinct[j]);
        }
        int[] levelOf = new int[d];
        int from = 0;
        for (int k = 1; k < levels; k++) {
            double target = (double) k * sorted.length / 5;
            int best = from;
            for (int j = from; j <= d - 1 - (levels - k); j++) {
                if (Math.abs(ends[j] - target) < Math.abs(ends[best] - target)) {
                    best = j;
                }
            }
            for (int j = best + 1; j < d; j++) {
                levelOf[j] = k;
            }
            from = best + 1;
        }
        int[] score = new int[d];
        for (int j = 0; j < d; j++) {
            score[j] = levels == 1 ? 1 : Math.min(5, 1 + 5 * levelOf[j] / (levels - 1));
        }
        return score;
    }

    private static List<Integer> emptyScores(int[] scores) {
        boolean[] used = new boolean[6];
        for (int s : scores) {
            used[s] = true;
        }
        List<Integer> empty = new ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            if (!used[s]) {
                empty.add(s);
            }
        }
        return empty;
    }

    private static double[] distinct(double[] sorted) {
        return Arrays.stream(sorted).distinct().toArray();
    }

    private static int count(double[] sorted, double v) {
        int c = 0;
        for (int i = lowerBound(sorted, v); i < sorted.length && sorted[i] == v; i++) {
            c++;
        }
        return c;
    }

    private static double[] toDoubles(int[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return d;
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
