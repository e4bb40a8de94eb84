package io.campaignlab.engine.recommend.evaluation;

/**
 * Recall, NDCG and hit rate at every cut-off K = 1..{@link #maxK()}, from the same full-ranking top lists as the
 * single-K metrics: each is the mean over evaluated users of the per-user metric of {@link RankingMetrics} at that K.
 * It shows how a model's quality grows with the length of the list shown, so runs can be compared at any K, not only
 * at the one they were trained with. Index {@code K - 1} holds the value at K.
 *
 * @param recall  mean recall@K for K = 1..maxK
 * @param ndcg    mean NDCG@K
 * @param hitRate share of users with a hit in the top K
 */
public record RankingCurve(double[] recall, double[] ndcg, double[] hitRate) {

    public RankingCurve {
        if (recall.length != ndcg.length || recall.length != hitRate.length) {
            throw new IllegalArgumentException("the recall, NDCG and hit-rate curves must have one value per K each,"
                    + " not " + recall.length + ", " + ndcg.length + " and " + hitRate.length);
        }
    }

    /** The largest K on the curve (0 for an empty curve). */
    public int maxK() {
        return recall.length;
    }

    public double recallAt(int k) {
        return recall[index(k)];
    }

    public double ndcgAt(int k) {
        return ndcg[index(k)];
    }

    public double hitRateAt(int k) {
        return hitRate[index(k)];
    }

    private int index(int k) {
        if (k < 1 || k > recall.length) {
            throw new IllegalArgumentException("K must lie between 1 and " + recall.length + ", not " + k);
        }
        return k - 1;
    }
}
