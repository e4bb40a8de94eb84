package io.campaignlab.views.campaigns.forecast;

import io.campaignlab.engine.campaigns.ope.OpeEstimates;

/**
 * An off-policy evaluation as the panel shows it.
 *
 * @param policy     the policy evaluated, in words
 * @param dataset    the logged randomized test it was evaluated on
 * @param units      units in the log
 * @param loggedMean the logging policy's mean reward
 * @param estimates  IPS, SNIPS and DR with their intervals
 */
public record OpeFigures(String policy, String dataset, int units, double loggedMean, OpeEstimates estimates) {
}
