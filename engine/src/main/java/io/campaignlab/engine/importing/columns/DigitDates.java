package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnType;

import java.util.List;

/**
 * Dates written as whole numbers, {@code 19970101} ({@code yyyyMMdd}) or {@code 2024010112} ({@code yyyyMMddHH}):
 * recognised only in a column whose name says it holds times, where every value (or all but a few, see
 * {@link TypeInference#fewBad}) has the same number of digits and parses as a real date (years 1900–2100). The few,
 * such as an hour 25, are then rejected and listed, rather than turning the column into Unix seconds or integers.
 */
final class DigitDates {

    static final String DAY = "yyyyMMdd";
    static final String HOUR = "yyyyMMddHH";

    private DigitDates() {
    }

    /** The timestamp type when every value, or all but a few, is a digit date of one width, or null. */
    static InferredType infer(List<String> values) {
        for (String pattern : List.of(HOUR, DAY)) {
            List<String> bad = values.stream().filter(v -> !matches(v, pattern)).toList();
            String what = "a time-like name with whole numbers that are dates written as " + pattern;
            if (bad.isEmpty()) {
                return new InferredType(ColumnType.TIMESTAMP, pattern, what);
            }
            if (TypeInference.fewBad(bad.size(), values.size())) {
                return new InferredType(ColumnType.TIMESTAMP, pattern,
                        TypeInference.fewBadEvidence(what, bad, values.size(), "times"));
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
