package io.campaignlab.engine.profiling;

/**
 * One bar of a histogram over {@code [lower, upper)} (the last bin includes its upper edge). For times, the
 * edges are epoch seconds (UTC).
 */
public record HistogramBin(double lower, double upper, long count) {
}
