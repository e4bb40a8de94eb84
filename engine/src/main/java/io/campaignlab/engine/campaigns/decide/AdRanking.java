package io.campaignlab.engine.campaigns.decide;

import java.util.Comparator;
import java.util.List;

/**
 * One ad offer's creatives as ranked by its CTR run for one request, and the best creative's explanation.
 * <p>
 * Contributions are field occlusions in logit units: a field's contribution is the best creative's logit minus the
 * logit of the same row with that field set to the pipeline's missing value, both in one batch with the all-missing
 * baseline row. For a model without interactions (LR) they sum to {@code logit − baselineLogit}; for DeepFM the
 * difference between {@code contributionSum} and {@code logit − baselineLogit} is what the field interactions add.
 *
 * @param offer           the ad offer
 * @param run             the CTR run
 * @param model           the run's model family
 * @param creatives       every creative with its pCTR, in the offer's order
 * @param winner          the best creative's id
 * @param pCtr            its pCTR
 * @param coldStart       the user has no stored features: context-only features were used
 * @param userFeatures    {@code stored} or {@code context only (unknown user)} or {@code context only (no user table)}
 * @param contributions   every field's contribution for the winner, largest magnitude first
 * @param logit           the winner's logit
 * @param baselineLogit   the all-missing row's logit
 * @param contributionSum the sum of all contributions
 */
public record AdRanking(String offer, long run, String model, List<CreativeScore> creatives, String winner,
                        double pCtr, boolean coldStart, String userFeatures, List<Decision.Contribution> contributions,
                        double logit, double baselineLogit, double contributionSum) {

    /** How many contributions a decision's explanation lists. */
    public static final int TOP = 5;

    public AdRanking {
        creatives = List.copyOf(creatives);
        contributions = contributions.stream()
                .sorted(Comparator.comparingDouble((Decision.Contribution c) -> -Math.abs(c.contribution())))
                .toList();
    }

    /** The {@value #TOP} largest contributions by magnitude. */
    public List<Decision.Contribution> explanation() {
        return contributions.subList(0, Math.min(TOP, contributions.size()));
    }

    /**
     * One creative's score.
     *
     * @param creative its id
     * @param name     its name from the items dataset, or null when it has none there
     * @param category its category from the items dataset, or null
     * @param pCtr     the model's click probability
     */
    public record CreativeScore(String creative, String name, String category, double pCtr) {
    }
}
