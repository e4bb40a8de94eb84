package io.campaignlab.engine.campaigns.policy;

/**
 * One offer a policy may choose, as scored for the user at hand.
 *
 * @param offer       the offer's id
 * @param probability the model's probability that the user responds (click or conversion), in [0, 1]
 * @param value       what a response is worth (1 for counting responses, or revenue or margin in money units)
 */
public record Candidate(String offer, double probability, double value) {

    public Candidate {
        if (offer == null || offer.isBlank()) {
            throw new IllegalArgumentException("a candidate needs an offer id");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability of " + offer + " must be in [0, 1], was " + probability);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of " + offer + " must be finite, was " + value);
        }
    }

    /** probability × value. */
    public double expectedValue() {
        return probability * value;
    }
}
