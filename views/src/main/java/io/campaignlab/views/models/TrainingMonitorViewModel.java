package io.campaignlab.views.models;

import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.models.EpochReport;
import io.campaignlab.engine.models.EpochObserver;
import io.campaignlab.engine.models.TrainingOutcome;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.models.search.CtrTuning;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.common.Formats;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import io.campaignlab.views.jobs.Latest;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
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
    private final Executor ui;
    private final ModelJobs modelJobs;
    private final JobSlot job;
    private final Latest live = new Latest();
    private final StringBinding message;
    private final CurveReadout readout;

    private final ObservableList<EpochReport> epochs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Training curves");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", IDLE);
    private final ReadOnlyIntegerWrapper maxEpochs = new ReadOnlyIntegerWrapper(this, "maxEpochs", 0);
    private final ReadOnlyIntegerWrapper bestEpoch = new ReadOnlyIntegerWrapper(this, "bestEpoch", 0);
    private long liveRunId = -1;
    /** The run whose live epochs and outcome are on show after it ended, or -1. */
    private long finishedRunId = -1;

    /**
     * @param ui runs a piece of work on the UI thread ({@code Platform::runLater}; the calling thread in tests)
     */
    public TrainingMonitorViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, DialogService dialogs,
                                    Executor ui, ModelJobs modelJobs) {
        this.workspace = workspace;
        this.job = new JobSlot(executor, ui, dialogs, "Training failed");
        this.message = Bindings.createStringBinding(() -> job.etaProperty().get().isEmpty()
                ? job.messageProperty().get() : job.messageProperty().get() + " · ETA " + job.etaProperty().get(),
                job.messageProperty(), job.etaProperty());
        this.ui = ui;
        this.modelJobs = modelJobs;
        this.readout = new CurveReadout(title.getReadOnlyProperty(), message, emptyMessage.getReadOnlyProperty(),
                maxEpochs.getReadOnlyProperty(), bestEpoch.getReadOnlyProperty());
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
        start(request, CtrTuning.OFF, runStarted, finished, failed);
    }

    /** As {@link #start(TrainingRequest, LongConsumer, Consumer, Consumer)}, its settings chosen as {@code tuning} says. */
    public void start(TrainingRequest request, CtrTuning tuning, LongConsumer runStarted,
                      Consumer<TrainingOutcome> finished, Consumer<Throwable> failed) {
        if (job.runningProperty().get()) {
            return;
        }
        Latest.Ticket run = live.next();
        liveRunId = -1;
        finishedRunId = -1;
        epochs.clear();
        bestEpoch.set(0);
        maxEpochs.set(request.params().maxEpochs());
        String what = request.model().label() + " on " + request.dataset();
        title.set("Training " + what);
        emptyMessage.set(WAITING);
        EpochObserver listener = (runId, report) -> ui.execute(() -> {
            if (!run.isCurrent() || !job.runningProperty().get()) {
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
        job.start(modelJobs.training(workspace.get(), request, tuning, listener), "Starting…", outcome -> {
            finishedRunId = outcome.runId();
            epochs.setAll(outcome.epochs());
            bestEpoch.set(outcome.bestEpoch());
            title.set("Run #" + outcome.runId() + " · " + what);
            job.show(1, outcomeText(outcome));
            emptyMessage.set("Run #" + outcome.runId() + " reported no epochs.");
            finished.accept(outcome);
        }, error -> {
            finishedRunId = liveRunId;
            String which = liveRunId > 0 ? "Run #" + liveRunId : "The run";
            if (error instanceof CancelledException) {
                job.say(which + " was cancelled" + (epochs.isEmpty() ? "." : " after " + epochs.size()
                        + (epochs.size() == 1 ? " epoch." : " epochs.")));
            } else {
                job.say(which + " failed: " + error.getMessage());
            }
            emptyMessage.set(error instanceof CancelledException ? "Cancelled before the first epoch ended."
                    : "It failed before the first epoch ended.");
            failed.accept(error);
        });
    }

    /**
     * Shows a stored run's per-epoch metrics, unless a run is training or the run is the one that just ended here
     * (its live epochs and outcome stay on show).
     */
    public void showHistory(RunRow row, RunProvenance provenance) {
        if (job.runningProperty().get() || row != null && row.id() == finishedRunId) {
            return;
        }
        finishedRunId = -1;
        live.invalidate();
        if (row == null || provenance == null) {
            epochs.clear();
            bestEpoch.set(0);
            maxEpochs.set(0);
            title.set("Training curves");
            job.show(0, "");
            emptyMessage.set(IDLE);
            return;
        }
        List<EpochReport> history = epochsOf(provenance.metrics());
        epochs.setAll(history);
        bestEpoch.set(best(history));
        maxEpochs.set(0);
        title.set(row.label() + " · " + row.dataset() + " · training curves");
        job.show(0, history.isEmpty() ? "" : row.status().id() + " · " + history.size()
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
                + outcome.bestEpoch() + " of " + outcome.epochs().size() + " · " + Formats.duration(
                outcome.seconds()) + " on " + outcome.device().replace("()", "");
    }

    /** The run the last training recorded, or -1 when it ended before its first epoch. */
    public long lastRunId() {
        return liveRunId;
    }

    /** The epochs shown: live ones while training, else the selected run's. */
    public ObservableList<EpochReport> epochs() {
        return epochs;
    }

    /** The training job: running, progress, cancel (the job stops at its next check and records the run). */
    public JobSlot job() {
        return job;
    }

    /** What the chart says besides its epochs: title, job line, empty message, axis span and best epoch. */
    public CurveReadout readout() {
        return readout;
    }

    /**
     * What the chart says besides its epochs.
     *
     * @param title        what the curves belong to
     * @param message      the job's progress line with an ETA while training; the outcome or the run's summary after
     * @param emptyMessage what the chart says while it has no epoch to draw
     * @param maxEpochs    the planned number of epochs while training (the x axis spans them), else 0
     * @param bestEpoch    the epoch with the best validation AUC so far, or 0
     */
    public record CurveReadout(ReadOnlyStringProperty title, StringBinding message, ReadOnlyStringProperty emptyMessage,
                               ReadOnlyIntegerProperty maxEpochs, ReadOnlyIntegerProperty bestEpoch) {
    }
}
