package io.campaignlab.views.explain;

import io.campaignlab.engine.explain.AudienceComparison;
import io.campaignlab.engine.explain.ExplainJob;
import io.campaignlab.engine.explain.ExplainReport;
import io.campaignlab.engine.explain.ExplainSession;
import io.campaignlab.engine.explain.importance.PermutationSpec;
import io.campaignlab.engine.explain.RowExplanation;
import io.campaignlab.engine.explain.ShapleySpec;
import io.campaignlab.engine.explain.UserRows;
import io.campaignlab.engine.explain.WhatIfResult;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.List;

/** Makes what the Explain section runs: the engine's explain job and sessions, or fakes in view tests. */
public interface ExplainJobs {

    /** {@link ExplainJob} with the default permutation and Shapley settings; {@link ExplainSession} for rows. */
    ExplainJobs ENGINE = new ExplainJobs() {
        @Override
        public Job<ExplainReport> explain(WorkspaceContext workspace, long runId) {
            return new ExplainJob(workspace, runId, PermutationSpec.defaults(), ShapleySpec.defaults());
        }

        @Override
        public RowExplainer open(WorkspaceContext workspace, long runId, ProgressListener progress,
                                 CancellationToken cancel) {
            ExplainSession session = ExplainSession.open(workspace, runId, ShapleySpec.defaults(), progress, cancel);
            return new RowExplainer() {
                @Override
                public List<String> columns() {
                    return session.columns();
                }

                @Override
                public RowExplanation explain(long rowId) {
                    return session.explain(rowId);
                }

                @Override
                public WhatIfResult whatIf(long rowId, String column, String newValue) {
                    return session.whatIf(rowId, column, newValue);
                }

                @Override
                public long latestRowOf(String user, CancellationToken cancel) {
                    return UserRows.latest(workspace, runId, user, cancel).rowId();
                }

                @Override
                public long[] topValidationRows(int k) {
                    return session.topValidationRows(k);
                }

                @Override
                public AudienceComparison audience(long[] rowIds, int sampleRows, ProgressListener progress,
                                                   CancellationToken cancel) {
                    return session.audience(rowIds, sampleRows, progress, cancel);
                }

                @Override
                public void close() {
                    session.close();
                }
            };
        }
    };

    /** Computes a run's global explanation and stores it with the run. */
    Job<ExplainReport> explain(WorkspaceContext workspace, long runId);

    /** Loads a run's model and data for local explanations (heavy: call it from a job). */
    RowExplainer open(WorkspaceContext workspace, long runId, ProgressListener progress, CancellationToken cancel);
}
