package io.campaignlab.engine.campaigns.pricing;

/**
 * Limits on the discounts chosen for an audience.
 *
 * @param minMarginPerOrder  the least margin an order may leave, list price × (1 − discount) − unit cost, in money:
 *                           a level whose margin falls below it is never offered to that user
 * @param maxAverageDiscount the cap on the mean chosen discount over the audience, as a fraction (0.08 is 8 %); a
 *                           user offered nothing counts as 0; 1 or more for no cap
 */
public record PricingConstraints(double minMarginPerOrder, double maxAverageDiscount) {

    public PricingConstraints {
        if (!Double.isFinite(minMarginPerOrder)) {
            throw new IllegalArgumentException("the minimum margin per order must be a number, was "
                    + minMarginPerOrder);
        }
        if (!(maxAverageDiscount >= 0) || Double.isInfinite(maxAverageDiscount)) {
            throw new IllegalArgumentException("the average discount cap must be a fraction of at least 0, was "
                    + maxAverageDiscount);
        }
    }

    /** No cap on the average discount, only the minimum margin. */
    public static PricingConstraints minMarginOnly(double minMarginPerOrder) {
        return new PricingConstraints(minMarginPerOrder, 1.0);
    }

    /**
     * A dynamic discount offer's limits as the decision engine reads them: no minimum margin when none is given,
     * the cap in percent ({@code max_average_discount}) as a fraction, none when none is given.
     */
    public static PricingConstraints ofOffer(Double minMargin, Double maxAverageDiscountPct) {
        return new PricingConstraints(minMargin == null ? -Double.MAX_VALUE : minMargin,
                maxAverageDiscountPct == null ? 1.0 : maxAverageDiscountPct / 100.0);
    }
}
