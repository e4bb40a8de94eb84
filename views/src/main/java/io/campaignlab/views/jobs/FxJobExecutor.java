package io.campaignlab.views.jobs;

import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.JobRunner;
import io.campaignlab.engine.jobs.JobStatus;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs jobs on a small pool of daemon worker threads as {@link JobTask}s. Running tasks are listed for the jobs
 * panel; finished ones move to a history list with their outcome (a failure with its stack trace). A failure is not
 * logged here: whoever handles it logs it once (a {@link JobSlot}, or the dialog that shows it). Call it from the
 * JavaFX thread.
 */
public final class FxJobExecutor implements JobExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxJobExecutor.class);

    private final Supplier<JobRunner> runner;
    private final ExecutorService jobs;
    private final ExecutorService io;
    private final ObservableList<JobTask<?>> running = FXCollections.observableArrayList();
    private final ObservableList<JobEntry> finished = FXCollections.observableArrayList();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;

    public FxJobExecutor(Supplier<JobRunner> runner) {
        this.runner = runner;
        this.jobs = Executors.newFixedThreadPool(2, daemonThreads("campaign-lab-job-"));
        this.io = Executors.newFixedThreadPool(2, daemonThreads("campaign-lab-io-"));
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <T> JobHandle execute(Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (closed) {
            LOG.debug("Job '{}' not started: the workbench is closing", job.title());
            return () -> { };
        }
        JobTask<T> task = new JobTask<>(job, runner.get());
        // Released once, by whichever end handler runs: a listener on the running property can fire before the
        // task's state says it is done, which left the count up and isIdle() false for good.
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        };
        task.setOnSucceeded(e -> {
            try {
                finish(task, JobStatus.COMPLETED, task.summary(), null);
                onSuccess.accept(task.getValue());
            } finally {
                release.run();
            }
        });
        task.setOnFailed(e -> {
            try {
                Throwable error = task.getException();
                boolean cancelled = error instanceof CancelledException;
                finish(task, cancelled ? JobStatus.CANCELLED : JobStatus.FAILED, String.valueOf(error.getMessage()),
                        cancelled ? null : stackTrace(error));
                onFailure.accept(error);
            } finally {
                release.run();
            }
        });
        task.setOnCancelled(e -> {
            try {
                finish(task, JobStatus.CANCELLED, "cancelled by the user", null);
                onFailure.accept(new CancelledException());
            } finally {
                release.run();
            }
        });
        running.add(task);
        inFlight.incrementAndGet();
        jobs.submit(task);
        return () -> task.cancel(false);
    }

    @Override
    public <T> void background(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (closed) {
            LOG.debug("Background work not started: the workbench is closing");
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            try {
                onSuccess.accept(task.getValue());
            } finally {
                inFlight.decrementAndGet();
            }
        });
        task.setOnFailed(e -> {
            try {
                LOG.debug("Background work failed (its caller handles it)", task.getException());
                onFailure.accept(task.getException());
            } finally {
                inFlight.decrementAndGet();
            }
        });
        inFlight.incrementAndGet();
        io.submit(task);
    }

    private void finish(JobTask<?> task, JobStatus status, String message, String details) {
        running.remove(task);
        finished.add(0, new JobEntry(task.getTitle(), status, message, details, Instant.now()));
    }

    /** Tasks now running, for a {@code TaskProgressView}. */
    public ObservableList<JobTask<?>> running() {
        return running;
    }

    /** Jobs that ended in this session, newest first. */
    public ObservableList<JobEntry> finished() {
        return finished;
    }

    /** True when no job and no background work is in flight (for snapshots and tests). */
    public boolean isIdle() {
        return inFlight.get() == 0;
    }

    public IntegerBinding runningCount() {
        return Bindings.size(running);
    }

    static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** Cancels what is running and stops the worker threads. */
    @Override
    public void close() {
        closed = true;
        if (Platform.isFxApplicationThread()) {
            List.copyOf(running).forEach(t -> t.cancel(false));
        }
        jobs.shutdownNow();
        io.shutdownNow();
    }
}
