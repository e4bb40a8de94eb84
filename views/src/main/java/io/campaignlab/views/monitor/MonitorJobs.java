package io.campaignlab.views.monitor;

import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.monitor.DriftAnalysis;
import io.campaignlab.engine.monitor.DriftAnalysisJob;
import io.campaignlab.engine.workspace.WorkspaceContext;

/** Makes the drift job the Monitor section starts: the engine's, or a fake in view tests. */
public interface MonitorJobs {

    /** The engine's {@link DriftAnalysisJob}, which stores its analysis with the run. */
    MonitorJobs ENGINE = DriftAnalysisJob::new;

    Job<DriftAnalysis> drift(WorkspaceContext workspace, long runId, DriftAnalysisJob.Current current);
}
