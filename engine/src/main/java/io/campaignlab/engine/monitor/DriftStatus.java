package io.campaignlab.engine.monitor;

/**
 * The verdict on one column's drift, by the rules of {@link DriftSettings}.
 */
public enum DriftStatus {
    /** The Evidently rule flags drift: p &lt; 0.05 (KS, χ²) or distance ≥ 0.1 (normed Wasserstein, Jensen–Shannon). */
    ALERT,
    /** Not flagged, but PSI ≥ 0.1 or the drift score is at least half way to the alert line. */
    WARN,
    /** Neither. */
    OK,
    /** Not tested: a side has no values; the row's note says why. */
    SKIPPED
}
