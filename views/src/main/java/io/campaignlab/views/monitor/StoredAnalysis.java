package io.campaignlab.views.monitor;

import io.campaignlab.engine.monitor.DriftAnalysis;
import io.campaignlab.engine.monitor.DriftStatus;

import java.time.Instant;

/**
 * A drift analysis kept with a run, read and ready to show.
 *
 * @param key       what the training rows were compared with, e.g. {@code impressions 2026-01-22..2026-01-28}
 * @param createdAt when it was computed
 * @param analysis  the analysis
 */
public record StoredAnalysis(String key, Instant createdAt, DriftAnalysis analysis) {

    /** Features flagged. */
    public int alerts() {
        return analysis.report().features(DriftStatus.ALERT).size();
    }

    /** Features with a warning. */
    public int warnings() {
        return analysis.report().features(DriftStatus.WARN).size();
    }
}
