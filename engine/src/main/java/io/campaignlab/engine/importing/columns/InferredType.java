package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnType;

/** A column type inferred from a sample, with the timestamp format when it is a time, and the evidence. */
public record InferredType(ColumnType type, String format, String evidence) {
}
