package io.campaignlab.engine.features;

/** Row positions of each part of a split, each sorted ascending. */
public record SplitIndices(int[] train, int[] validation, int[] test) {
}
