package io.campaignlab.engine.profiling;

/** A value and how many rows have it. */
public record ValueCount(String value, long count) {
}
