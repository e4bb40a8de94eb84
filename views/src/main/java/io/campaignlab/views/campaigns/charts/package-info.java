/**
 * The Campaigns charts, after the JFreeChart FX demos (a dataset from engine records, then the chart): the budget
 * curve, the targeting comparison, the off-policy estimates, the bandit policies' regret, and the live dashboard's
 * bars and Thompson posteriors. Chart classes: {@code java.awt} is allowed.
 */
package io.campaignlab.views.campaigns.charts;
