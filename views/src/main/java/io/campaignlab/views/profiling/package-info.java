/**
 * Column profiles of a dataset: a table of per-column statistics and a JFreeChart histogram of the chosen column,
 * computed through the engine's {@link io.campaignlab.engine.profiling.DatasetProfiler} port. Never SQL.
 */
package io.campaignlab.views.profiling;
