package io.campaignlab.engine.monitor;

/** What a drift row compares. */
public enum DriftKind {
    /** A numeric column (or a model score): KS or normed Wasserstein, PSI on the reference's quantile bins. */
    NUMERIC,
    /** A text or category column: χ² or Jensen–Shannon, PSI per category. */
    CATEGORICAL,
    /** The hour of day (0–23, UTC of the stored local time) of a time column, compared as a category. */
    HOUR_OF_DAY,
    /** The day of week (Monday first) of a time column, compared as a category. */
    DAY_OF_WEEK
}
