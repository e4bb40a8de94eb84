package io.campaignlab.engine.datasets;

import java.util.Locale;

/** What a dataset holds, so that later features find the right data. */
public enum DatasetKind {
    /** A behaviour log: views, clicks, carts, purchases. */
    EVENTS,
    /** Invoice lines. */
    TRANSACTIONS,
    /** One row per randomised unit, with a group column and outcomes. */
    EXPERIMENT,
    /** Shown items with a click label. */
    IMPRESSIONS,
    /** User-item ratings. */
    RATINGS,
    /** Anything else: users, items, lookups. */
    TABLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatasetKind parse(String text) {
        for (DatasetKind kind : values()) {
            if (kind.id().equalsIgnoreCase(text.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown dataset kind '" + text + "'; expected one of " + ids());
    }

    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (DatasetKind kind : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(kind.id());
        }
        return sb.toString();
    }
}
