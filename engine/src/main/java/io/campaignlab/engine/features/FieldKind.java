package io.campaignlab.engine.features;

/** How a column becomes model input. */
public enum FieldKind {
    /** One value per row, looked up in a vocabulary or hashed into buckets. */
    CATEGORICAL,
    /** A number, transformed and either kept as a scaled value or cut into quantile buckets. */
    NUMERIC,
    /** A time, split into an hour-of-day and a day-of-week field. */
    TIMESTAMP,
    /** A list of values separated by {@code |} (for example a user's last categories), pooled by mean. */
    MULTI_VALUED
}
