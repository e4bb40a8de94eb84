package io.campaignlab.engine.campaigns.forecast;

/**
 * What the targeting comparison simulates and how.
 *
 * @param users           simulated users, half of them for training the models and half held out
 * @param days            the simulated window (it changes the events, which the comparison does not use)
 * @param seed            the simulator's seed; splits and models derive theirs from it
 * @param arm             the coupon granted: coupon_20 or coupon_10
 * @param terms           the coupon's economics
 * @param budget          what each strategy may spend; 0 for a fifth of granting every held-out user
 * @param modelReplicates uplift refits on bootstrap resamples of the training users for the forecast's interval
 *                        (0: the interval is the bootstrap over users alone)
 */
public record TargetingSpec(int users, int days, long seed, String arm, OfferTerms terms, double budget,
                            int modelReplicates) {

    public static final double TRAINING_SHARE = 0.5;
    public static final double DEFAULT_BUDGET_SHARE = 0.2;

    public TargetingSpec {
        if (users < 1_000) {
            throw new IllegalArgumentException("the comparison needs at least 1,000 users, was " + users);
        }
        if (!arm.equals("coupon_20") && !arm.equals("coupon_10")) {
            throw new IllegalArgumentException("arm must be coupon_20 or coupon_10, was " + arm);
        }
        if (!(budget >= 0) || Double.isInfinite(budget)) {
            throw new IllegalArgumentException("budget must be a finite number ≥ 0, was " + budget);
        }
        if (modelReplicates < 0) {
            throw new IllegalArgumentException("modelReplicates must be ≥ 0, was " + modelReplicates);
        }
    }

    /**
     * coupon_20 with the default terms and budget, no model refits, over 1 day (the comparison uses no events, the
     * part of a simulation that grows with the window).
     */
    public static TargetingSpec of(int users, long seed) {
        return new TargetingSpec(users, 1, seed, "coupon_20", OfferTerms.defaults(), 0, 0);
    }
}
