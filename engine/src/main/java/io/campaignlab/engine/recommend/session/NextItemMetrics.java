package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.recommend.ScoredItem;

/**
 * The next-click metrics of session-based recommendation (session-rec's protocol). For one prediction, the rank of
 * the true next item among all catalogue items is {@code 1 + #(items scored higher) + #(items scored equally with a
 * lower id)} (ties go to the lower id, as in {@link ScoredItem#top}; a NaN score never ranks ahead). Over all
 * predictions:
 * <ul>
 *   <li>Recall@K (the hit rate) = the share of predictions whose rank is at most K;</li>
 *   <li>MRR@K = the mean of 1/rank over predictions, counting 0 when the rank exceeds K.</li>
 * </ul>
 */
public final class NextItemMetrics {

    private final int k;
    private long predictions;
    private long hits;
    private double reciprocalRanks;

    public NextItemMetrics(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("the cut-off K must be at least 1, was " + k);
        }
        this.k = k;
    }

    /** The rank (1 = best) of {@code target} among all items by score, ties to the lower id. */
    public static int rank(float[] scores, int target) {
        if (target < 0 || target >= scores.length) {
            throw new IllegalArgumentException("target item " + target + " is outside the catalogue of "
                    + scores.length + " items");
        }
        float s = scores[target];
        int ahead = 0;
        for (int i = 0; i < scores.length; i++) {
            float v = scores[i];
            if (Float.isNaN(s) ? !Float.isNaN(v) || i < target : v > s || (v == s && i < target)) {
                ahead++;
            }
        }
        return ahead + 1;
    }

    /** Adds one prediction by the rank of its true next item. */
    public void add(int rank) {
        if (rank < 1) {
            throw new IllegalArgumentException("a rank starts at 1, was " + rank);
        }
        predictions++;
        if (rank <= k) {
            hits++;
            reciprocalRanks += 1.0 / rank;
        }
    }

    public int k() {
        return k;
    }

    public long predictions() {
        return predictions;
    }

    /** Recall@K: the share of predictions with the next item in the top K; NaN with none. */
    public double recall() {
        return predictions == 0 ? Double.NaN : (double) hits / predictions;
    }

    /** MRR@K: the mean reciprocal rank, 0 beyond K; NaN with none. */
    public double mrr() {
        return predictions == 0 ? Double.NaN : reciprocalRanks / predictions;
    }
}
