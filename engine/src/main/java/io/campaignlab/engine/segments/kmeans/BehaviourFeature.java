package io.campaignlab.engine.segments.kmeans;

import io.campaignlab.engine.segments.customers.CustomerTable;

import java.util.Locale;

/** A per-customer aggregate that k-means can cluster on. */
public enum BehaviourFeature {
    RECENCY("recency_days"),
    FREQUENCY("frequency"),
    MONETARY("monetary"),
    TENURE("tenure_days");

    private final String id;

    BehaviourFeature(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public double value(CustomerTable customers, int i) {
        switch (this) {
            case RECENCY:
                return customers.recencyDays()[i];
            case FREQUENCY:
                return customers.frequency()[i];
            case MONETARY:
                return customers.monetary()[i];
            default:
                return customers.tenureDays()[i];
        }
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
}
