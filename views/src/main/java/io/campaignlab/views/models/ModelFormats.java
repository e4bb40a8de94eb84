package io.campaignlab.views.models;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the Models section writes metrics, times and stored JSON. */
public final class ModelFormats {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private ModelFormats() {
    }

    /** An AUC or other rate: 0.781; empty for none. */
    public static String auc(Double value) {
        return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** A loss or calibration error: 0.2134; empty for none. */
    public static String loss(Double value) {
        return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** Seconds with one decimal: 83.2. */
    public static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Mar 1 09:30 in the local zone, as the jobs panel writes times; empty for none. */
    public static String started(Instant at) {
        return at == null ? "" : STARTED.format(at);
    }

    /** 2025-03-01 09:30:12 in the local zone; empty for none. */
    public static String exact(Instant at) {
        return at == null ? "" : EXACT.format(at);
    }
}
