package io.campaignlab.engine.simulate;

import java.util.List;

/**
 * The true purchase probabilities behind {@code discount_test}, per user and per discount level d (in percent, one
 * of {@link #LEVELS_PCT}):
 * <pre>
 * base    = BASE_LOGIT + ORDERS_EFFECT × ln(1 + history_orders) + VISITS_EFFECT × ln(1 + visits)
 *           + PRICE_EFFECT × ln(list_price / median price of the category) + MOBILE_EFFECT if mobile
 * loyalty = min(1, ln(1 + history_orders) / ln(1 + LOYAL_ORDERS))
 * steady  = STEADY_GAIN × price_sensitivity × (1 − LOYALTY_DAMPING × loyalty) × d / 20
 * deal    = clamp((price_sensitivity − DEAL_SENSITIVITY) / (1 − DEAL_SENSITIVITY), 0, 1)
 * deep    = DEEP_GAIN × deal if d ≥ DEEP_FROM_PCT, else 0
 * P(buy | d) = sigmoid(base + steady + deep)
 * </pre>
 * Price sensitivity (hidden, see {@link UserGenerator}) drives the response: insensitive and loyal shoppers buy (or
 * not) whatever the discount, so 0% is their best offer; sensitive ones respond steadily with the depth; the most
 * sensitive ("deal seekers", sensitivity above {@value #DEAL_SENSITIVITY}) jump only at {@value #DEEP_FROM_PCT}% or
 * more. The observable traces of the sensitivity are age band and region (its planted causes), the count of past
 * orders bought on promotion and the clicks on promotional e-mails (see {@link DiscountTestGenerator}). What a
 * discount costs depends on the product: {@link #GROSS_MARGIN} differs by category, so the same response is worth a
 * deep discount on beauty and none on a laptop. Averages over users (40 000, seed 5): P(buy | 0%) ≈ 15.2%,
 * P(buy | 20%) ≈ 30.9%.
 */
final class PlantedDiscountModel {

    /** The discount menu of the randomized test, in percent. */
    static final int[] LEVELS_PCT = {0, 5, 10, 15, 20};
    /** The arm of each level, as written in the {@code arm} column. */
    static final List<String> ARMS = List.of("discount_0", "discount_5", "discount_10", "discount_15", "discount_20");

    /** List price less unit cost, as a share of the list price, by {@link ProductCategory} ordinal. */
    static final double[] GROSS_MARGIN = {0.55, 0.48, 0.62, 0.68, 0.16, 0.12, 0.35, 0.25};

    static final double BASE_LOGIT = -2.3;
    static final double ORDERS_EFFECT = 0.35;
    static final double VISITS_EFFECT = 0.25;
    static final double PRICE_EFFECT = -0.5;
    static final double MOBILE_EFFECT = -0.1;
    static final double LOYAL_ORDERS = 12;
    static final double STEADY_GAIN = 1.6;
    static final double LOYALTY_DAMPING = 0.7;
    static final double DEAL_SENSITIVITY = 0.6;
    static final double DEEP_GAIN = 1.8;
    static final int DEEP_FROM_PCT = 15;

    private PlantedDiscountModel() {
    }

    /** The unit cost of a product: its list price less the category's gross margin, in cents. */
    static double unitCost(int category, double listPrice) {
        return Math.round(listPrice * (1.0 - GROSS_MARGIN[category]) * 100) / 100.0;
    }

    /** P(buy | d) for every level of {@link #LEVELS_PCT}, in that order. */
    static double[] pBuy(double priceSensitivity, int historyOrders, int visits, int category, double listPrice,
                         int device) {
        double base = BASE_LOGIT
                + ORDERS_EFFECT * Math.log1p(historyOrders)
                + VISITS_EFFECT * Math.log1p(visits)
                + PRICE_EFFECT * Math.log(listPrice / ProductCategory.of(category).medianPrice())
                + (device == UserGenerator.MOBILE ? MOBILE_EFFECT : 0.0);
        double loyalty = Math.min(1.0, Math.log1p(historyOrders) / Math.log1p(LOYAL_ORDERS));
        double deal = Sampling.clamp((priceSensitivity - DEAL_SENSITIVITY) / (1.0 - DEAL_SENSITIVITY), 0.0, 1.0);
        double[] p = new double[LEVELS_PCT.length];
        for (int k = 0; k < p.length; k++) {
            int d = LEVELS_PCT[k];
            double steady = STEADY_GAIN * priceSensitivity * (1.0 - LOYALTY_DAMPING * loyalty) * d / 20.0;
            double deep = d >= DEEP_FROM_PCT ? DEEP_GAIN * deal : 0.0;
            p[k] = Sampling.sigmoid(base + steady + deep);
        }
        return p;
    }
}
