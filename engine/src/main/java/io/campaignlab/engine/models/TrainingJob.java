package io.campaignlab.engine.models;

import ai.djl.Device;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.device.ComputeDevices;
import io.campaignlab.engine.evaluation.AucInterval;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.models.search.CtrSearch;
import io.campaignlab.engine.models.search.CtrSearchSpace;
import io.campaignlab.engine.models.search.CtrTuning;
import io.campaignlab.engine.models.training.CtrPrepared;
import io.campaignlab.engine.models.training.CtrTraining;
import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.engine.tuning.SearchSpace;
import io.campaignlab.engine.runs.RecordedRun;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.engine.workspace.WorkspaceJob;

/**
 * Trains one model as a job: records the run, loads and splits the data, fits the pipeline on the training split,
 * trains with early stopping, evaluates, saves the artifact and finishes the run (completed, failed or cancelled).
 * With tuning auto, the training is a settings search ({@link CtrSearch}) scored on validation, recorded as the
 * run's {@value #SEARCH_REPORT} report; the test part is evaluated once, with the choice.
 */
public final class TrainingJob extends WorkspaceJob<TrainingOutcome> {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingJob.class);

    /** The run report holding a search's {@link SearchResult}. */
    public static final String SEARCH_REPORT = "search";

    private final TrainingRequest request;
    private final CtrTuning tuning;
    private final EpochObserver listener;

    /** A run that trains once with the request's settings (no search). */
    public TrainingJob(WorkspaceContext workspace, TrainingRequest request, EpochObserver listener) {
        this(workspace, request, CtrTuning.OFF, listener);
    }

    /** A run whose settings are chosen on validation when {@code tuning} is auto (see {@link CtrSearch}). */
    public TrainingJob(WorkspaceContext workspace, TrainingRequest request, CtrTuning tuning,
                       EpochObserver listener) {
        super("train", workspace);
        this.request = request;
        // gradient-boosted trees have their own settings, which the search does not cover yet: they train once
        this.tuning = request.model().network() ? tuning : CtrTuning.OFF;
        this.listener = listener;
    }

    @Override
    public String title() {
        return "Train " + request.model().label() + " on " + request.dataset();
    }

    /** Rebuilds the request a stored run was started with, for {@code reproduce}. */
    public static TrainingRequest requestOf(RunRecord run) {
        return RunProvenance.request(run);
    }

    /**
     * How a stored run chose its settings, for {@code reproduce}: off for runs without a search; for a search, the
     * same space and seed limited to the trials it ran, so the replay tries the same points and makes the same choice.
     */
    public static CtrTuning tuningOf(RunRecord run, java.util.Optional<SearchResult> search) {
        CtrTuning tuning = RunProvenance.tuning(run);
        return search.map(s -> tuning.replaying(s.trials().size())).orElse(tuning);
    }

    /** The settings search a stored run recorded, if it ran one. */
    public static java.util.Optional<SearchResult> searchOf(io.campaignlab.engine.runs.RunRepository runs,
                                                            long runId) {
        return runs.report(runId, SEARCH_REPORT, "").map(r -> io.campaignlab.engine.runs.ReportJson.read(r.json(),
                SearchResult.class));
    }

    @Override
    public TrainingOutcome run(ProgressListener progress, CancellationToken cancel) throws Exception {
        long started = System.nanoTime();
        DatasetInfo dataset = workspace.datasets().require(request.dataset());
        Device device = ComputeDevices.choose(this.request.device());
        TrainingRequest request = this.request.onDevice(device);
        List<DatasetInfo> supplied = request.split().suppliedDatasets().stream()
                .map(workspace.datasets()::require).toList();
        return RecordedRun.record(workspace.runs(), RunProvenance.of(request, tuning, dataset, supplied,
                        device.toString()),
                run -> train(run, request, dataset, device, started, progress, cancel));
    }

    private TrainingOutcome train(RecordedRun run, TrainingRequest request, DatasetInfo dataset, Device device,
                                  long started, ProgressListener progress, CancellationToken cancel)
            throws Exception {
        long runId = run.id();
        LOG.info("Run {} started: {} on {} ({} rows) on {}", runId, request.model().id(), dataset.name(),
                dataset.rows(), device);
        List<String> labels = request.model().multiTask()
                ? List.of(request.label(), request.params().purchaseLabel()) : List.of(request.label());
        TrainingData data = ExampleLoader.forRequest(workspace, request, dataset, labels, progress, cancel);
        java.util.function.Consumer<EpochReport> epochs = report -> {
            run.metrics(List.of(new RunMetric("train", report.epoch(), "loss", report.trainLoss()),
                    new RunMetric("val", report.epoch(), "loss", report.valLoss()),
                    new RunMetric("val", report.epoch(), "auc", report.valAuc()),
                    new RunMetric("train", report.epoch(), "rows_per_s", report.rowsPerSecond()),
                    new RunMetric("train", report.epoch(), "seconds", report.seconds())));
            listener.epochFinished(runId, report);
        };
        TrainingRequest chosen = request;
        TrainedModel model;
        SearchResult search = null;
        if (!request.model().network()) {
            model = CtrTraining.train(data, request, device, epochs, progress, cancel);
        } else if (tuning.auto()) {
            CtrPrepared prepared = CtrTraining.prepare(data, request, progress);
            SearchSpace space = CtrSearchSpace.of(request, dataset.columns(), tuning.fixed());
            CtrSearch.Outcome outcome = CtrSearch.run(prepared, request, space, tuning.budget(), device, epochs,
                    trial -> LOG.info("Run {} trial {}: {} → val AUC {}", runId, trial.index(), trial.settings(),
                            trial.score()), progress, cancel);
            search = outcome.search();
            chosen = outcome.chosen();
            model = outcome.model();
            run.report(SEARCH_REPORT, search);
        } else {
            CtrPrepared prepared = CtrTraining.prepare(data, request, progress);
            model = CtrTraining.test(prepared, CtrTraining.fit(prepared, request, device, epochs, progress, cancel),
                    request, device, cancel);
        }
        run.evaluation("val", model.validation());
        run.evaluation("test", model.test());
        run.metrics(finalMetrics(model));
        TestScores testScores = model.testScoresOrNull();
        if (testScores != null) {
            run.report(TestScores.KIND, testScores);
        }
        progress.message("Saving the model");
        ModelArtifact artifact = new ModelArtifact(model.shape(), chosen.features(), model.pipeline(),
                chosen.label(), chosen.params().purchaseLabel(), model.parameters());
        run.artifact(workspace.folder(), ModelArtifact.fileName(runId), artifact::write);
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("Run {} completed in {} s: test AUC {}", runId, seconds, model.test().auc());
        return new TrainingOutcome(runId, RunStatus.COMPLETED, model.device(), model.epochs(), model.bestEpoch(),
                model.validation(), model.test(), seconds, model.testRowIds(), model.testScores(), search);
    }

    private static List<RunMetric> finalMetrics(TrainedModel model) {
        List<RunMetric> metrics = new ArrayList<>();
        for (var part : List.of(Map.entry("val", model.validation()), Map.entry("test", model.test()))) {
            metrics.add(new RunMetric(part.getKey(), null, "auc", part.getValue().auc()));
            metrics.add(new RunMetric(part.getKey(), null, "logloss", part.getValue().logLoss()));
            metrics.add(new RunMetric(part.getKey(), null, "pr_auc", part.getValue().prAuc()));
            metrics.add(new RunMetric(part.getKey(), null, "ece", part.getValue().expectedCalibrationError()));
            AucInterval interval = part.getValue().aucInterval();
            metrics.add(new RunMetric(part.getKey(), null, "auc_se", interval.standardError()));
            metrics.add(new RunMetric(part.getKey(), null, "auc_low", interval.low()));
            metrics.add(new RunMetric(part.getKey(), null, "auc_high", interval.high()));
        }
        model.extraMetrics().forEach((split, values) -> values.forEach((name, value) ->
                metrics.add(new RunMetric(split, null, name, value))));
        metrics.add(new RunMetric("train", null, "best_epoch", model.bestEpoch()));
        metrics.add(new RunMetric("train", null, "rows", model.split().train().length));
        metrics.add(new RunMetric("val", null, "rows", model.split().validation().length));
        metrics.add(new RunMetric("test", null, "rows", model.split().test().length));
        return metrics;
    }
}
