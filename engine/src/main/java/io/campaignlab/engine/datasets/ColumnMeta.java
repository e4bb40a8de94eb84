package io.campaignlab.engine.datasets;

import java.util.Objects;

/**
 * One column of a dataset.
 *
 * @param name        the SQL-safe column name in the dataset table
 * @param header      the column's name in the source file
 * @param type        the value type
 * @param role        what the column means
 * @param format      how timestamps were written (a pattern, {@code unix_s} or {@code unix_ms}); null otherwise
 * @param groundTruth true for the simulator's hidden truth columns, which models must never train on
 */
public record ColumnMeta(String name, String header, ColumnType type, ColumnRole role, String format,
                         boolean groundTruth) {

    public ColumnMeta {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        if (groundTruth && role != ColumnRole.IGNORE) {
            throw new IllegalArgumentException("ground-truth column '" + name + "' must have the role ignore");
        }
    }

    public static ColumnMeta of(String name, ColumnType type, ColumnRole role) {
        return new ColumnMeta(name, name, type, role, null, false);
    }

    /** A hidden-truth column: role {@code ignore}, flagged so that no model ever trains on it. */
    public static ColumnMeta groundTruth(String name, ColumnType type) {
        return new ColumnMeta(name, name, type, ColumnRole.IGNORE, null, true);
    }

    public ColumnMeta withType(ColumnType newType, String newFormat) {
        return new ColumnMeta(name, header, newType, role, newFormat, groundTruth);
    }

    public ColumnMeta withRole(ColumnRole newRole) {
        return new ColumnMeta(name, header, type, newRole, format, groundTruth);
    }
}
