package io.campaignlab.engine.segments.kmeans;

import io.campaignlab.engine.segments.customers.CustomerTable;

import java.util.Locale;

/** A per-customer aggregate that k-means can cluster on. */
public enum BehaviourFeature {
    RECENCY("recency_days", (customers, i) -> customers.recencyDays()[i]),
    FREQUENCY("frequency", (customers, i) -> customers.frequency()[i]),
    MONETARY("monetary", (customers, i) -> customers.monetary()[i]),
    TENURE("tenure_days", (customers, i) -> customers.tenureDays()[i]);

    private final String id;
    private final Column column;

    BehaviourFeature(String id, Column column) {
        this.id = id;
        this.column = column;
    }

    public String id() {
        return id;
    }

    /** The feature's value for customer {@code i} of the table. */
    public double value(CustomerTable customers, int i) {
        return column.at(customers, i);
    }

    public static BehaviourFeature parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (BehaviourFeature f : values()) {
            if (f.id.equals(key) || f.name().toLowerCase(Locale.ROOT).equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown behaviour feature '" + text
                + "'; expected recency, frequency, monetary or tenure");
    }

    /** Where a feature's values stand in a {@link CustomerTable}. */
    @FunctionalInterface
    private interface Column {
        double at(CustomerTable customers, int i);
    }
}
