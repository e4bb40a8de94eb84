package io.campaignlab.engine.campaigns.decide.rank;

import io.campaignlab.engine.features.FittedField;
import io.campaignlab.engine.features.FittedFields;
import io.campaignlab.engine.frames.FrameColumn;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Turns request values (JSON text, numbers, booleans) into the frame column a fitted field reads: numbers for scaled,
 * bucketed and log-squared fields, times for hour-of-day and day-of-week fields, text for the categorical ones.
 */
final class FieldValues {

    private FieldValues() {
    }

    /** The kind of column a field reads. */
    enum Kind { NUMBERS, TIMES, TEXTS }

    static Kind kind(FittedField field) {
        if (field instanceof FittedFields.Scaled || field instanceof FittedFields.Buckets
                || field instanceof FittedFields.LogSquared) {
            return Kind.NUMBERS;
        }
        if (field instanceof FittedFields.HourOfDay || field instanceof FittedFields.DayOfWeek) {
            return Kind.TIMES;
        }
        return Kind.TEXTS;
    }

    /**
     * One column of {@code values} for the field; a value that does not fit (text for a number) is missing.
     *
     * @param now the time that stands for a missing time value (the request's time)
     */
    static FrameColumn column(Kind kind, String name, Object[] values, Instant now) {
        switch (kind) {
            case NUMBERS -> {
                double[] out = new double[values.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = number(values[i]);
                }
                return new FrameColumn.Numbers(name, out);
            }
            case TIMES -> {
                long[] out = new long[values.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = time(values[i], now);
                }
                return new FrameColumn.Times(name, out);
            }
            default -> {
                String[] out = new String[values.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = text(values[i]);
                }
                return new FrameColumn.Texts(name, out);
            }
        }
    }

    static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    static long time(Object value, Instant now) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Instant.parse(s.trim()).toEpochMilli();
            } catch (DateTimeParseException e) {
                return FrameColumn.MISSING_TIME;
            }
        }
        return now.toEpochMilli();
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            double v = ((Number) value).doubleValue();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return value.toString();
    }
}
