package io.campaignlab.engine.browse;

import java.util.Locale;
import java.util.Objects;

/**
 * A simple filter: column, operator, value. The value is text as the user typed it; the workspace converts it to
 * the column's type and explains when it can't.
 */
public record RowFilter(String column, Op op, String value) {

    public RowFilter {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(op, "op");
        if (op.needsValue() && (value == null || value.isBlank())) {
            throw new IllegalArgumentException("the filter '" + column + " " + op.symbol() + "' needs a value");
        }
    }

    /** Comparison operators, as people write them. */
    public enum Op {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), CONTAINS("contains"), IS_NULL("is empty"),
        NOT_NULL("is not empty");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean needsValue() {
            return this != IS_NULL && this != NOT_NULL;
        }

        public static Op parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            for (Op op : values()) {
                if (op.symbol.equals(t) || op.name().toLowerCase(Locale.ROOT).equals(t)) {
                    return op;
                }
            }
            throw new IllegalArgumentException("unknown operator '" + text + "'; use =, !=, <, <=, >, >=, contains,"
                    + " is empty or is not empty");
        }

        @Override
        public String toString() {
            return symbol;
        }
    }
}
