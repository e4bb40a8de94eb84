/** Column profiling in SQL and one streaming scan, implementing the engine's profiler port; stores profiles. */
package io.campaignlab.persistence.profiling;
