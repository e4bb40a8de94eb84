package io.campaignlab.engine.simulate;

/**
 * The true probability that a click on an impression ends in a purchase, the ground truth behind
 * {@code impressions.true_cvr}:
 * <pre>
 * logit(cvr) = INTERCEPT
 *            + CATEGORY_EFFECT[category]
 *            − PRICE_EFFECT × price_sensitivity × ln(price / REFERENCE_PRICE)   (dear items convert less, the more so
 *                                                                               for price-sensitive users)
 *            + DISCOUNT_EFFECT × price_sensitivity × discount_pct / 30       (discounts convert the sensitive)
 *            + TASTE_EFFECT × the user's latent taste for the category
 * </pre>
 * The average conversion after a click is about 12%.
 */
final class PlantedCvrModel {

    static final double INTERCEPT = -2.1;
    /** By {@link ProductCategory} ordinal: apparel, shoes, accessories, beauty, phones, laptops, audio, gaming. */
    static final double[] CATEGORY_EFFECT = {0.2, 0.0, 0.3, 0.4, -0.4, -0.7, -0.1, -0.2};
    static final double PRICE_EFFECT = 0.8;
    static final double REFERENCE_PRICE = 50;
    static final double DISCOUNT_EFFECT = 1.6;
    static final double TASTE_EFFECT = 0.4;

    private PlantedCvrModel() {
    }

    static double probability(SimUser user, int category, double price, int discountPct) {
        double sensitivity = user.priceSensitivity();
        double logit = INTERCEPT
                + CATEGORY_EFFECT[category]
                - PRICE_EFFECT * sensitivity * Math.log(Math.max(price, 1) / REFERENCE_PRICE)
                + DISCOUNT_EFFECT * sensitivity * discountPct / PlantedCtrModel.MAX_DISCOUNT
                + TASTE_EFFECT * user.personalTaste()[category];
        return Sampling.sigmoid(logit);
    }
}
