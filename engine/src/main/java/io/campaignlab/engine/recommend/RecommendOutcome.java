package io.campaignlab.engine.recommend;

import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;

/**
 * A finished recommendation run.
 *
 * @param runId               the run
 * @param kind                the recommender
 * @param evaluation          its held-out evaluation
 * @param trainUsers          users with training interactions
 * @param trainInteractions   (user, item) cells in training
 * @param losses              ALS: training loss per sweep; empty otherwise
 * @param secondsPerIteration ALS: seconds per sweep; empty otherwise
 * @param fitSeconds          seconds to fit
 * @param seconds             seconds for the whole run
 */
public record RecommendOutcome(long runId, RecommenderKind kind, RankingEvaluation evaluation, int trainUsers,
                               int trainInteractions, double[] losses, double[] secondsPerIteration,
                               double fitSeconds, double seconds) {
}
