/**
 * The campaign's forecast panel: the forecast figures with their 95% intervals, the budget curve, the targeting
 * comparison, the off-policy estimates and, under "Policy", the bandit policies' regret on a simulated stream. The
 * figures come from a {@link io.campaignlab.views.campaigns.forecast.ForecastSource}.
 */
package io.campaignlab.views.campaigns.forecast;
