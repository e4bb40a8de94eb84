/**
 * Decision-time pieces of a campaign: policies that pick one offer among scored candidates (greedy, ε-greedy,
 * Thompson sampling on Beta-Bernoulli posteriors, uniform), holdout assignment by a keyed hash, the budget ledger
 * in cents, per-user frequency caps, and the bandit stream simulation that measures regret. Pure, thread-safe
 * engine code: no I/O, no JavaFX, randomness and clocks injected by the caller.
 */
package io.campaignlab.engine.campaigns.policy;
