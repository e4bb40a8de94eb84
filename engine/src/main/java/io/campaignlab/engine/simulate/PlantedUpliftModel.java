package io.campaignlab.engine.simulate;

import java.util.List;

/**
 * The true conversion probabilities behind {@code campaign_exposures}, per unit and per arm:
 * <pre>
 * p_control = sigmoid(BASE_LOGIT + ORDERS_EFFECT × ln(1 + history_orders) + VISITS_EFFECT × ln(1 + visits)
 *                     + RECENCY_EFFECT × recency_days + DESKTOP_EFFECT if desktop)
 * loyalty   = min(1, ln(1 + history_orders) / ln(1 + LOYAL_ORDERS))
 * raw_k     = GAIN[k] × price_sensitivity × (1 − loyalty) × (LAPSED_BOOST if recency_days &gt; LAPSED_AFTER_DAYS)
 *           − SLEEPING_DOG_PENALTY[k] × loyalty² × (1 − price_sensitivity)
 * uplift_k  = clamp(p_control + raw_k, 0, 1) − p_control
 * </pre>
 * So price-sensitive, low-history and lapsed shoppers respond strongly; loyal, insensitive heavy buyers would have
 * bought anyway and are put off a little by a coupon (the "sleeping dogs", uplift slightly below zero). The
 * coupon_20 arm has the larger gain, and the larger loss on sleeping dogs. Averages on the default population:
 * p_control ≈ 7.8%, uplift ≈ +2.2 points for coupon_10 and ≈ +3.8 points for coupon_20.
 */
final class PlantedUpliftModel {

    static final List<String> GROUPS = List.of("control", "coupon_10", "coupon_20");
    static final int CONTROL = 0;
    static final int COUPON_10 = 1;
    static final int COUPON_20 = 2;
    /** The coupon value of each group, in percent. */
    static final int[] COUPON_PCT = {0, 10, 20};

    static final double BASE_LOGIT = -3.1;
    static final double ORDERS_EFFECT = 0.45;
    static final double VISITS_EFFECT = 0.3;
    static final double RECENCY_EFFECT = -0.002;
    static final double DESKTOP_EFFECT = 0.15;
    static final double LOYAL_ORDERS = 12;
    static final double LAPSED_BOOST = 1.3;
    static final int LAPSED_AFTER_DAYS = 90;
    /** By group: no gain for control. */
    static final double[] GAIN = {0.0, 0.052, 0.09};
    static final double[] SLEEPING_DOG_PENALTY = {0.0, 0.015, 0.02};

    /**
     * One unit's truth.
     *
     * @param pControl the conversion probability without a coupon
     * @param uplift   by group, the change of the conversion probability the group's coupon causes; 0 for control
     */
    record Truth(double pControl, double[] uplift) {

        /** The conversion probability in the given group. */
        double probability(int group) {
            return pControl + uplift[group];
        }
    }

    private PlantedUpliftModel() {
    }

    static Truth truth(double priceSensitivity, int historyOrders, int visits, int recencyDays, int device) {
        double pControl = Sampling.sigmoid(BASE_LOGIT
                + ORDERS_EFFECT * Math.log1p(historyOrders)
                + VISITS_EFFECT * Math.log1p(visits)
                + RECENCY_EFFECT * recencyDays
                + (device == UserGenerator.DESKTOP ? DESKTOP_EFFECT : 0.0));
        double loyalty = Math.min(1.0, Math.log1p(historyOrders) / Math.log1p(LOYAL_ORDERS));
        double lapsed = recencyDays > LAPSED_AFTER_DAYS ? LAPSED_BOOST : 1.0;
        double[] uplift = new double[GROUPS.size()];
        for (int group = COUPON_10; group <= COUPON_20; group++) {
            double raw = GAIN[group] * priceSensitivity * (1.0 - loyalty) * lapsed
                    - SLEEPING_DOG_PENALTY[group] * loyalty * loyalty * (1.0 - priceSensitivity);
            uplift[group] = Sampling.clamp(pControl + raw, 0.0, 1.0) - pControl;
        }
        return new Truth(pControl, uplift);
    }
}
