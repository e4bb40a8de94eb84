package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;

/**
 * One scorer's result under the next-click protocol of {@link SessionEvaluator}: means over every prediction (every
 * prefix of every test session).
 *
 * @param model          what was scored, for example {@code gru4rec} or {@code itemknn-last}
 * @param k              the cut-off
 * @param sessions       test sessions evaluated
 * @param predictions    predictions (prefixes) evaluated
 * @param catalogue      items ranked per prediction (every training item)
 * @param recall         Recall@K (hit rate of the next item)
 * @param mrr            MRR@K
 * @param ndcg           NDCG@K with the single next item as the truth: 1/log2(rank + 1) within K
 * @param coverage       distinct items in all top-K lists / catalogue
 * @param popularityBias mean training-popularity percentile (0 least, 1 most) of the recommended items
 * @param seconds        time to score and rank everything
 */
public record NextItemEvaluation(String model, int k, int sessions, long predictions, int catalogue, double recall,
                                 double mrr, double ndcg, double coverage, double popularityBias, double seconds) {

    /** The same figures as a {@link RankingEvaluation} (users = predictions, hit rate = recall). */
    public RankingEvaluation asRankingEvaluation(EvaluationProtocol protocol) {
        return new RankingEvaluation(protocol, k, (int) Math.min(Integer.MAX_VALUE, predictions), catalogue, recall,
                ndcg, mrr, recall, coverage, popularityBias, seconds);
    }
}
