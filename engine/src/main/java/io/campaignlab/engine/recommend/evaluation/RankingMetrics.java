package io.campaignlab.engine.recommend.evaluation;

import java.util.Arrays;

/**
 * Per-user ranking metrics of a top-K list against a set of held-out items (binary relevance). With T the targets
 * and L the list (length at most K, rank 1 first):
 * <ul>
 *   <li>recall@K = |L ∩ T| / |T|;</li>
 *   <li>NDCG@K = Σ_{rank r with L_r ∈ T} 1/log2(r + 1), divided by the ideal Σ_{r=1}^{min(|T|, K)} 1/log2(r + 1);</li>
 *   <li>MRR@K = 1 / the rank of the first hit, 0 without a hit;</li>
 *   <li>hit rate@K = 1 when L ∩ T is not empty, else 0.</li>
 * </ul>
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    private static boolean contains(int[] sortedTargets, int item) {
        return Arrays.binarySearch(sortedTargets, item) >= 0;
    }

    public static double recall(int[] ranked, int[] sortedTargets, int k) {
        int hits = 0;
        for (int r = 0; r < Math.min(k, ranked.length); r++) {
            if (contains(sortedTargets, ranked[r])) {
                hits++;
            }
        }
        return (double) hits / sortedTargets.length;
    }

    public static double ndcg(int[] ranked, int[] sortedTargets, int k) {
        double dcg = 0;
        for (int r = 0; r < Math.min(k, ranked.length); r++) {
            if (contains(sortedTargets, ranked[r])) {
                dcg += 1 / log2(r + 2);
            }
        }
        double ideal = 0;
        for (int r = 0; r < Math.min(k, sortedTargets.length); r++) {
            ideal += 1 / log2(r + 2);
        }
        return dcg / ideal;
    }

    public static double mrr(int[] ranked, int[] sortedTargets, int k) {
        for (int r = 0; r < Math.min(k, ranked.length); r++) {
            if (contains(sortedTargets, ranked[r])) {
                return 1.0 / (r + 1);
            }
        }
        return 0;
    }

    public static double hit(int[] ranked, int[] sortedTargets, int k) {
        return mrr(ranked, sortedTargets, k) > 0 ? 1 : 0;
    }

    /** Distinct recommended items over the catalogue size. */
    public static double coverage(int[][] lists, int catalogue) {
        java.util.BitSet seen = new java.util.BitSet(catalogue);
        for (int[] list : lists) {
            if (list != null) {
                for (int i : list) {
                    seen.set(i);
                }
            }
        }
        return catalogue == 0 ? Double.NaN : (double) seen.cardinality() / catalogue;
    }

    /**
     * Each item's popularity percentile in [0, 1] by its count: (items less popular + half the other items as
     * popular) / (items − 1); the most popular item alone scores 1, the least popular alone 0.
     */
    public static double[] popularityPercentiles(double[] popularity) {
        int n = popularity.length;
        double[] out = new double[n];
        if (n < 2) {
            Arrays.fill(out, 0.5);
            return out;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(popularity[a], popularity[b]));
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && popularity[order[j + 1]] == popularity[order[i]]) {
                j++;
            }
            double value = (i + 0.5 * (j - i)) / (n - 1);
            for (int t = i; t <= j; t++) {
                out[order[t]] = value;
            }
            i = j + 1;
        }
        return out;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
