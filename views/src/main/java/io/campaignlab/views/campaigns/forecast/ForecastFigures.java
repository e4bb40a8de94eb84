package io.campaignlab.views.campaigns.forecast;

import io.campaignlab.engine.campaigns.forecast.BudgetPoint;
import io.campaignlab.engine.campaigns.forecast.CampaignForecast;
import io.campaignlab.engine.campaigns.forecast.OfferForecast;
import io.campaignlab.engine.campaigns.forecast.StrategyOutcome;

import java.util.List;

/**
 * What the forecast panel shows for a campaign.
 *
 * @param campaign   the campaign forecast
 * @param source     where the figures come from, in words (shown under them)
 * @param forecast   reach, incremental conversions, revenue and margin, cost and ROI with 95% intervals
 * @param curve      the budget curve, point 0 (nobody) to every user of the audience
 * @param budget     the chosen budget
 * @param atBudget   the curve's point at the budget
 * @param breakEven  the curve's last point with marginal ROI ≥ 1
 * @param targeting  the targeting strategies on the same budget (empty when not compared)
 * @param ope        the off-policy evaluation, or null
 * @param opeMissing why there is no off-policy evaluation (when {@code ope} is null)
 * @param offers     the campaign's own forecast per offer (empty for the simulator's study)
 */
public record ForecastFigures(String campaign, String source, CampaignForecast forecast, List<BudgetPoint> curve,
                             double budget, BudgetPoint atBudget, BudgetPoint breakEven,
                             List<StrategyOutcome> targeting, OpeFigures ope, String opeMissing,
                             List<OfferForecast> offers) {

    /** Without per-offer figures (the simulator's study). */
    public ForecastFigures(String campaign, String source, CampaignForecast forecast, List<BudgetPoint> curve,
                           double budget, BudgetPoint atBudget, BudgetPoint breakEven, List<StrategyOutcome> targeting,
                           OpeFigures ope, String opeMissing) {
        this(campaign, source, forecast, curve, budget, atBudget, breakEven, targeting, ope, opeMissing, List.of());
    }

    public ForecastFigures {
        offers = offers == null ? List.of() : List.copyOf(offers);
        curve = List.copyOf(curve);
        targeting = List.copyOf(targeting);
        if (curve.isEmpty()) {
            throw new IllegalArgumentException("a budget curve has at least its point at zero users");
        }
    }
}
