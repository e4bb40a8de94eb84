package io.campaignlab.views.models;

import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.models.PairedRuns;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.Latest;
import io.campaignlab.views.jobs.RunKinds;
import io.campaignlab.views.jobs.RunPicker;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The runs table and what hangs off its selection: the test evaluations of the selected completed runs (for the
 * overlaid charts, cached by run), the focused run's provenance, and what the charts say when they have nothing to
 * show. Every repository call runs in the background. Never touches a node.
 */
public final class RunsViewModel {

    /** What the empty table says. */
    public static final String EMPTY = "No runs yet. Train a model in the Train tab; its run appears here.";
    /** What the charts say with nothing selected. */
    public static final String SELECT = "Select a completed run to see its ROC, calibration and gain curves.";
    /** What the charts say while no run has completed. */
    public static final String NO_COMPLETED = "No completed run yet. Train one in the Train tab to see its ROC,"
            + " calibration and gain curves here.";
    /** What the provenance panel says with nothing selected. */
    public static final String SELECT_PROVENANCE = "Select a run to see its data, settings, device and artifact.";
    /** The split the charts show. */
    public static final String SPLIT = "test";

    private static final Logger LOG = LoggerFactory.getLogger(RunsViewModel.class);

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final RunPicker<RunRow> picker;
    private final ObservableList<RunRow> selection;
    private final ObservableList<RunRow> selectionView;
    private final ObservableList<RunCurves> curves = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper chartMessage = new ReadOnlyStringWrapper(this, "chartMessage", SELECT);
    private final ReadOnlyStringWrapper chartNote = new ReadOnlyStringWrapper(this, "chartNote", "");
    private final ReadOnlyObjectWrapper<RunProvenance> provenance = new ReadOnlyObjectWrapper<>(this, "provenance");
    private final ReadOnlyStringWrapper provenanceMessage = new ReadOnlyStringWrapper(this, "provenanceMessage",
            SELECT_PROVENANCE);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", EMPTY);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    /** Test evaluations read so far, by run; empty when the run stored none. Touched on the UI thread only. */
    private final Map<Long, Optional<BinaryEvaluation>> evaluations = new HashMap<>();
    private final Map<String, String> comparisons = new HashMap<>();
    private String comparison = "";
    private final Latest curvesRead = new Latest();
    private final Latest provenanceRead = new Latest();
    /** The focused run the provenance was last asked for. */
    private RunRow provenanceOf;
    private final CurvesReadout charts = new CurvesReadout(curves, chartMessage.getReadOnlyProperty(),
            chartNote.getReadOnlyProperty());
    private final ProvenanceReadout provenanceReadout = new ProvenanceReadout(provenance.getReadOnlyProperty(),
            provenanceMessage.getReadOnlyProperty());
    private final TableReadout table;

