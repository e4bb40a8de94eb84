package io.campaignlab.views.models;

import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.models.ScoringResult;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.common.Formats;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The score action: the run selected in the table scores a dataset as a job, and the scores land in a new dataset
 * that the user is offered to open in the Data section. Never touches a node.
 */
public final class ScoreViewModel {

    private final Supplier<WorkspaceContext> workspace;
    private final DialogService dialogs;
    private final ModelJobs modelJobs;
    private final Consumer<String> openDataset;
    private final Runnable datasetsChanged;

    private final ObjectProperty<RunRow> run = new SimpleObjectProperty<>(this, "run");
    private final ObservableList<String> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<String> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final JobSlot scoring;
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper(this, "why", "");
    private final BooleanBinding canScore;
    /** True while the dataset is the one proposed for the run, not one the user picked. */
    private boolean automatic = true;
    private boolean choosing;

    /**
     * @param openDataset     shows a dataset in the Data section
     * @param datasetsChanged called once scores were written, so that dataset lists reload
     * @param ui              runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     */
    public ScoreViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, DialogService dialogs,
                          ModelJobs modelJobs, Consumer<String> openDataset, Runnable datasetsChanged, Executor ui) {
        this.workspace = workspace;
        this.scoring = new JobSlot(executor, ui, dialogs, "Scoring failed");
        this.dialogs = dialogs;
        this.modelJobs = modelJobs;
        this.openDataset = openDataset;
        this.datasetsChanged = datasetsChanged;
        canScore = Bindings.createBooleanBinding(() -> why().isEmpty(), run, dataset,
                scoring.runningProperty());
        canScore.addListener((o, old, now) -> why.set(why()));
        scoring.runningProperty().addListener((o, old, now) -> why.set(why()));
        run.addListener((o, old, now) -> {
            if (now != null && (automatic || dataset.get() == null) && datasets.contains(now.dataset())) {
                choose(now.dataset());
            }
            why.set(why());
        });
        dataset.addListener((o, old, now) -> {
            if (!choosing) {
                automatic = false;
            }
            why.set(why());
        });
        why.set(why());
    }

    private String why() {
        RunRow chosen = run.get();
        if (chosen == null) {
            return "Select a completed run to score with.";
        }
        if (!chosen.completed()) {
            return chosen.label() + " is " + chosen.status().id() + "; only a completed run has a model to score with.";
        }
        if (dataset.get() == null) {
            return "Choose a dataset to score.";
        }
        if (scoring.runningProperty().get()) {
            return "Scoring…";
        }
        return "";
    }

    /**
     * The workspace's dataset names. Keeps a dataset the user chose while it is there; otherwise proposes the run's
     * training dataset.
     */
    public void setDatasets(List<String> names) {
        String keep = dataset.get();
        boolean wasAutomatic = automatic;
        choosing = true;
        try {
            datasets.setAll(names);
        } finally {
            choosing = false;
        }
        if (keep != null && names.contains(keep) && !wasAutomatic) {
            choose(keep);
            automatic = false;
        } else if (run.get() != null && names.contains(run.get().dataset())) {
            choose(run.get().dataset());
        } else {
            choose(keep != null && names.contains(keep) ? keep : names.isEmpty() ? null : names.get(0));
        }
    }

    private void choose(String name) {
        choosing = true;
        try {
            dataset.set(name);
            automatic = true;
        } finally {
            choosing = false;
        }
    }

    /** Scores the chosen dataset with the chosen run, as a job. */
    public void start() {
        if (!canScore.get()) {
            return;
        }
        RunRow with = run.get();
        String target = dataset.get();
        String text = "Scoring '" + target + "' with " + with.label() + "…";
        scoring.start(modelJobs.scoring(workspace.get(), with.id(), target), text, (ScoringResult result) -> {
            scoring.say("Wrote " + Formats.count(result.rows()) + " scores to '" + result.scoresDataset() + "' in "
                    + Formats.duration(result.seconds()) + ".");
            datasetsChanged.run();
            if (dialogs.confirm("Scores ready", "Run #" + result.runId() + " scored " + Formats.count(result.rows())
                    + " rows of '" + result.scoredDataset() + "' into the new dataset '" + result.scoresDataset()
                    + "'. Open it in the Data section?")) {
                openDataset.accept(result.scoresDataset());
            }
        }, error -> scoring.say(error instanceof CancelledException ? "Scoring cancelled."
                : "Scoring failed: " + error.getMessage()));
    }

    /** The run that scores: the one focused in the runs table. */
    public ObjectProperty<RunRow> runProperty() {
        return run;
    }

    public ObservableList<String> datasets() {
        return datasets;
    }

    public ObjectProperty<String> datasetProperty() {
        return dataset;
    }

    /** The scoring job; its message says what the last scoring did. */
    public JobSlot scoring() {
        return scoring;
    }

    /** Why scoring cannot start now; empty when it can. */
    public ReadOnlyStringProperty whyNotProperty() {
        return why.getReadOnlyProperty();
    }

    public BooleanBinding canScoreBinding() {
        return canScore;
    }
}
