package io.campaignlab.engine.campaigns.forecast;

import java.util.List;

/**
 * The targeting comparison on the simulator, and the forecast and budget curve of the uplift strategy.
 *
 * @param users               simulated users
 * @param heldOut             held-out users: the audience every strategy chooses from
 * @param seed                the simulator's seed (models and splits derive theirs from it)
 * @param arm                 the coupon granted (coupon_20 or coupon_10)
 * @param terms               the coupon's economics
 * @param orderValue          the order value every forecast uses: the training converters' mean basket before the
 *                            coupon
 * @param budget              what every strategy may spend, in expected cost (grant cost + coupon × order value ×
 *                            the planted P(convert | coupon))
 * @param outcomes            per strategy, the users granted, the spend and the true incremental conversions
 * @param upliftForecast      the forecast of the uplift strategy's users, from the models' predictions
 * @param upliftTruth         the same users' true incremental conversions, beside the forecast
 * @param atBudget            the budget curve (held-out users, predicted inputs) at the budget
 * @param breakEven           the budget curve's last point with marginal ROI ≥ 1
 */
public record TargetingReport(int users, int heldOut, long seed, String arm, OfferTerms terms, double orderValue,
                              double budget, List<StrategyOutcome> outcomes, CampaignForecast upliftForecast,
                              double upliftTruth, BudgetPoint atBudget, BudgetPoint breakEven) {

    /** One strategy's outcome. */
    public StrategyOutcome outcome(TargetingStrategy strategy) {
        return outcomes.stream().filter(o -> o.strategy() == strategy).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no outcome for " + strategy));
    }
}
