package io.campaignlab.views.experiments;

import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.engine.uplift.UpliftJob;
import io.campaignlab.engine.uplift.UpliftResult;
import io.campaignlab.engine.uplift.UpliftSpec;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.List;
import java.util.Optional;

/**
 * What the uplift tab asks of the engine: the fitting job, and the newest uplift result kept with a run. The engine's
 * in the app; a fake in view tests.
 */
public interface UpliftJobs {

    UpliftJobs ENGINE = new UpliftJobs() {
        @Override
        public Job<UpliftResult> fit(WorkspaceContext workspace, UpliftSpec spec) {
            return new UpliftJob(workspace, spec);
        }

        @Override
        public Optional<UpliftResult> newest(WorkspaceContext workspace) {
            return newestStored(workspace);
        }
    };

    Job<UpliftResult> fit(WorkspaceContext workspace, UpliftSpec spec);

    /** The newest completed uplift run's result, if any. Call it on a worker thread. */
    Optional<UpliftResult> newest(WorkspaceContext workspace);

    /** The newest completed run of an uplift kind with a stored result, read from the run repository. */
    static Optional<UpliftResult> newestStored(WorkspaceContext workspace) {
        List<RunRecord> runs = workspace.runs().list().stream()
                .filter(r -> r.status() == RunStatus.COMPLETED && r.spec().modelKind() != null
                        && r.spec().modelKind().startsWith("uplift-"))
                .sorted((a, b) -> Long.compare(b.id(), a.id())).toList();
        for (RunRecord run : runs) {
            List<RunReport> reports = workspace.runs().reports(run.id(), UpliftResult.KIND);
            if (!reports.isEmpty()) {
                return Optional.of(ReportJson.read(reports.get(0).json(), UpliftResult.class));
            }
        }
        return Optional.empty();
    }
}
