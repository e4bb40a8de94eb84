package io.campaignlab.engine.recommend.evaluation;

/**
 * A recommender's full-ranking evaluation: means over evaluated users of the per-user metrics of
 * {@link RankingMetrics}, plus the two list-level figures.
 *
 * @param protocol        how it was split and ranked
 * @param k               the cut-off
 * @param users           users evaluated
 * @param catalogue       items in the catalogue (all items of the log)
 * @param recall          mean recall@K
 * @param ndcg            mean NDCG@K
 * @param mrr             mean MRR@K
 * @param hitRate         share of users with a hit in the top K
 * @param coverage        distinct items in all top-K lists / catalogue
 * @param popularityBias  mean training-popularity percentile (0 least, 1 most popular) of all recommended items
 * @param seconds         time to rank every evaluated user
 * @param curve           recall, NDCG and hit rate at every K up to max(k, {@value RankingEvaluator#CURVE_MAX_K}) from
 *                        the same top lists; null when not computed (older runs, or results built without it)
 */
public record RankingEvaluation(EvaluationProtocol protocol, int k, int users, int catalogue, double recall,
                                double ndcg, double mrr, double hitRate, double coverage, double popularityBias,
                                double seconds, RankingCurve curve) {

    /** An evaluation without a recall@K curve. */
    public RankingEvaluation(EvaluationProtocol protocol, int k, int users, int catalogue, double recall, double ndcg,
                             double mrr, double hitRate, double coverage, double popularityBias, double seconds) {
        this(protocol, k, users, catalogue, recall, ndcg, mrr, hitRate, coverage, popularityBias, seconds, null);
    }

    /** Whether a recall@K curve was stored (with at least one point). */
    public boolean hasCurve() {
        return curve != null && curve.maxK() > 0;
    }
}
