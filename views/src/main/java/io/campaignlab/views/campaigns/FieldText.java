package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The designer's text fields and the values of a campaign file: numbers written as people write them (20, not 20.0)
 * and read back to the same value, lists separated by commas, and a problem naming the field's path (as the file's
 * checks do) for text that is not a number.
 */
final class FieldText {

    private FieldText() {
    }

    /** A number as people write it, empty for none. */
    static String number(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            return d.toString();
        }
        return value instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                : value.toString();
    }

    /** Values separated by {@code ", "}, empty for none. */
    static String list(List<?> values) {
        return String.join(", ", values.stream().map(v -> v instanceof Number n ? number(n) : String.valueOf(v))
                .toList());
    }

    /** The text, or null when it is empty. */
    static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** A decimal number, or null for an empty field. */
    static Double decimal(String text, String path, List<FieldProblem> out) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v) && !t.matches(".*[dDfFxX].*")) {
                return v;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        out.add(new FieldProblem(path, "'" + t + "' is not a number"));
        return null;
    }

    /** A whole number, or null for an empty field. */
    static Long whole(String text, String path, List<FieldProblem> out) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            out.add(new FieldProblem(path, "'" + t + "' is not a whole number"));
            return null;
        }
    }

    /** A whole number that fits an int, or null for an empty field. */
    static Integer count(String text, String path, List<FieldProblem> out) {
        Long v = whole(text, path, out);
        if (v != null && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) {
            out.add(new FieldProblem(path, v + " is too large"));
            return null;
        }
        return v == null ? null : v.intValue();
    }

    /** Comma-separated decimal numbers; each problem names its element ({@code path[2]}). */
    static List<Double> decimals(String text, String path, List<FieldProblem> out) {
        List<Double> values = new ArrayList<>();
        List<String> parts = parts(text);
        for (int i = 0; i < parts.size(); i++) {
            values.add(decimal(parts.get(i), path + "[" + i + "]", out));
        }
        return values;
    }

    /** Comma-separated ids; each problem names its element ({@code path[2]}). */
    static List<Long> wholes(String text, String path, List<FieldProblem> out) {
        List<Long> values = new ArrayList<>();
        List<String> parts = parts(text);
        for (int i = 0; i < parts.size(); i++) {
            values.add(whole(parts.get(i), path + "[" + i + "]", out));
        }
        return values;
    }

    /** Comma-separated texts, each stripped; an empty field gives none. */
    static List<String> parts(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",", -1)).map(String::strip).toList();
    }

    /** One text per line, each stripped; empty lines are left out. */
    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
