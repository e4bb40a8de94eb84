package io.campaignlab.views.explain;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.Latest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Holds at most one {@link RowExplainer} open, for the selected run: opened by a job the first time a local
 * explanation is asked for, reused after that, and closed (in the background) when the run or the workspace
 * changes. Work asked for while it opens waits for it. Results of work for a run no longer selected are dropped.
 * Used on the UI thread only.
 */
final class ExplainSessions {

    private static final Logger LOG = LoggerFactory.getLogger(ExplainSessions.class);

    /** Work on the open session, on a worker thread. */
    interface Work<T> {
        T run(RowExplainer session, ProgressListener progress, CancellationToken cancel) throws Exception;
    }

    private record Waiting(Consumer<RowExplainer> then, Consumer<Throwable> failed) {
    }

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final ExplainJobs jobs;
    private final List<Waiting> waiting = new ArrayList<>();
    private long runId = -1;
    private RowExplainer session;
    private boolean opening;
    private final Latest latest = new Latest();

    ExplainSessions(Supplier<WorkspaceContext> workspace, JobExecutor executor, ExplainJobs jobs) {
        this.workspace = workspace;
        this.executor = executor;
        this.jobs = jobs;
    }

    /**
     * Runs work on the run's session as a job, opening the session first when needed.
     *
     * @param ok     called with the result on the UI thread, unless the run changed meanwhile
     * @param failed called with the failure (also of opening, and a cancel) on the UI thread, likewise
     */
    <T> void run(long run, String runLabel, String title, Work<T> work, Consumer<T> ok, Consumer<Throwable> failed) {
        if (run != runId) {
            close();
            runId = run;
        }
        Latest.Ticket asked = latest.current();
        use(run, runLabel, session -> executor.execute(Job.of("explain", title,
                        (progress, cancel) -> work.run(session, progress, cancel)),
                asked.ifCurrent(ok), asked.ifCurrent(failed)), failed);
    }

    private void use(long run, String runLabel, Consumer<RowExplainer> then, Consumer<Throwable> failed) {
        if (run == runId && session != null) {
            then.accept(session);
            return;
        }
        waiting.add(new Waiting(then, failed));
        if (opening) {
            return;
        }
        opening = true;
        Latest.Ticket opened = latest.current();
        WorkspaceContext ws = workspace.get();
        executor.execute(Job.of("explain", "Load run " + runLabel + " for explanations",
                (progress, cancel) -> jobs.open(ws, run, progress, cancel)), session -> {
            if (!opened.isCurrent()) {
                closeQuietly(session);
                return;
            }
            opening = false;
            this.session = session;
            List<Waiting> ready = List.copyOf(waiting);
            waiting.clear();
            ready.forEach(w -> w.then().accept(session));
        }, opened.ifCurrent(error -> {
            opening = false;
            runId = -1;
            List<Waiting> lost = List.copyOf(waiting);
            waiting.clear();
            lost.forEach(w -> w.failed().accept(error));
        }));
    }

    /** Whether a session is open (for tests). */
    boolean isOpen() {
        return session != null;
    }

    /** The run whose session is open or opening, or -1. */
    long runId() {
        return runId;
    }

    /** Forgets the session and closes it in the background; results still on their way are dropped. */
    void close() {
        latest.invalidate();
        opening = false;
        waiting.clear();
        runId = -1;
        RowExplainer open = session;
        session = null;
        if (open != null) {
            closeQuietly(open);
        }
    }

    private void closeQuietly(RowExplainer open) {
        executor.background(() -> {
            open.close();
            return null;
        }, ignored -> { }, error -> LOG.warn("Could not close an explanation session", error));
    }
}
