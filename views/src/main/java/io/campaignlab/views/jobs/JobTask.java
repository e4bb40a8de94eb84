package io.campaignlab.views.jobs;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.JobRunner;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.views.common.Formats;
import javafx.concurrent.Task;

/**
 * An engine {@link Job} as a JavaFX {@link Task}: progress and messages are forwarded with an ETA, and cancel
 * reaches the job's {@link CancellationToken}. The job's history row is written by the {@link JobRunner}.
 */
public final class JobTask<T> extends Task<T> {

    private final Job<T> job;
    private final JobRunner runner;
    private final CancellationToken token = new CancellationToken();

    JobTask(Job<T> job, JobRunner runner) {
        this.job = job;
        this.runner = runner;
        updateTitle(job.title());
        updateMessage("waiting to start");
    }

    /** The job's last message, without the ETA. */
    private volatile String lastText = "";
    private volatile double seconds = Double.NaN;

    @Override
    protected T call() throws Exception {
        long started = System.nanoTime();
        updateMessage("starting");
        try {
            return run(started);
        } finally {
            seconds = (System.nanoTime() - started) / 1e9;
        }
    }

    private T run(long started) throws Exception {
        return runner.run(job, new ProgressListener() {
            private volatile String text = "";
            private volatile double fraction = -1;

            @Override
            public void progress(long done, long total) {
                updateProgress(done, total);
                fraction = total > 0 ? (double) done / total : -1;
                show();
            }

            @Override
            public void message(String message) {
                text = message;
                lastText = message;
                show();
            }

            private void show() {
                String eta = Formats.eta((System.nanoTime() - started) / 1e9, fraction);
                updateMessage(eta.isEmpty() ? text : text + " · ETA " + eta);
            }
        }, token);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        token.cancel();
        return super.cancel(false);
    }

    /**
     * What the finished jobs list shows for a job that completed: its last message, without the ETA that was
     * meaningful only while it ran, and how long it took.
     */
    String summary() {
        String took = Double.isNaN(seconds) ? "" : "took " + Formats.duration(seconds);
        return lastText == null || lastText.isBlank() ? took : took.isEmpty() ? lastText : lastText + " · " + took;
    }

    public String kind() {
        return job.kind();
    }
}
