package io.campaignlab.engine.recommend;

import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;

/**
 * What to train and how to evaluate it.
 *
 * @param dataset  an events dataset (user_id, item_id, timestamp and optionally event_type roles)
 * @param spec     the recommender and its settings (the seed included)
 * @param protocol the evaluation protocol
 * @param weights  event-type weights of the implicit-feedback matrix
 */
public record RecommendRequest(String dataset, RecommenderSpec spec, EvaluationProtocol protocol,
                               EventWeights weights) {
}
