package io.campaignlab.views.models;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.EpochReport;
import io.campaignlab.engine.models.EpochObserver;
import io.campaignlab.engine.models.TrainingOutcome;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobHandle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The training curves pane: while a run trains, its epochs as the {@link EpochObserver} reports them (handed to
 * the UI thread through {@code ui}), its progress message with an ETA, and cancel; otherwise the per-epoch metrics
 * of the run selected in the table. Never touches a node.
 */
public final class TrainingMonitorViewModel {

    /** What the empty chart says before any run. */
    public static final String IDLE = "Start a run to follow its training loss, validation loss and validation AUC"
            + " here, epoch by epoch.";
    /** What the chart says until the first epoch ends. */
    public static final String WAITING = "Reading and preparing the data; the first epoch appears when it ends.";

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final DialogService dialogs;
    private final Executor ui;
    private final ModelJobs modelJobs;

    private final ObservableList<EpochReport> epochs = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper(this, "training");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Training curves");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", IDLE);
    private final ReadOnlyIntegerWrapper maxEpochs = new ReadOnlyIntegerWrapper(this, "maxEpochs", 0);
    private final ReadOnlyIntegerWrapper bestEpoch = new ReadOnlyIntegerWrapper(this, "bestEpoch", 0);
    private JobHandle handle;
    private long liveRunId = -1;
    /** The run whose live epochs and outcome are on show after it ended, or -1. */
    private long finishedRunId = -1;
    private int generation;

    /**
     * @param ui runs a piece of work on the UI thread ({@code Platform::runLater}; the calling thread in tests)
     */
    public TrainingMonitorViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, DialogService dialogs,
                                    Executor ui, ModelJobs modelJobs) {
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.ui = ui;
        this.modelJobs = modelJobs;
    }

    /**
     * Starts a training job through the executor, so it is listed with progress, ETA and cancel.
     *
     * @param runStarted called on the UI thread with the run id when the first epoch ends
     * @param finished   called on the UI thread with the outcome
     * @param failed     called on the UI thread when it failed or was cancelled (already shown to the user)
     */
    public void start(TrainingRequest request, LongConsumer runStarted, Consumer<TrainingOutcome> finished,
                      Consumer<Throwable> failed) {
        if (training.get()) {
            return;
        }
        int run = ++generation;
        liveRunId = -1;
        finishedRunId = -1;
        epochs.clear();
        bestEpoch.set(0);
        maxEpochs.set(request.params().maxEpochs());
        training.set(true);
        progress.set(-1);
        String what = request.model().label() + " on " + request.dataset();
        title.set("Training " + what);
        message.set("Starting…");
        emptyMessage.set(WAITING);
        EpochObserver listener = (runId, report) -> ui.execute(() -> {
            if (run != generation || !training.get()) {
                return;
            }
            if (liveRunId != runId) {
                liveRunId = runId;
                title.set("Training " + what + " · run #" + runId);
                runStarted.accept(runId);
            }
            epochs.add(report);
            bestEpoch.set(best(epochs));
        });
        Job<TrainingOutcome> job = new Reporting<>(modelJobs.training(workspace.get(), request, listener), run);
        handle = executor.execute(job, outcome -> {
            if (run != generation) {
                return;
            }
            handle = null;
            finishedRunId = outcome.runId();
            epochs.setAll(outcome.epochs());
            bestEpoch.set(outcome.bestEpoch());
            progress.set(1);
            title.set("Run #" + outcome.runId() + " · " + what);
            message.set(outcomeText(outcome));
            emptyMessage.set("Run #" + outcome.runId() + " reported no epochs.");
            training.set(false);
            finished.accept(outcome);
        }, error -> {
            if (run != generation) {
                return;
            }
            handle = null;
            finishedRunId = liveRunId;
            progress.set(0);
            String which = liveRunId > 0 ? "Run #" + liveRunId : "The run";
            if (error instanceof CancelledException) {
                message.set(which + " was cancelled" + (epochs.isEmpty() ? "." : " after " + epochs.size()
                        + (epochs.size() == 1 ? " epoch." : " epochs.")));
            } else {
                message.set(which + " failed: " + error.getMessage());
                dialogs.showError("Training failed", String.valueOf(error.getMessage()), error);
            }
            emptyMessage.set(error instanceof CancelledException ? "Cancelled before the first epoch ended."
                    : "It failed before the first epoch ended.");
            training.set(false);
            failed.accept(error);
        });
        if (!training.get()) {
            handle = null;
        }
    }

    /** Cancels the run in progress (the job stops at its next check and records the run as cancelled). */
    public void cancel() {
        if (handle != null) {
            message.set("Cancelling…");
            handle.cancel();
        }
    }

    /**
     * Shows a stored run's per-epoch metrics, unless a run is training or the run is the one that just ended here
     * (its live epochs and outcome stay on show).
     */
    public void showHistory(RunRow row, RunProvenance provenance) {
        if (training.get() || row != null && row.id() == finishedRunId) {
            return;
        }
        finishedRunId = -1;
        generation++;
        if (row == null || provenance == null) {
            epochs.clear();
            bestEpoch.set(0);
            maxEpochs.set(0);
            title.set("Training curves");
            message.set("");
            emptyMessage.set(IDLE);
            progress.set(0);
            return;
        }
        List<EpochReport> history = epochsOf(provenance.metrics());
        epochs.setAll(history);
        bestEpoch.set(best(history));
        maxEpochs.set(0);
        progress.set(0);
        title.set(row.label() + " · " + row.dataset() + " · training curves");
        message.set(history.isEmpty() ? "" : row.status().id() + " · " + history.size()
                + (history.size() == 1 ? " epoch" : " epochs") + " · best epoch " + bestEpoch.get()
                + (row.valAuc() == null ? "" : " · validation AUC " + ModelFormats.auc(row.valAuc())));
        emptyMessage.set(row.label() + " stored no per-epoch metrics"
                + (row.completed() ? "." : " (" + row.status().id() + ")."));
    }

    /** Per-epoch train loss, validation loss, validation AUC, seconds and rows/s from stored metrics, by epoch. */
    static List<EpochReport> epochsOf(List<RunMetric> metrics) {
        Map<Integer, double[]> byEpoch = new TreeMap<>();
        for (RunMetric m : metrics) {
            if (m.epoch() == null) {
                continue;
            }
            int slot = m.split().equals("train") && m.name().equals("loss") ? 0
                    : m.split().equals("val") && m.name().equals("loss") ? 1
                    : m.split().equals("val") && m.name().equals("auc") ? 2
                    : m.split().equals("train") && m.name().equals("seconds") ? 3
                    : m.split().equals("train") && m.name().equals("rows_per_s") ? 4 : -1;
            if (slot >= 0) {
                byEpoch.computeIfAbsent(m.epoch(), e -> new double[]{Double.NaN, Double.NaN, Double.NaN, 0, 0})[slot] =
                        m.value();
            }
        }
        List<EpochReport> reports = new ArrayList<>();
        double bestAuc = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Integer, double[]> e : byEpoch.entrySet()) {
            double[] v = e.getValue();
            boolean best = v[2] > bestAuc;
            if (best) {
                bestAuc = v[2];
            }
            reports.add(new EpochReport(e.getKey(), v[0], v[1], v[2], v[3], v[4], best));
        }
        return reports;
    }

    /** The epoch with the highest validation AUC, or 0. */
    static int best(List<EpochReport> reports) {
        int best = 0;
        double auc = Double.NEGATIVE_INFINITY;
        for (EpochReport r : reports) {
            if (r.valAuc() > auc) {
                auc = r.valAuc();
                best = r.epoch();
            }
        }
        return best;
    }

    private static String outcomeText(TrainingOutcome outcome) {
        String test = outcome.test() == null ? "" : String.format(Locale.ROOT, "test AUC %.3f · ",
                outcome.test().auc());
        return "Run #" + outcome.runId() + " " + outcome.status().id() + ": " + test + "best epoch "
                + outcome.bestEpoch() + " of " + outcome.epochs().size() + " · " + ModelFormats.duration(
                outcome.seconds()) + " on " + outcome.device().replace("()", "");
    }

    /** Hands the job's progress and messages to the UI thread, at most one update in flight at a time. */
    private final class Reporting<T> implements Job<T> {
        private final Job<T> job;
        private final int run;

        Reporting(Job<T> job, int run) {
            this.job = job;
            this.run = run;
        }

        @Override
        public String kind() {
            return job.kind();
        }

        @Override
        public String title() {
            return job.title();
        }

        @Override
        public T run(ProgressListener listener, CancellationToken cancel) throws Exception {
            long started = System.nanoTime();
            AtomicBoolean pending = new AtomicBoolean();
            double[] fraction = {-1};
            String[] text = {""};
            return job.run(new ProgressListener() {
                @Override
                public void progress(long done, long total) {
                    listener.progress(done, total);
                    synchronized (text) {
                        fraction[0] = total > 0 ? (double) done / total : -1;
                    }
                    post();
                }

                @Override
                public void message(String line) {
                    listener.message(line);
                    synchronized (text) {
                        text[0] = line;
                    }
                    post();
                }

                private void post() {
                    if (!pending.compareAndSet(false, true)) {
                        return;
                    }
                    ui.execute(() -> {
                        pending.set(false);
                        double f;
                        String line;
                        synchronized (text) {
                            f = fraction[0];
                            line = text[0];
                        }
                        if (run != generation || !training.get()) {
                            return;
                        }
                        double elapsed = (System.nanoTime() - started) / 1e9;
                        String eta = f > 0.01 && f < 1 ? " · ETA " + ModelFormats.duration(elapsed * (1 - f) / f)
                                : "";
                        progress.set(f);
                        message.set(line + eta);
                    });
                }
            }, cancel);
        }
    }

    /** The run the last training recorded, or -1 when it ended before its first epoch. */
    public long lastRunId() {
        return liveRunId;
    }

    /** The epochs shown: live ones while training, else the selected run's. */
    public ObservableList<EpochReport> epochs() {
        return epochs;
    }

    public ReadOnlyBooleanProperty trainingProperty() {
        return training.getReadOnlyProperty();
    }

    /** What the curves belong to. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The job's progress line with an ETA while training; the outcome or the run's summary after. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the chart says while it has no epoch to draw. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** The planned number of epochs while training (the x axis spans them), else 0. */
    public ReadOnlyIntegerProperty maxEpochsProperty() {
        return maxEpochs.getReadOnlyProperty();
    }

    /** The epoch with the best validation AUC so far, or 0. */
    public ReadOnlyIntegerProperty bestEpochProperty() {
        return bestEpoch.getReadOnlyProperty();
    }
}
