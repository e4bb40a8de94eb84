package io.campaignlab.engine.campaigns.ope;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An off-policy evaluation to run on a stored dataset of logged randomized data.
 *
 * @param dataset          the log: one row per unit
 * @param armColumn        the column naming each unit's logged arm
 * @param outcome          the reward column (0/1 or any number)
 * @param policy           the target policy
 * @param policyName       how the policy is named in the output (its file)
 * @param propensityColumn the column holding each unit's logging propensity, or null
 * @param propensities     the design's probability of each arm when there is no column; empty for 1/K each
 * @param features         the outcome model's feature columns (empty: every usable pre-treatment column)
 * @param folds            cross-fitting folds
 * @param seed             the fold assignment's seed
 */
public record OpeSpec(String dataset, String armColumn, String outcome, DecisionList policy, String policyName,
                      String propensityColumn, Map<String, Double> propensities, List<String> features, int folds,
                      long seed) {

    public OpeSpec {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(armColumn, "armColumn");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(policy, "policy");
        propensities = propensities == null ? Map.of() : Map.copyOf(propensities);
        features = features == null ? List.of() : List.copyOf(features);
        if (propensityColumn != null && !propensities.isEmpty()) {
            throw new IllegalArgumentException("give the propensities either as a column or per arm, not both");
        }
    }
}
