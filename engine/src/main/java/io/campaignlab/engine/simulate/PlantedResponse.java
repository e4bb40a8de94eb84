package io.campaignlab.engine.simulate;

import java.util.SplittableRandom;

/**
 * The planted response of one simulated user to a coupon, for replaying users through a live campaign: the
 * probability that the user converts without a coupon or with the 10% or 20% coupon of {@code campaign_exposures}
 * (from its {@code true_p_control}, {@code true_uplift_coupon_10} and {@code true_uplift_coupon_20} columns, as
 * {@link PlantedUpliftModel} set them), and the basket of a conversion, drawn as {@code campaign_exposures} draws it:
 * LogNormal(median 55 × (1.4 − 0.6 × price_sensitivity), σ 0.6), less the coupon's percentage.
 */
public final class PlantedResponse {

    /** The coupon percentages {@code campaign_exposures} plants a response to (0 is no coupon). */
    public static final java.util.List<Integer> COUPON_LEVELS_PCT = java.util.List.of(
            PlantedUpliftModel.COUPON_PCT[PlantedUpliftModel.COUPON_10],
            PlantedUpliftModel.COUPON_PCT[PlantedUpliftModel.COUPON_20]);
    /** The discount menu {@code discount_test} plants P(buy) at, in percent, as its {@code true_p_buy_D} columns. */
    public static final java.util.List<Integer> DISCOUNT_LEVELS_PCT = java.util.Arrays.stream(
            PlantedDiscountModel.LEVELS_PCT).boxed().toList();

    static final double BASKET_MEDIAN = 55.0;
    static final double BASKET_SIGMA = 0.6;

    private PlantedResponse() {
    }

    /**
     * P(convert) of a user given a coupon of {@code couponPercent} (0 for none or the holdout).
     *
     * @throws IllegalArgumentException for a percentage the simulator planted no response to (other than 0, 10, 20)
     */
    public static double conversionProbability(double pControl, double upliftCoupon10, double upliftCoupon20,
                                               double couponPercent) {
        if (couponPercent == 0) {
            return pControl;
        }
        if (couponPercent == PlantedUpliftModel.COUPON_PCT[PlantedUpliftModel.COUPON_10]) {
            return pControl + upliftCoupon10;
        }
        if (couponPercent == PlantedUpliftModel.COUPON_PCT[PlantedUpliftModel.COUPON_20]) {
            return pControl + upliftCoupon20;
        }
        throw new IllegalArgumentException("the simulator planted a response to 10% and 20% coupons only, not "
                + couponPercent + "%");
    }

    /** A converting user's basket before the coupon, from the user's planted price sensitivity in [0, 1]. */
    public static double basket(SplittableRandom rng, double priceSensitivity) {
        return Sampling.logNormal(rng, BASKET_MEDIAN * (1.4 - 0.6 * priceSensitivity), BASKET_SIGMA);
    }

    /** A Bernoulli draw. */
    public static boolean draw(SplittableRandom rng, double p) {
        return Sampling.bernoulli(rng, p);
    }
}
