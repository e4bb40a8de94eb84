package io.campaignlab.engine.recommend.crossdomain;

import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;

/**
 * A finished cross-domain run: the recorded outcome of the transfer model and, on the same cold users and split,
 * the best single-domain model for them (target popularity: a cold user has no target history, so a target-only
 * collaborative model has nothing to fold in and can only fall back to popularity).
 *
 * @param outcome    the cross-domain model's run outcome (its report)
 * @param baseline   target-domain global popularity on the same split
 * @param shared     users with events in both domains
 * @param heldOut    shared users made cold in the target domain
 */
public record CrossDomainOutcome(RecommendOutcome outcome, RankingEvaluation baseline, int shared, int heldOut) {
}
