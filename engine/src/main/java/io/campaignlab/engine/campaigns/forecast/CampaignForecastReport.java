package io.campaignlab.engine.campaigns.forecast;

import java.util.List;

/**
 * A stored campaign's forecast on its audience in the workspace ({@link CampaignForecastJob}). Totals are expected
 * values over the users the offer reaches, with 95% intervals (bootstrap over the audience's users, each replicate
 * with one of the refitted uplift models when there are any). The per-user rate is the expected incremental
 * conversion rate of a reached user, with the same kind of interval: the uncertainty of an expectation. The readout
 * prediction is different: a 95% prediction interval for the rate difference an A/B readout of the campaign's
 * decisions (treatment against holdout) will measure, which adds the two arms' binomial noise.
 *
 * @param campaign                     the campaign's name
 * @param upliftRun                    the uplift run that scored the audience (the first coupon's, when several)
 * @param dataset                      that run's dataset, where the audience's users were matched
 * @param offer                        the coupon offers forecast, their names joined by commas
 * @param audience                     the audience's users, exclusions subtracted
 * @param scored                       those of them with a row in the run's dataset (the others are left out)
 * @param reach                        users expected to get an offer: the scored audience less the holdout and the
 *                                     users no offer is eligible for, within the budget's grants
 * @param holdoutShare                 the campaign's holdout share
 * @param grantsAffordable             the grants the budget pays for at the paid offers' grant cost, or null when
 *                                     unbounded or when the paid offers' grant costs differ
 * @param incrementalConversions       expected conversions the offer causes among the reached users
 * @param incrementalRevenue           their expected revenue (order value before the coupon)
 * @param incrementalMargin            their expected gross margin
 * @param cost                         expected cost: grant costs plus the coupon on every converting grant
 * @param roi                          incremental margin / cost
 * @param incrementalRatePerReachedUser the expected incremental conversion rate of a reached user (confidence
 *                                     interval of an expectation)
 * @param readout                      the predicted A/B readout, with its prediction interval
 * @param orderValue                   the value of a conversion used
 * @param marginRate                   the margin rate used
 * @param budgetMark                   the budget curve's point at the campaign's budget (the last point when none)
 * @param breakEven                    the curve's last point whose marginal ROI is still at least 1
 * @param budgetCurve                  the budget curve over the scored audience, at most 101 evenly spaced points; its
 *                                     spend is the budget's: grant costs, as the decision engine's budget counts them
 * @param budgetSpend                  the expected budget spend of the reached users' grants
 * @param offers                       each offer the policy chooses among: its share, reach and, when forecast, its
 *                                     incremental figures (an offer not forecast says why)
 * @param uncertainty                  what the intervals hold, in words
 * @param notes                        what the forecast left out or assumed
 */
public record CampaignForecastReport(String campaign, long upliftRun, String dataset, String offer, long audience,
                                     int scored, long reach, double holdoutShare, Long grantsAffordable,
                                     Interval incrementalConversions, Interval incrementalRevenue,
                                     Interval incrementalMargin, Interval cost, Interval roi,
                                     Interval incrementalRatePerReachedUser, ReadoutPrediction readout,
                                     double orderValue, double marginRate, BudgetPoint budgetMark,
                                     BudgetPoint breakEven, List<BudgetPoint> budgetCurve, double budgetSpend,
                                     List<OfferForecast> offers, String uncertainty, List<String> notes) {

    public CampaignForecastReport {
        budgetCurve = List.copyOf(budgetCurve);
        offers = List.copyOf(offers);
        notes = List.copyOf(notes);
    }
}
