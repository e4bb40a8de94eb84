package io.campaignlab.engine.campaigns.ope;

/**
 * The three estimates of one policy's value on one log, with what goes with them.
 *
 * @param ips                 inverse propensity scoring
 * @param snips               self-normalised IPS
 * @param dr                  doubly robust with the cross-fitted outcome model
 * @param directMethod        the outcome model alone (no interval: it ignores the model's error)
 * @param effectiveSampleSize Kish's (Σ w)² / Σ w² of the importance weights
 * @param policyShares        the share of units the policy sends to each arm, in the log's arm order
 */
public record OpeEstimates(OffPolicyEstimate ips, OffPolicyEstimate snips, OffPolicyEstimate dr, double directMethod,
                           double effectiveSampleSize, double[] policyShares) {
}
