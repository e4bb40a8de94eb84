package io.campaignlab.engine.runs;

import io.campaignlab.engine.jobs.CancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How a recorded run ends when its job does not complete: cancelled by the user, or failed with the reason. */
public final class RunEnds {

    private static final Logger LOG = LoggerFactory.getLogger(RunEnds.class);

    private RunEnds() {
    }

    /** Marks the run cancelled (a {@link CancelledException}) or failed with the throwable's message. */
    public static void abruptly(RunRepository runs, long runId, Throwable e) {
        if (e instanceof CancelledException) {
            runs.finish(runId, RunStatus.CANCELLED, "cancelled by the user");
            return;
        }
        LOG.info("Run {} failed", runId, e);
        runs.finish(runId, RunStatus.FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
