package io.campaignlab.engine.monitor;

/**
 * A run's drift report with the current sample's performance over time, as stored with the run.
 *
 * @param runId    the run
 * @param current  what was compared with the training rows, e.g. {@code impressions 2026-01-22..2026-01-28} or
 *                 {@code dataset impressions_march}
 * @param report   feature and score drift, most drifted first
 * @param timeline the current sample's score and (when labelled) performance by day
 * @param performance the current sample's AUC and calibration against the run's test evaluation; null without
 *                    labels (or in analyses stored before it existed)
 */
public record DriftAnalysis(long runId, String current, DriftReport report, PerformanceTimeline timeline,
                            PerformanceDrift performance) {

    /** An analysis without performance drift. */
    public DriftAnalysis(long runId, String current, DriftReport report, PerformanceTimeline timeline) {
        this(runId, current, report, timeline, null);
    }

    /** The report kind under which drift analyses are stored with a run. */
    public static final String KIND = "drift";
}
