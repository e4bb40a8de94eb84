package io.campaignlab.engine.campaigns.forecast;

/**
 * One point of a {@link BudgetCurve}: the first {@code users} of the audience in the curve's order.
 *
 * @param users                  users granted
 * @param spend                  their expected cost
 * @param incrementalConversions their expected incremental conversions
 * @param incrementalMargin      their expected incremental margin
 * @param marginalRoi            the last user's incremental margin / cost (NaN at zero users)
 */
public record BudgetPoint(int users, double spend, double incrementalConversions, double incrementalMargin,
                          double marginalRoi) {

    /** Incremental margin / spend so far (NaN at zero spend). */
    public double roi() {
        return spend > 0 ? incrementalMargin / spend : Double.NaN;
    }
}
