package io.campaignlab.persistence.workspace;

import io.campaignlab.engine.datasets.ColumnType;

/** Naming and SQL types of dataset tables. Every identifier is quoted, so column names never clash with SQL words. */
public final class DatasetTables {

    /** The row number column every dataset table starts with: 1, 2, 3… in file order. */
    public static final String ROW_COLUMN = "_row";

    private DatasetTables() {
    }

    public static String tableName(long datasetId) {
        return "ds_" + datasetId;
    }

    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    public static String sqlType(ColumnType type) {
        return switch (type) {
            case INTEGER -> "BIGINT";
            case DECIMAL -> "DOUBLE PRECISION";
            case BOOLEAN -> "BOOLEAN";
            case TIMESTAMP -> "TIMESTAMP";
            case CATEGORY, TEXT -> "VARCHAR";
        };
    }
}
