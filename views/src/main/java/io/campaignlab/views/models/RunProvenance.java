package io.campaignlab.views.models;

import io.campaignlab.engine.runs.RunArtifact;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;

import java.util.List;

/**
 * Where one run came from and what it left: the record as stored now, every metric, and its artifacts.
 *
 * @param record    the run as read for this panel
 * @param metrics   per-epoch and final metrics, in the order recorded
 * @param artifacts the files it saved
 */
public record RunProvenance(RunRecord record, List<RunMetric> metrics, List<RunArtifact> artifacts) {

    public RunProvenance {
        metrics = List.copyOf(metrics);
        artifacts = List.copyOf(artifacts);
    }
}
