/**
 * The Explain section: a run's stored global explanation (permutation importance with intervals, weights, partial
 * dependence) beside local ones computed on demand (one prediction as a waterfall, what-if edits, an audience against
 * the population). View models reach the engine through the job executor only; {@code java.awt} appears only in the
 * chart classes.
 */
package io.campaignlab.views.explain;
