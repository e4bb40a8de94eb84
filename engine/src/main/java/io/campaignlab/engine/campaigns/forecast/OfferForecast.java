package io.campaignlab.engine.campaigns.forecast;

/**
 * One offer's part of a campaign forecast: the users the policy would serve it to and, when the forecast has a model
 * of the offer, what it adds. Totals are expected values over the scored audience, with 95% intervals (the same
 * bootstrap and refitted models as the campaign's totals).
 *
 * @param offer                  the offer's name
 * @param kind                   its kind ({@code coupon}, {@code dynamic_discount}, ...)
 * @param upliftRun              the uplift run that scores it, or null when it is not forecast
 * @param eligibleShare          the share of treated audience users the policy would give it before the budget binds
 * @param reach                  users expected to get it (holdout and budget taken out)
 * @param budgetSpend            the budget its grants use: reach × its grant cost, as the engine's budget counts
 * @param incrementalConversions expected conversions it causes; null when not forecast
 * @param incrementalRevenue     their expected revenue; null when not forecast
 * @param incrementalMargin      their expected gross margin; null when not forecast
 * @param cost                   expected cost: grants plus the coupon and per-conversion costs on every converting
 *                               grant; null when not forecast
 * @param roi                    incremental margin / cost; null when not forecast
 * @param notForecast            why its incremental figures are missing, or null when they are there
 * @param responseRuns           a forecast dynamic discount's response runs, one per menu level (empty otherwise)
 * @param meanDiscountPct        a forecast dynamic discount's expected mean discount over its grants, in percent, as
 *                               the decision engine would choose them per user; null otherwise
 */
public record OfferForecast(String offer, String kind, Long upliftRun, double eligibleShare, double reach,
                            double budgetSpend, Interval incrementalConversions, Interval incrementalRevenue,
                            Interval incrementalMargin, Interval cost, Interval roi, String notForecast,
                            java.util.List<Long> responseRuns, Double meanDiscountPct) {

    public OfferForecast {
        responseRuns = responseRuns == null ? java.util.List.of() : java.util.List.copyOf(responseRuns);
    }
}
