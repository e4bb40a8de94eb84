package io.campaignlab.engine.evaluation;

/** How a reliability curve splits the probability range into bins. */
public enum CalibrationBinning {
    /** B bins of width 1/B over [0, 1]; the last bin also holds 1.0; bins may be empty. */
    EQUAL_WIDTH,
    /** Up to B bins holding about N/B rows each, split at score quantiles; tied scores never straddle bins. */
    EQUAL_FREQUENCY
}
