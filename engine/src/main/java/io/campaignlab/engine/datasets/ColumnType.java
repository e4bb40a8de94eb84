package io.campaignlab.engine.datasets;

import java.util.Locale;

/** The type of a column's values once imported. */
public enum ColumnType {
    INTEGER, DECIMAL, BOOLEAN, TIMESTAMP, CATEGORY, TEXT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }

    public static ColumnType parse(String text) {
        for (ColumnType type : values()) {
            if (type.id().equalsIgnoreCase(text.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown column type '" + text
                + "'; expected integer, decimal, boolean, timestamp, category or text");
    }
}
