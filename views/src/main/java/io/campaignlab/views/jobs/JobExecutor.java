package io.campaignlab.views.jobs;

import io.campaignlab.engine.jobs.Job;

import java.util.function.Consumer;

/**
 * Runs engine jobs away from the JavaFX thread and calls back on it. The GUI uses {@link FxJobExecutor}; view
 * model tests use {@link ImmediateJobExecutor}, which runs everything on the calling thread.
 */
public interface JobExecutor {

    /**
     * Starts a job recorded in the job history of the open workspace.
     *
     * @param onSuccess called with the result on the UI thread
     * @param onFailure called with the failure (also a cancel) on the UI thread
     */
    <T> JobHandle execute(Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs a short piece of background I/O that is not worth a job-history row (a page of rows, a list), and
     * calls back on the UI thread.
     */
    <T> void background(java.util.concurrent.Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
