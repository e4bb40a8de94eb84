package io.campaignlab.engine.campaigns.forecast;

/**
 * One point of a {@link BudgetCurve}: the first {@code users} of the audience in the curve's order.
 *
 * @param users                  users granted
 * @param spend                  the budget they spend: their grant costs, as the decision engine's budget counts
 *                               them ({@link io.campaignlab.engine.campaigns.Cents#grant})
 * @param cost                   their expected cost: grant costs plus the expected redemptions (coupon value and
 *                               per-conversion costs on every converting grant), which fall due after the budget's
 *                               check
 * @param incrementalConversions their expected incremental conversions
 * @param incrementalMargin      their expected incremental margin
 * @param marginalRoi            the last user's incremental margin / expected cost (NaN at zero users)
 */
public record BudgetPoint(int users, double spend, double cost, double incrementalConversions, double incrementalMargin,
                          double marginalRoi) {

    /** Incremental margin / expected cost so far (NaN at zero cost). */
    public double roi() {
        return cost > 0 ? incrementalMargin / cost : Double.NaN;
    }
}
