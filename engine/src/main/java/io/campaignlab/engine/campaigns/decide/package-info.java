/**
 * The decision engine: published campaign versions held warm in memory (with their audience's members, their
 * dynamic discounts' response scores and their Thompson posteriors rebuilt from the log), and for each request the
 * campaign, the holdout arm, the audience and exclusion-group checks, the eligible offers (a dynamic discount priced
 * per user), the frequency cap, the policy's choice and the budget grant, returned as a
 * {@link io.campaignlab.engine.campaigns.decide.Decision} with its trace; feedback updates the Thompson posteriors.
 * Plain Java; the decision log is a port ({@link io.campaignlab.engine.campaigns.decide.DecisionLog}).
 */
package io.campaignlab.engine.campaigns.decide;
