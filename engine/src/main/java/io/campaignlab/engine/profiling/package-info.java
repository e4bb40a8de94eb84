/**
 * Column profiles: counts, nulls, distinct values, summary statistics, top values and histograms. The values
 * and the profiler port live here; the SQL implementation is in persistence. No JDBC, no JavaFX.
 */
package io.campaignlab.engine.profiling;
