/** {@code explain}: a run's permutation importance, or one prediction's Shapley values and what-if. */
package io.campaignlab.app.cli.explain;
