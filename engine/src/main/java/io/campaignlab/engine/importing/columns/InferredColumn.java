package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;

/**
 * What the importer decided about one column, and why, in words a person can check.
 *
 * @param type       the value type
 * @param format     the timestamp format, or null
 * @param role       what the column means
 * @param typeReason why that type ("all sample values are whole numbers"; "set by the user")
 * @param roleReason why that role ("named like a user id"; "unique in every sample row and named like an id")
 */
public record InferredColumn(ColumnType type, String format, ColumnRole role, String typeReason, String roleReason) {

    /** The reason for an override, in place of an inference. */
    public static final String OVERRIDDEN = "set by the user";

    /** Both reasons in one sentence, for a table cell or a tooltip. */
    public String reason() {
        return "type " + type.id() + ": " + typeReason + "; role " + role.id() + ": " + roleReason;
    }
}
