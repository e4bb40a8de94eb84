package io.campaignlab.engine.campaigns.forecast;

/**
 * What one targeting strategy buys with the budget.
 *
 * @param strategy                   the strategy
 * @param users                      users granted
 * @param spend                      their cost, within the budget
 * @param trueIncrementalConversions the sum of their true uplift (the simulator's planted truth)
 */
public record StrategyOutcome(TargetingStrategy strategy, int users, double spend,
                              double trueIncrementalConversions) {
}
