package io.campaignlab.engine.campaigns.forecast;

/**
 * A campaign's forecast for its audience: expected totals over the users reached, with 95% intervals.
 *
 * @param reach                  users granted the offer
 * @param incrementalConversions expected conversions the offer causes
 * @param incrementalRevenue     expected revenue of those conversions (order value, before the offer's discount)
 * @param incrementalMargin      expected gross margin of those conversions
 * @param cost                   expected offer cost: grants plus redemptions on every converting grant
 * @param roi                    incremental margin / cost
 * @param uncertainty            what the intervals account for, in words
 */
public record CampaignForecast(int reach, Interval incrementalConversions, Interval incrementalRevenue,
                               Interval incrementalMargin, Interval cost, Interval roi, String uncertainty) {
}
