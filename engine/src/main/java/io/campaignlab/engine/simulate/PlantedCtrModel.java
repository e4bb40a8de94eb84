package io.campaignlab.engine.simulate;

import java.util.List;

/**
 * The true click probability of an impression, the ground truth behind {@code impressions.true_ctr}:
 * <pre>
 * logit(ctr) = INTERCEPT
 *            − POSITION_DECAY × ln(position)
 *            + PLACEMENT_EFFECT[placement] + DEVICE_EFFECT[device] + CATEGORY_EFFECT[category]
 *            + POPULARITY_EFFECT × popularity score            (1 for the best seller, 0 for the least popular)
 *            + NIGHT_EFFECT if hour &lt; 6
 *            + UserGenerator.AGE_CATEGORY_AFFINITY[age_band][category]          (age_band × category)
 *            + PERSONAL_TASTE_EFFECT × the user's latent taste for the category (user × category)
 *            + DEVICE_PLACEMENT[device][placement]                              (device × placement)
 *            + discount_pct / 30 × (DISCOUNT_BASE + DISCOUNT_PER_SENSITIVITY × price_sensitivity)
 *                                   (discount × hidden sensitivity, seen as discount × age_band and × region)
 *            + hourPlacementEffect(hour, placement)                             (hour × placement)
 * </pre>
 * The interactions are pairwise products of categorical fields, which a linear model on one-hot features cannot
 * represent and a factorization machine can. {@code noise_a}, the brand and the list price have no effect of their
 * own. The average click-through rate is about 5%.
 */
final class PlantedCtrModel {

    static final List<String> PLACEMENTS = List.of("home", "search", "product_page", "email");
    static final int HOME = 0;
    static final int SEARCH = 1;
    static final int EMAIL = 3;
    static final List<Integer> DISCOUNTS = List.of(0, 5, 10, 20, 30);

    static final double INTERCEPT = -3.6;
    static final double POSITION_DECAY = 0.6;
    static final double[] PLACEMENT_EFFECT = {0.0, 0.5, 0.2, -0.4};
    static final double[] DEVICE_EFFECT = {0.0, 0.1, -0.1};
    /** By {@link ProductCategory} ordinal: apparel, shoes, accessories, beauty, phones, laptops, audio, gaming. */
    static final double[] CATEGORY_EFFECT = {0.1, 0.0, -0.1, 0.0, 0.1, -0.3, 0.0, 0.2};
    static final double POPULARITY_EFFECT = 0.6;
    static final double NIGHT_EFFECT = -0.2;
    static final double PERSONAL_TASTE_EFFECT = 0.3;
    /** Rows mobile, desktop, tablet; columns home, search, product_page, email. */
    static final double[][] DEVICE_PLACEMENT = {
            {0.0, 0.3, -0.2, -0.5},
            {-0.2, -0.1, 0.4, 0.4},
            {0.4, -0.3, 0.0, 0.0}};
    static final double DISCOUNT_BASE = -0.2;
    static final double DISCOUNT_PER_SENSITIVITY = 2.2;
    static final double MAX_DISCOUNT = 30.0;
    static final double EMAIL_MORNING_EFFECT = 0.6;
    static final double EMAIL_LATE_EFFECT = -0.4;
    static final double HOME_EVENING_EFFECT = 0.4;
    static final double SEARCH_WORKDAY_EFFECT = 0.25;

    private PlantedCtrModel() {
    }

    /**
     * The click probability.
     *
     * @param user            the shopper
     * @param category        the item's {@link ProductCategory} ordinal
     * @param popularityScore the item's {@link ItemCatalog#popularityScore(int)}
     * @param placement       index into {@link #PLACEMENTS}
     * @param position        slot 1..10
     * @param discountPct     one of {@link #DISCOUNTS}
     * @param hour            hour of day 0..23
     */
    static double probability(SimUser user, int category, double popularityScore, int placement, int position,
                              int discountPct, int hour) {
        double logit = INTERCEPT
                - POSITION_DECAY * Math.log(position)
                + PLACEMENT_EFFECT[placement]
                + DEVICE_EFFECT[user.device()]
                + CATEGORY_EFFECT[category]
                + POPULARITY_EFFECT * popularityScore
                + (hour < 6 ? NIGHT_EFFECT : 0.0)
                + UserGenerator.AGE_CATEGORY_AFFINITY[user.ageBand()][category]
                + PERSONAL_TASTE_EFFECT * user.personalTaste()[category]
                + DEVICE_PLACEMENT[user.device()][placement]
                + discountPct / MAX_DISCOUNT * (DISCOUNT_BASE + DISCOUNT_PER_SENSITIVITY * user.priceSensitivity())
                + hourPlacementEffect(hour, placement);
        return Sampling.sigmoid(logit);
    }

    /**
     * The click probability as far as the impression row itself tells it: the same model with the user's hidden
     * personal taste at its mean (0) and the hidden price sensitivity at its expectation given the age band and
     * region. The AUC of this column is what a model without the user's history can hope for; the gap to
     * {@code true_ctr} is the part only history (or nothing) reveals.
     */
    static double publicProbability(SimUser user, int category, double popularityScore, int placement, int position,
                                    int discountPct, int hour) {
        SimUser typical = new SimUser(user.id(), user.ageBand(), user.region(), user.device(), user.signup(),
                UserGenerator.expectedSensitivity(user.ageBand(), user.region()), user.activity(),
                new double[user.personalTaste().length], user.affinityCumulative());
        return probability(typical, category, popularityScore, placement, position, discountPct, hour);
    }

    /** Emails work in the morning (6–9) and not late (20–5), home in the evening (19–22), search in office hours. */
    static double hourPlacementEffect(int hour, int placement) {
        return switch (placement) {
            case EMAIL -> hour >= 6 && hour < 10 ? EMAIL_MORNING_EFFECT
                    : hour >= 20 || hour < 6 ? EMAIL_LATE_EFFECT : 0.0;
            case HOME -> hour >= 19 && hour < 23 ? HOME_EVENING_EFFECT : 0.0;
            case SEARCH -> hour >= 9 && hour < 17 ? SEARCH_WORKDAY_EFFECT : 0.0;
            default -> 0.0;
        };
    }
}
