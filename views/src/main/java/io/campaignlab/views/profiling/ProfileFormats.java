package io.campaignlab.views.profiling;

import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.profiling.ColumnProfile;
import io.campaignlab.engine.profiling.ValueCount;
import io.campaignlab.views.common.Formats;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the cells of the profile table read: "~12,300" for estimates, times as dates, short top-value lists. */
public final class ProfileFormats {

    private static final int TOP_SHOWN = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private ProfileFormats() {
    }

    /** Distinct values, with "~" in front of an estimate. */
    public static String distinct(ColumnProfile column) {
        return (column.distinctExact() ? "" : "~") + Formats.count(column.distinct());
    }

    /** Empty values, with their share: "12 (0.4%)". */
    public static String nulls(ColumnProfile column) {
        if (column.nulls() == 0 || column.count() == 0) {
            return Formats.count(column.nulls());
        }
        return Formats.count(column.nulls()) + String.format(Locale.ROOT, " (%.1f%%)", 100.0 * column.nulls()
                / column.count());
    }

    public static String min(ColumnProfile column) {
        return bound(column, column.min(), column.minText());
    }

    public static String max(ColumnProfile column) {
        return bound(column, column.max(), column.maxText());
    }

    /** The mean of numbers, or the share of true for booleans. */
    public static String mean(ColumnProfile column) {
        if (column.mean() == null) {
            return "";
        }
        if (column.type() == ColumnType.BOOLEAN) {
            return String.format(Locale.ROOT, "%.1f%% true", 100 * column.mean());
        }
        return number(column.mean());
    }

    public static String std(ColumnProfile column) {
        return column.std() == null ? "" : number(column.std());
    }

    /** The most frequent values: "mobile (12.3k), web (4.1k), …". */
    public static String topValues(ColumnProfile column) {
        String shown = column.topValues().stream().limit(TOP_SHOWN)
                .map(v -> label(v) + " (" + Formats.compact(v.count()) + ")")
                .collect(Collectors.joining(", "));
        return column.topValues().size() > TOP_SHOWN ? shown + ", …" : shown;
    }

    /** A time given in epoch seconds (UTC), as the profile stores it. */
    public static String epochSeconds(double seconds) {
        return TIME.format(Instant.ofEpochSecond((long) Math.floor(seconds)));
    }

    /** Four significant digits, without exponent for ordinary magnitudes: 12.35, 0.001234, 1234567. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e15 || magnitude < 1e-4) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(magnitude)));
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    public static String label(ValueCount value) {
        return value.value() == null ? "(empty)" : value.value();
    }

    private static String bound(ColumnProfile column, Double number, String text) {
        return switch (column.type()) {
            case INTEGER, DECIMAL -> number == null ? "" : number(number);
            case TIMESTAMP -> number == null ? "" : epochSeconds(number);
            case BOOLEAN -> "";
            case CATEGORY, TEXT -> text == null ? "" : text;
        };
    }
}