    public RunsViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor) {
        this.workspace = workspace;
        this.executor = executor;
        this.picker = new RunPicker<>(executor, RunRow::id, this::load).multiple();
        this.selection = picker.selection();
        this.selectionView = FXCollections.unmodifiableObservableList(selection);
        this.table = new TableReadout(placeholder.getReadOnlyProperty(), summary.getReadOnlyProperty(),
                picker.loadingProperty());
        picker.onListed(listed -> placeholder.set(EMPTY));
        picker.onSelection(this::selectionChanged);
        picker.onFailure(error -> {
            LOG.warn("Could not list the runs", error);
            placeholder.set("Could not list the runs: " + error.getMessage());
        });
    }

    /** Reloads the runs with their final metrics, keeping the selection (or selecting the newest completed run). */
    public void refresh() {
        if (workspace.get() == null) {
            return;
        }
        placeholder.set("Loading runs…");
        picker.refresh();
    }

    /** The model runs with their final metrics, newest first (on a worker thread); a completed one is preferred. */
    private RunPicker.Listing<RunRow> load() {
        RunRepository repository = workspace.get().runs();
        List<RunRow> rows = new ArrayList<>();
        for (RunRecord record : repository.list()) {
            if (RunKinds.model(record)) {
                rows.add(RunRow.of(record, repository.metrics(record.id())));
            }
        }
        return new RunPicker.Listing<>(rows, RunRow::completed);
    }

    /** Reloads, then selects one run (a run that just finished). */
    public void refreshAndSelect(long runId) {
        picker.refreshSelecting(List.of(runId));
    }

    /**
     * Selects runs by id, now or, while the list is loading or does not hold them yet, as soon as a refresh does.
     */
    public void selectIds(List<Long> ids) {
        picker.selectIds(ids);
    }

    /**
     * Selects rows of the table.
     *
     * @param rows  the selected runs, in selection order
     * @param focus the run the provenance panel shows (the table's lead selection), or null
     */
    public void select(List<RunRow> rows, RunRow focus) {
        picker.select(rows, focus);
    }

    private void selectionChanged() {
        RunRow focus = picker.runProperty().get();
        boolean sameFocus = sameRun(provenanceOf, focus);
        provenanceOf = focus;
        summary.set(summaryText());
        loadCurves();
        if (!sameFocus || provenance.get() == null && focus != null) {
            loadProvenance();
        }
    }

    private static boolean sameRun(RunRow a, RunRow b) {
        return a == null ? b == null : b != null && a.id() == b.id() && a.status() == b.status();
    }

    private String summaryText() {
        List<RunRow> runs = picker.runs();
        String count = runs.size() == 1 ? "1 run" : runs.size() + " runs";
        return selection.size() > 1 ? count + " · " + selection.size() + " selected (ctrl-click to overlay more)"
                : runs.isEmpty() ? count : count + " · ctrl-click runs to overlay them";
    }

    /**
     * With exactly two completed runs selected, DeLong's paired test of their test AUCs on their shared test rows,
     * read in the background; the sentence joins the chart note.
     */
    private void loadComparison() {
        List<RunRow> completed = selection.stream().filter(RunRow::completed).toList();
        comparison = "";
        if (completed.size() != 2) {
            return;
        }
        long a = completed.get(0).id();
        long b = completed.get(1).id();
        String key = a + ":" + b;
        if (comparisons.containsKey(key)) {
            comparison = comparisons.get(key);
            return;
        }
        String names = completed.get(0).label() + " vs " + completed.get(1).label();
        executor.background(() -> PairedRuns.compare(workspace.get().runs(), a, b)
                .map(t -> names + ": " + t.verdict())
                .orElse(names + ": no paired test (a run without kept test scores, or no shared test rows)"),
                text -> {
                    comparisons.put(key, text);
                    if (selection.stream().filter(RunRow::completed).map(RunRow::id).toList().equals(List.of(a, b))) {
                        comparison = text;
                        showCurves();
                    }
                }, error -> LOG.warn("Could not compare runs {} and {}", a, b, error));
    }

    private void loadCurves() {
        loadComparison();
        Latest.Ticket asked = curvesRead.next();
        List<RunRow> completed = selection.stream().filter(RunRow::completed).toList();
        List<Long> missing = completed.stream().map(RunRow::id).filter(id -> !evaluations.containsKey(id)).toList();
        if (completed.isEmpty() || missing.isEmpty()) {
            showCurves();
            return;
        }
        chartMessage.set(curves.isEmpty() ? "Loading the " + SPLIT + " evaluation…" : chartMessage.get());
        executor.background(() -> {
            RunRepository repository = workspace.get().runs();
            Map<Long, Optional<BinaryEvaluation>> read = new LinkedHashMap<>();
            for (long id : missing) {
                read.put(id, repository.evaluation(id, SPLIT));
            }
            return read;
        }, read -> {
            evaluations.putAll(read);
            if (asked.isCurrent()) {
                showCurves();
            }
        }, error -> {
            LOG.warn("Could not read the evaluations of runs {}", missing, error);
            if (asked.isCurrent()) {
                curves.clear();
                chartNote.set("");
                chartMessage.set("Could not read the " + SPLIT + " evaluation: " + error.getMessage());
            }
        });
    }

    private void showCurves() {
        List<RunCurves> shown = new ArrayList<>();
        List<RunRow> withoutEvaluation = new ArrayList<>();
        List<RunRow> notCompleted = new ArrayList<>();
        for (RunRow row : selection) {
            Optional<BinaryEvaluation> evaluation = evaluations.getOrDefault(row.id(), Optional.empty());
            if (!row.completed()) {
                notCompleted.add(row);
            } else if (evaluation.isPresent()) {
                shown.add(new RunCurves(row, evaluation.get(), shown.size()));
            } else {
                withoutEvaluation.add(row);
            }
        }
        curves.setAll(shown);
        if (shown.isEmpty()) {
            chartNote.set("");
            chartMessage.set(nothingToShow(notCompleted, withoutEvaluation));
            return;
        }
        chartMessage.set("");
        List<String> notes = new ArrayList<>();
        if (!notCompleted.isEmpty()) {
            notes.add("Not shown: " + notCompleted.stream().map(r -> r.label() + " (" + r.status().id() + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (!withoutEvaluation.isEmpty()) {
            notes.add("No stored " + SPLIT + " evaluation: " + labels(withoutEvaluation));
        }
        if (!comparison.isEmpty()) {
            notes.add(comparison);
        }
        chartNote.set(String.join(" · ", notes));
    }

    private String nothingToShow(List<RunRow> notCompleted, List<RunRow> withoutEvaluation) {
        if (!withoutEvaluation.isEmpty()) {
            return "No " + SPLIT + " evaluation is stored for " + labels(withoutEvaluation) + ".";
        }
        if (notCompleted.isEmpty()) {
            return picker.runs().stream().anyMatch(RunRow::completed) ? SELECT : NO_COMPLETED;
        }
        if (notCompleted.size() == 1) {
            RunRow run = notCompleted.get(0);
            return run.status() == RunStatus.RUNNING
                    ? run.label() + " is still training; its curves appear when it completes."
                    : run.label() + " " + verb(run.status()) + ", so it has no " + SPLIT
                    + " curves. Select a completed run.";
        }
        return "None of the selected runs completed. " + SELECT;
    }

    private static String verb(RunStatus status) {
        return switch (status) {
            case FAILED -> "failed";
            case CANCELLED -> "was cancelled";
            case INTERRUPTED -> "was interrupted";
            case RUNNING -> "is running";
            case COMPLETED -> "completed";
        };
    }

    private static String labels(List<RunRow> rows) {
        return rows.stream().map(RunRow::label).collect(Collectors.joining(", "));
    }

    private void loadProvenance() {
        Latest.Ticket asked = provenanceRead.next();
        RunRow focus = picker.runProperty().get();
        if (focus == null) {
            provenance.set(null);
            provenanceMessage.set(SELECT_PROVENANCE);
            return;
        }
        if (provenance.get() == null || provenance.get().record().id() != focus.id()) {
            provenanceMessage.set("Reading run " + focus.label() + "…");
        }
        long id = focus.id();
        executor.background(() -> {
            RunRepository repository = workspace.get().runs();
            return new RunProvenance(repository.find(id).orElse(focus.record()), repository.metrics(id),
                    repository.artifacts(id));
        }, asked.ifCurrent(read -> {
            provenance.set(read);
            provenanceMessage.set("");
        }), error -> {
            LOG.warn("Could not read run {}", id, error);
            if (asked.isCurrent()) {
                provenance.set(null);
                provenanceMessage.set("Could not read run " + focus.label() + ": " + error.getMessage());
            }
        });
    }

    /** Forgets the cached evaluations (another workspace was opened). */
    public void clear() {
        evaluations.clear();
        picker.clear();
        selectionChanged();
    }

    /** The colour slot of a run in the charts, or -1 when the charts do not show it. */
    public int colourOf(long runId) {
        return curves.stream().filter(c -> c.run().id() == runId).mapToInt(RunCurves::colour).findFirst()
                .orElse(-1);
    }

    /** The run with this id in the list. */
    public Optional<RunRow> find(long id) {
        return picker.find(id);
    }

    /** Newest first, as the repository lists them. */
    public ObservableList<RunRow> runs() {
        return picker.runs();
    }

    /** The selected runs, in selection order (read-only: select with {@link #select}). */
    public ObservableList<RunRow> selection() {
        return selectionView;
    }

    /** The run the provenance panel and the score action use. */
    public ReadOnlyObjectProperty<RunRow> focusedProperty() {
        return picker.runProperty();
    }

    /** The charts' curves and what the charts say about them. */
    public CurvesReadout charts() {
        return charts;
    }

    /** The focused run's provenance, or why the panel is empty. */
    public ProvenanceReadout provenance() {
        return provenanceReadout;
    }

    /** The table's placeholder, its one-line summary, and whether it is loading. */
    public TableReadout table() {
        return table;
    }

    /**
     * The charts.
     *
     * @param curves  the selected completed runs with a stored test evaluation, in selection order
     * @param message why the charts are empty; empty when they show something
     * @param note    which selected runs the charts leave out, and why; often empty
     */
    public record CurvesReadout(ObservableList<RunCurves> curves, ReadOnlyStringProperty message,
                                ReadOnlyStringProperty note) {
    }

    /**
     * The provenance panel.
     *
     * @param shown   the focused run's provenance, or null while there is none
     * @param message why the panel is empty; empty when it shows a run
     */
    public record ProvenanceReadout(ReadOnlyObjectProperty<RunProvenance> shown, ReadOnlyStringProperty message) {
    }

    /**
     * The runs table.
     *
     * @param summary "3 runs · 2 selected"
     */
    public record TableReadout(ReadOnlyStringProperty placeholder, ReadOnlyStringProperty summary,
                               ReadOnlyBooleanProperty loading) {
    }
}
