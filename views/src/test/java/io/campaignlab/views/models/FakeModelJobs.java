package io.campaignlab.views.models;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.models.EpochObserver;
import io.campaignlab.engine.models.EpochReport;
import io.campaignlab.engine.models.ScoringResult;
import io.campaignlab.engine.models.TrainingOutcome;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.testing.FakeWorkspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Training and scoring jobs that do what the engine's will, quickly and without a model: training records a run
 * in the {@link FakeRunRepository}, reports epochs with falling loss and rising AUC, stores evaluations and
 * finishes; scoring adds a scores dataset to the {@link FakeWorkspace}.
 */
public final class FakeModelJobs implements ModelJobs {

    private final FakeWorkspace workspace;
    private final FakeRunRepository runs;
    private final List<TrainingRequest> requests = new CopyOnWriteArrayList<>();
    private final List<String> scored = new CopyOnWriteArrayList<>();
    private volatile int epochs = 4;
    private volatile long pauseMillis;
    private volatile RuntimeException failure;
    private volatile CountDownLatch hold;
    private volatile int holdAfter;

    public FakeModelJobs(FakeWorkspace workspace, FakeRunRepository runs) {
        this.workspace = workspace;
        this.runs = runs;
    }

    public FakeModelJobs epochs(int value) {
        epochs = value;
        return this;
    }

    /** Sleeps this long in every epoch. */
    public FakeModelJobs pause(long millis) {
        pauseMillis = millis;
        return this;
    }

    /** Fails after the second epoch. */
    public FakeModelJobs failing(RuntimeException error) {
        failure = error;
        return this;
    }

    /** Waits after this epoch until {@link #release()} (or a cancel). */
    public FakeModelJobs holdAfter(int epoch) {
        hold = new CountDownLatch(1);
        holdAfter = epoch;
        return this;
    }

    public void release() {
        if (hold != null) {
            hold.countDown();
        }
    }

    public List<TrainingRequest> requests() {
        return requests;
    }

    /** "runId/dataset" per scoring. */
    public List<String> scored() {
        return scored;
    }

    @Override
    public Job<TrainingOutcome> training(WorkspaceContext ws, TrainingRequest request, EpochObserver listener) {
        return Job.of("train", "Train " + request.model().label() + " on " + request.dataset(), (progress, cancel) -> {
            requests.add(request);
            long id = runs.start(new NewRun(null, request.dataset(), ModelsFixtures.SHA, request.model().id(),
                    ModelsFixtures.PARAMS, ModelsFixtures.FEATURES, ModelsFixtures.SPLIT, request.seed(),
                    "cpu()", ModelsFixtures.VERSIONS));
            List<EpochReport> reports = new ArrayList<>();
            int planned = epochs;
            for (int e = 1; e <= planned; e++) {
                progress.message(String.format(Locale.ROOT, "epoch %d of %d · 118 batches/s · 241,664 rows/s", e,
                        planned));
                progress.progress(e - 1, planned);
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
                stopIfCancelled(id, cancel);
                EpochReport report = new EpochReport(e, 0.27 - 0.012 * e, 0.262 - 0.006 * e + 0.0015 * e * e / 2,
                        0.66 + 0.05 * Math.log(1 + e), 2.1, 241_664, true);
                reports.add(report);
                runs.record(id, List.of(new RunMetric("train", e, "loss", report.trainLoss()),
                        new RunMetric("val", e, "loss", report.valLoss()),
                        new RunMetric("val", e, "auc", report.valAuc())));
                listener.epochFinished(id, report);
                if (failure != null && e == 2) {
                    runs.finish(id, RunStatus.FAILED, failure.getMessage());
                    throw failure;
                }
                if (hold != null && e == holdAfter) {
                    while (!hold.await(50, TimeUnit.MILLISECONDS)) {
                        stopIfCancelled(id, cancel);
                    }
                }
            }
            progress.progress(planned, planned);
            BinaryEvaluation val = ModelsFixtures.evaluation(0.8, 91);
            BinaryEvaluation test = ModelsFixtures.evaluation(0.8, 92);
            runs.saveEvaluation(id, "val", val);
            runs.saveEvaluation(id, "test", test);
            runs.record(id, List.of(new RunMetric("val", null, "auc", val.auc()),
                    new RunMetric("test", null, "auc", test.auc()),
                    new RunMetric("test", null, "logloss", test.logLoss()),
                    new RunMetric("test", null, "ece", test.expectedCalibrationError())));
            runs.finish(id, RunStatus.COMPLETED, null);
            int best = TrainingMonitorViewModel.best(reports);
            return new TrainingOutcome(id, RunStatus.COMPLETED, "cpu()", reports, best, val, test, 8.4);
        });
    }

    private void stopIfCancelled(long id, CancellationToken cancel) {
        if (cancel.isCancelled()) {
            runs.finish(id, RunStatus.CANCELLED, "cancelled by the user");
            throw new CancelledException();
        }
    }

    @Override
    public Job<ScoringResult> scoring(WorkspaceContext ws, long runId, String dataset) {
        return Job.of("score", "Score " + dataset + " with run " + runId, (progress, cancel) -> {
            String name = "scores_run" + runId + "_" + dataset;
            long rows = workspace.datasets().require(dataset).rows();
            workspace.add(name, DatasetKind.TABLE, List.of(
                    ColumnMeta.of("row_id", ColumnType.INTEGER, ColumnRole.FEATURE),
                    ColumnMeta.of("score", ColumnType.DECIMAL, ColumnRole.FEATURE)),
                    (int) rows, i -> Arrays.asList((long) i, 0.05), List.of());
            scored.add(runId + "/" + dataset);
            return new ScoringResult(runId, dataset, name, rows, 3.2);
        });
    }
}
