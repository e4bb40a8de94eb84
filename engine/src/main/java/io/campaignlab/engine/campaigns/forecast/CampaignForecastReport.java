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
 * @param upliftRun                    the uplift run that scored the audience
 * @param dataset                      that run's dataset, where the audience's users were matched
 * @param offer                        the coupon offer forecast
 * @param audience                     the audience's users, exclusions subtracted
 * @param scored                       those of them with a row in the run's dataset (the others are left out)
 * @param reach                        users expected to get the offer: the scored audience less the holdout, within
 *                                     the budget's grants
 * @param holdoutShare                 the campaign's holdout share
 * @param grantsAffordable             the grants the budget pays for at the offer's grant cost, or null when unbounded
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
 * @param budgetCurve                  the budget curve over the scored audience, at most 101 evenly spaced points
 * @param uncertainty                  what the intervals hold, in words
 * @param notes                        what the forecast left out or assumed
 */
public record CampaignForecastReport(String campaign, long upliftRun, String dataset, String offer, long audience,
                                     int scored, long reach, double holdoutShare, Long grantsAffordable,
                                     Interval incrementalConversions, Interval incrementalRevenue,
                                     Interval incrementalMargin, Interval cost, Interval roi,
                                     Interval incrementalRatePerReachedUser, ReadoutPrediction readout,
                                     double orderValue, double marginRate, BudgetPoint budgetMark,
                                     BudgetPoint breakEven, List<BudgetPoint> budgetCurve, String uncertainty,
                                     List<String> notes) {

    public CampaignForecastReport {
        budgetCurve = List.copyOf(budgetCurve);
        notes = List.copyOf(notes);
    }
}
