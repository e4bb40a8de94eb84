/**
 * Settings chosen on validation: a budgeted, seeded random search over a small grid of the settings that matter.
 *
 * <p>Strategy: trial 0 is the family's defaults (the first value of every dimension); the following trials are
 * distinct grid points drawn at random with the run's seed, until the budget (trials, seconds, or both) is spent or the
 * grid is exhausted. Each trial is scored by the caller on the validation part only; the best score wins, ties going to
 * the earlier trial (so defaults win a tie). The caller then evaluates the test part once, with the choice. A
 * {@link io.campaignlab.engine.tuning.SearchResult} records the space, the budget, every trial and the choice, so that
 * a run's provenance can state and replay the search.
 */
package io.campaignlab.engine.tuning;
