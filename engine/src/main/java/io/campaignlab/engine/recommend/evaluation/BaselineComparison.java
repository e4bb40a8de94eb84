package io.campaignlab.engine.recommend.evaluation;

/**
 * A recommender against a baseline (popularity) on the same evaluated users: Recall@K and NDCG@K, each with the
 * paired bootstrap's 95% interval of the difference over users.
 *
 * @param baseline which baseline, e.g. {@code popularity}
 * @param k        the cut-off
 * @param users    the evaluated users (the bootstrap's units)
 * @param recall   Recall@K of the model against the baseline's
 * @param ndcg     NDCG@K of the model against the baseline's
 */
public record BaselineComparison(String baseline, int k, int users, MetricGain recall, MetricGain ndcg) {

    /**
     * Compares two sets of top lists (one per user, null for users not evaluated) on the split's targets.
     *
     * @param resamples bootstrap resamples (B)
     * @param seed      bootstrap seed
     */
    public static BaselineComparison of(String baseline, EvaluationSplit split, int[][] model, int[][] base,
                                        int resamples, long seed) {
        int k = split.protocol().k();
        int users = 0;
        for (int u = 0; u < model.length; u++) {
            if (split.targets()[u] != null && model[u] != null && base[u] != null) {
                users++;
            }
        }
        double[][] m = new double[2][users];
        double[][] b = new double[2][users];
        int i = 0;
        for (int u = 0; u < model.length; u++) {
            int[] targets = split.targets()[u];
            if (targets != null && model[u] != null && base[u] != null) {
                m[0][i] = RankingMetrics.recall(model[u], targets, k);
                m[1][i] = RankingMetrics.ndcg(model[u], targets, k);
                b[0][i] = RankingMetrics.recall(base[u], targets, k);
                b[1][i] = RankingMetrics.ndcg(base[u], targets, k);
                i++;
            }
        }
        return new BaselineComparison(baseline, k, users, PairedBootstrap.of(m[0], b[0], resamples, seed),
                PairedBootstrap.of(m[1], b[1], resamples, seed));
    }
}
