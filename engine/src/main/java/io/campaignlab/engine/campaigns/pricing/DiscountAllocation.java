package io.campaignlab.engine.campaigns.pricing;

/**
 * The discount chosen for each user of an audience.
 *
 * @param levels       by user, the index of the chosen level in the menu, or {@link #NO_OFFER} where even the
 *                     smallest discount leaves less than the minimum margin
 * @param multiplier   the Lagrange multiplier on the discount (money per unit of discount fraction) at which the
 *                     choice was made; 0 where the average discount cap did not bind
 * @param meanDiscount the mean chosen discount over the audience, as a fraction, a user offered nothing counting 0
 */
public record DiscountAllocation(int[] levels, double multiplier, double meanDiscount) {

    /** The level of a user to whom no discount of the menu may be offered. */
    public static final int NO_OFFER = -1;

    /** The discount of one user as a fraction; 0 for no offer. */
    public double discount(int user, DiscountMenu menu) {
        return levels[user] == NO_OFFER ? 0.0 : menu.fraction(levels[user]);
    }

    /**
     * The expected margin of the whole audience under the given purchase probabilities: the sum over users of
     * P(buy | chosen level) × margin at that level, 0 for no offer. With the planted probabilities this is the
     * allocation's true value.
     */
    public double expectedMargin(double[][] pBuy, PricedAudience audience, DiscountMenu menu) {
        double total = 0;
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] != NO_OFFER) {
                total += pBuy[i][levels[i]] * audience.margin(i, menu.fraction(levels[i]));
            }
        }
        return total;
    }

    /** The least margin per order over the users offered something, at their chosen discounts. */
    public double leastMargin(PricedAudience audience, DiscountMenu menu) {
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] != NO_OFFER) {
                least = Math.min(least, audience.margin(i, menu.fraction(levels[i])));
            }
        }
        return least;
    }
}
