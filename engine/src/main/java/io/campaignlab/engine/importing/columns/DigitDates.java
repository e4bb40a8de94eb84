package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnType;

import java.util.List;

/**
 * Dates written as whole numbers, {@code 19970101} ({@code yyyyMMdd}) or {@code 2024010112} ({@code yyyyMMddHH}):
 * recognised only in a column whose name says it holds times, where every value has the same number of digits and
 * parses as a real date (years 1900–2100).
 */
final class DigitDates {

    static final String DAY = "yyyyMMdd";
    static final String HOUR = "yyyyMMddHH";

    private DigitDates() {
    }

    /** The timestamp type when every value is a digit date of one width, or null. */
    static InferredType infer(List<String> values) {
        for (String pattern : List.of(HOUR, DAY)) {
            if (values.stream().allMatch(v -> matches(v, pattern))) {
                return new InferredType(ColumnType.TIMESTAMP, pattern, "a time-like name with whole numbers that"
                        + " are dates written as " + pattern);
            }
        }
        return null;
    }

    private static boolean matches(String value, String pattern) {
        String v = value.trim();
        if (v.length() != pattern.length() || !v.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = Integer.parseInt(v.substring(0, 4));
        if (year < 1900 || year > 2100) {
            return false;
        }
        try {
            TimestampFormat.byId(pattern).orElseThrow().parse(v);
            return true;
        } catch (BadValueException e) {
            return false;
        }
    }
}
