package io.campaignlab.engine.campaigns.forecast;

import java.util.List;

/**
 * Each user's scores from the models a targeting strategy ranks by, fitted on the training users only.
 *
 * @param pctr             the CTR model's mean predicted click probability over the user's impressions (the
 *                         population's mean for a user who saw none)
 * @param pcvr             the response model's P(convert | offered the coupon)
 * @param uplift           the uplift model's predicted incremental conversion probability of the coupon
 * @param upliftReplicates the uplift of models refitted on bootstrap resamples of the training users (may be empty)
 */
public record TargetingScores(double[] pctr, double[] pcvr, double[] uplift, List<double[]> upliftReplicates) {
}
