package io.campaignlab.views.explain;

import io.campaignlab.engine.explain.AudienceComparison;
import io.campaignlab.engine.explain.ExplainReport;
import io.campaignlab.engine.explain.RowExplanation;
import io.campaignlab.engine.explain.WhatIfResult;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.testing.FakeWorkspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The explain job and sessions, faked: the job stores a hand-built report (with progress messages), sessions answer
 * from {@link ExplainFixtures}. Counts what was asked, and remembers every session so tests can see it closed.
 */
final class FakeExplainJobs implements ExplainJobs {

    final AtomicInteger explainJobs = new AtomicInteger();
    final List<FakeSession> sessions = new ArrayList<>();

    @Override
    public Job<ExplainReport> explain(WorkspaceContext workspace, long runId) {
        explainJobs.incrementAndGet();
        return Job.of("explain", "Explain run " + runId, (progress, cancel) -> {
            FakeWorkspace.requireWorkerThread();
            progress.message("Permutation importance per field");
            progress.progress(1, 2);
            cancel.throwIfCancelled();
            ExplainReport report = ExplainFixtures.report(runId, true);
            workspace.runs().saveReport(new RunReport(runId, ExplainReport.KIND, "", Instant.now(),
                    ReportJson.write(report)));
            progress.progress(2, 2);
            return report;
        });
    }

    @Override
    public synchronized RowExplainer open(WorkspaceContext workspace, long runId, ProgressListener progress,
                                          CancellationToken cancel) {
        FakeWorkspace.requireWorkerThread();
        FakeSession session = new FakeSession(runId);
        sessions.add(session);
        return session;
    }

    /** One run's session. */
    static final class FakeSession implements RowExplainer {
        final long runId;
        volatile boolean closed;
        final AtomicInteger calls = new AtomicInteger();

        FakeSession(long runId) {
            this.runId = runId;
        }

        @Override
        public List<String> columns() {
            return ExplainFixtures.example().columns();
        }

        @Override
        public RowExplanation explain(long rowId) {
            check();
            if (rowId < 0) {
                throw new IllegalArgumentException("the run's dataset impressions has no row " + rowId);
            }
            return ExplainFixtures.row(rowId);
        }

        @Override
        public WhatIfResult whatIf(long rowId, String column, String newValue) {
            check();
            return ExplainFixtures.whatIf(ExplainFixtures.row(rowId), column, newValue);
        }

        /** User "u42" has rows up to 4242, the latest; no other user has a row. */
        @Override
        public long latestRowOf(String user, CancellationToken cancel) {
            check();
            if (!user.equals("u42")) {
                throw new IllegalArgumentException("user '" + user + "' has no row in 'impressions'");
            }
            return 4242;
        }

        @Override
        public long[] topValidationRows(int k) {
            check();
            long[] rows = new long[k];
            for (int i = 0; i < k; i++) {
                rows[i] = 900 + i;
            }
            return rows;
        }

        @Override
        public AudienceComparison audience(long[] rowIds, int sampleRows, ProgressListener progress,
                                           CancellationToken cancel) {
            check();
            return ExplainFixtures.audience(rowIds.length);
        }

        private void check() {
            FakeWorkspace.requireWorkerThread();
            if (closed) {
                throw new IllegalStateException("the session is closed");
            }
            calls.incrementAndGet();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
