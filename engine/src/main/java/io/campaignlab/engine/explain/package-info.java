/**
 * Model explanations: permutation importance, learned weights, partial dependence, field-level Shapley values for one
 * row or an audience, and what-if edits. Works on encoded rows through a
 * {@link io.campaignlab.engine.explain.BatchScore} function; must not depend on JavaFX, JDBC or the workspace.
 */
package io.campaignlab.engine.explain;
