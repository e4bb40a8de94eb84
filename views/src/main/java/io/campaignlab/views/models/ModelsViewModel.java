package io.campaignlab.views.models;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.models.TrainingOutcome;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.tuning.RunSearchViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * State of the Models section: the train form, the training curves, the runs with their charts and provenance,
 * and the score action, wired together (a finished run is listed and selected; the selected run's curves show
 * when nothing trains; scores open in the Data section). Never touches a node.
 */
public final class ModelsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ModelsViewModel.class);
    private static final int SETTLE_TRIES = 60;
    private static final long SETTLE_PAUSE_MS = 250;

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final RunSearchViewModel search;
    private final TrainFormViewModel form = new TrainFormViewModel();
    private final TrainingMonitorViewModel monitor;
    private final RunsViewModel runs;
    private final ScoreViewModel score;
    private final ReadOnlyStringWrapper datasetsProblem = new ReadOnlyStringWrapper(this, "datasetsProblem", "");

    /**
     * @param openDataset shows a dataset in the Data section (the scores of a run)
     * @param ui          runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     * @param modelJobs   makes the training and scoring jobs
     */
    public ModelsViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, DialogService dialogs,
                           Consumer<String> openDataset, Executor ui, ModelJobs modelJobs) {
        this.workspace = workspace;
        this.executor = executor;
        this.monitor = new TrainingMonitorViewModel(workspace, executor, dialogs, ui, modelJobs);
        this.runs = new RunsViewModel(workspace, executor);
        this.score = new ScoreViewModel(workspace, executor, dialogs, modelJobs, openDataset, this::refreshDatasets,
                ui);
        score.runProperty().bind(runs.focusedProperty());
        this.search = new RunSearchViewModel(workspace, executor, io.campaignlab.engine.models.TrainingJob::searchOf,
                label -> "Run " + label + " trained with the settings given (Tune: off, or a run from"
                + " before searches); it has no search to show.");
        runs.focusedProperty().addListener((o, old, now) -> search.show(now == null ? null : now.id(),
                now == null ? "" : now.label()));
        runs.provenance().shown().addListener((o, old, now) -> showHistory());
        runs.focusedProperty().addListener((o, old, now) -> showHistory());
    }

    private void showHistory() {
        RunRow focus = runs.focusedProperty().get();
        RunProvenance provenance = runs.provenance().shown().get();
        if (focus == null || provenance != null && provenance.record().id() == focus.id()) {
            monitor.showHistory(focus, provenance);
        }
    }

    /** Reloads datasets and runs in the background (the section was shown, or the workspace changed). */
    public void refresh() {
        if (workspace.get() == null) {
            return;
        }
        refreshDatasets();
        runs.refresh();
    }

    /** Reloads the dataset lists of the train form and the score action. */
    public void refreshDatasets() {
        if (workspace.get() == null) {
            return;
        }
        executor.background(() -> workspace.get().datasets().list(), (List<DatasetInfo> list) -> {
            datasetsProblem.set("");
            form.setDatasets(list);
            score.setDatasets(list.stream().map(DatasetInfo::name).toList());
        }, error -> {
            LOG.warn("Could not list the datasets", error);
            datasetsProblem.set("Could not list the datasets: " + error.getMessage());
        });
    }

    /** Another workspace was opened: forgets this one's runs and reloads. */
    public void workspaceChanged() {
        runs.clear();
        refresh();
    }

    /** Starts a training run from the form, when it is valid. */
    public void train() {
        if (!form.readout().valid().get() || monitor.job().runningProperty().get()) {
            return;
        }
        TrainingRequest request = form.request();
        monitor.start(request, form.tuning(request), runId -> runs.refresh(), (TrainingOutcome outcome) ->
                runs.refreshAndSelect(outcome.runId()), error -> listWhenSettled(monitor.lastRunId()));
    }

    /**
     * Lists the runs again once a cancelled or failed run has left the running state: a cancel is acknowledged at
     * once, but the job records the run as cancelled only when it stops, at its next check.
     */
    private void listWhenSettled(long runId) {
        if (runId <= 0) {
            runs.refresh();
            return;
        }
        executor.background(() -> {
            RunRepository repository = workspace.get().runs();
            for (int tries = 0; tries < SETTLE_TRIES; tries++) {
                Optional<RunRecord> run = repository.find(runId);
                if (run.isEmpty() || run.get().status() != RunStatus.RUNNING) {
                    return true;
                }
                Thread.sleep(SETTLE_PAUSE_MS);
            }
            return false;
        }, settled -> runs.refresh(), error -> runs.refresh());
    }

    public TrainFormViewModel form() {
        return form;
    }

    public TrainingMonitorViewModel monitor() {
        return monitor;
    }

    public RunsViewModel runs() {
        return runs;
    }

    public ScoreViewModel score() {
        return score;
    }

    /** Why the dataset lists are empty, when listing failed. */
    public ReadOnlyStringProperty datasetsProblemProperty() {
        return datasetsProblem.getReadOnlyProperty();
    }

    /** The Search tab: how the focused run's settings were chosen. */
    public RunSearchViewModel search() {
        return search;
    }
}
