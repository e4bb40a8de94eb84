package io.campaignlab.views.jobs;

import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.views.common.DialogService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One job slot of a view model: the job running in it (at most one), whether it runs, its progress, its last message
 * and the time it still needs, and cancel. Progress and the result of a job that was replaced are dropped. A failure
 * (not a cancel) is logged once: here, or by the dialog that shows it when the slot has one. The view model says
 * how the job ended in its own words. Use it on the UI thread.
 */
public final class JobSlot {

    private static final Logger LOG = LoggerFactory.getLogger(JobSlot.class);

    private final JobExecutor executor;
    private final Executor ui;
    private final DialogService dialogs;
    private final String failureTitle;
    private final Function<Throwable, String> wording;
    private final Latest latest = new Latest();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper(this, "eta", "");
    private JobHandle handle;

    /**
     * @param ui runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     */
    public JobSlot(JobExecutor executor, Executor ui) {
        this(executor, ui, null, null);
    }

    /**
     * A slot whose failures (not cancels) are also shown in a dialog, which logs them, under this title.
     *
     * @param ui runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     */
    public JobSlot(JobExecutor executor, Executor ui, DialogService dialogs, String failureTitle) {
        this(executor, ui, dialogs, failureTitle, error -> String.valueOf(error.getMessage()));
    }

    /**
     * A slot whose failures (not cancels) are shown in a dialog, which logs them, under this title and in these
     * words.
     *
     * @param ui      runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     * @param wording the sentence the dialog shows for a failure
     */
    public JobSlot(JobExecutor executor, Executor ui, DialogService dialogs, String failureTitle,
                   Function<Throwable, String> wording) {
        this.executor = executor;
        this.ui = ui;
        this.dialogs = dialogs;
        this.failureTitle = failureTitle;
        this.wording = wording;
    }

    /**
     * Starts a job unless one is running.
     *
     * @param text   what the slot says until the job reports
     * @param done   called on the UI thread with the result, once the job has ended, just before {@code running}
     *               turns false
     * @param failed called on the UI thread with the failure or a {@link CancelledException}, likewise (a failure
     *               already logged)
     * @return whether it started
     */
    public <T> boolean start(Job<T> job, String text, Consumer<T> done, Consumer<Throwable> failed) {
        if (running.get()) {
            return false;
        }
        launch(job, text, done, failed);
        return true;
    }

    /** Cancels the job running, if any, drops whatever it still reports, and starts this one. */
    public <T> void replace(Job<T> job, String text, Consumer<T> done, Consumer<Throwable> failed) {
        if (handle != null) {
            handle.cancel();
            handle = null;
        }
        launch(job, text, done, failed);
    }

    private <T> void launch(Job<T> job, String text, Consumer<T> done, Consumer<Throwable> failed) {
        Latest.Ticket ticket = latest.next();
        running.set(true);
        progress.set(-1);
        eta.set("");
        message.set(text);
        Job<T> reporting = UiProgress.reporting(job, ui, ticket.ifCurrent(this::report));
        JobHandle started = executor.execute(reporting, ticket.ifCurrent(result -> {
            ending();
            try {
                done.accept(result);
            } finally {
                running.set(false);
            }
        }), ticket.ifCurrent(error -> {
            ending();
            try {
                failed.accept(error);
                if (!(error instanceof CancelledException)) {
                    reportFailure(job.title(), error);
                }
            } finally {
                running.set(false);
            }
        }));
        if (ticket.isCurrent() && running.get()) {
            handle = started;
        }
    }

    /** Logs a failure once: through the dialog that shows it, else here. */
    private void reportFailure(String title, Throwable error) {
        if (dialogs != null) {
            dialogs.showError(failureTitle, wording.apply(error), error);
        } else {
            LOG.warn("Job '{}' failed", title, error);
        }
    }

    private void report(UiProgress.Update update) {
        if (!running.get()) {
            return;
        }
        progress.set(update.fraction());
        eta.set(update.eta());
        if (!update.line().isEmpty()) {
            message.set(update.line());
        }
    }

    /**
     * The job has ended: no handle, no progress. {@code running} turns false only after the callback, so whoever
     * watches it sees the job's outcome already said.
     */
    private void ending() {
        handle = null;
        progress.set(0);
        eta.set("");
    }

    /**
     * Cancels the job running; it stops at its next check, and the failure callback gets the cancel (at once, with
     * an executor that reports a cancel before the job stops: so "Cancelling…" is said first).
     */
    public void cancel() {
        if (handle != null) {
            message.set("Cancelling…");
            handle.cancel();
        }
    }

    /** Says something in the slot's message: why a job cannot start, or what one that ended did. */
    public void say(String text) {
        message.set(text);
    }

    /** Shows a fraction and a message: a finished job's outcome (from its callback), or an idle slot. */
    public void show(double fraction, String text) {
        progress.set(fraction);
        message.set(text);
    }

    /** Whether a job runs in the slot. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The running job's progress, 0 to 1, or -1 while unknown; 0 when none runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the job is doing, or how it ended. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The time the running job still needs ({@code 3m 05s}); empty while unknown or when none runs. */
    public ReadOnlyStringProperty etaProperty() {
        return eta.getReadOnlyProperty();
    }
}
