package io.campaignlab.engine.campaigns.forecast;

/**
 * The economics of a percentage coupon.
 *
 * @param couponShare the coupon's share of the order value, paid on every converting grant (0.2 for coupon_20)
 * @param grantCost   the cost of each grant, converting or not
 * @param marginRate  the gross margin of an order as a share of its value
 */
public record OfferTerms(double couponShare, double grantCost, double marginRate) {

    public OfferTerms {
        if (!(couponShare >= 0 && couponShare < 1)) {
            throw new IllegalArgumentException("couponShare must lie in [0, 1), was " + couponShare);
        }
        if (!(grantCost >= 0) || Double.isInfinite(grantCost)) {
            throw new IllegalArgumentException("grantCost must be a finite number ≥ 0, was " + grantCost);
        }
        if (!(marginRate >= 0 && marginRate <= 1)) {
            throw new IllegalArgumentException("marginRate must lie in [0, 1], was " + marginRate);
        }
    }

    /** coupon_20 at 5 cents a grant with a 40% gross margin. */
    public static OfferTerms defaults() {
        return new OfferTerms(0.2, 0.05, 0.4);
    }
}
