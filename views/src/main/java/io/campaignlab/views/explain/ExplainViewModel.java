package io.campaignlab.views.explain;

import io.campaignlab.engine.explain.ExplainReport;
import io.campaignlab.engine.explain.importance.ImportanceResult;
import io.campaignlab.engine.explain.pdp.PdCurve;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import io.campaignlab.views.jobs.Latest;
import io.campaignlab.views.jobs.RunKinds;
import io.campaignlab.views.jobs.RunPicker;
import io.campaignlab.views.common.Formats;
import io.campaignlab.views.models.ModelFormats;
import io.campaignlab.views.models.RunRow;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * State of the Explain section: the completed runs, the selected one's stored explanation (read once, never
 * recomputed when it is there), the Explain job with its progress and cancel when it is not, the importance and
 * partial dependence shown, and the local explanations ({@link RowExplainViewModel}, {@link AudienceViewModel}) on one
 * session per selected run. Every repository call and model call runs in the background. Never touches a node.
 */
public final class ExplainViewModel {

    /** What the section says while no run has completed. */
    public static final String NO_RUNS = "No completed run yet. Train a model in the Models section, then explain"
            + " it here.";
    /** What it says with no run selected. */
    public static final String SELECT = "Select a completed run to see why its model scores as it does.";

    private static final Logger LOG = LoggerFactory.getLogger(ExplainViewModel.class);

    /** The stored report and when it was made. */
    private record Stored(ExplainReport report, Instant createdAt) {
    }

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final ExplainJobs jobs;
    private final ExplainSessions sessions;
    private final RowExplainViewModel rows;
    private final AudienceViewModel audience;
    private final RunPicker<RunRow> picker;
    private final ObservableList<RunRow> runs;
    private final ObjectProperty<RunRow> run;
    private final Set<Long> explained = new HashSet<>();
    private final ReadOnlyObjectWrapper<ExplainReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Instant> reportTime = new ReadOnlyObjectWrapper<>(this, "reportTime");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", SELECT);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final JobSlot explaining;
    private final Latest reading = new Latest();
    private final BooleanProperty grouped = new SimpleBooleanProperty(this, "grouped");
    private final ObservableList<String> pdFields = FXCollections.observableArrayList();
    private final ObjectProperty<String> pdField = new SimpleObjectProperty<>(this, "pdField");
    private long explainingRun = -1;
    private final java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param ui   runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     * @param jobs makes the explain job and the sessions
     */
    public ExplainViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, Executor ui,
                            ExplainJobs jobs) {
        this.workspace = workspace;
        this.executor = executor;
        this.explaining = new JobSlot(executor, ui);
        this.jobs = jobs;
        this.picker = new RunPicker<>(executor, RunRow::id, this::load);
        this.runs = picker.runs();
        this.run = picker.runProperty();
        this.sessions = new ExplainSessions(workspace, executor, jobs);
        this.rows = new RowExplainViewModel(run::get, sessions);
        this.audience = new AudienceViewModel(run::get, sessions);
        picker.onChange(this::runChanged);
        picker.onListed(listed -> {
            explained.clear();
            listed.runs().stream().filter(listed.preferred()).forEach(r -> explained.add(r.id()));
        });
        picker.onFailure(error -> {
            LOG.warn("Could not list the runs", error);
            message.set("Could not list the runs: " + error.getMessage());
        });
        grouped.addListener((o, old, now) -> summary.set(summaryText()));
    }

    /** Lists the completed runs again, keeping the selection (else the newest explained run, else the newest). */
    public void refresh() {
        if (workspace.get() == null) {
            return;
        }
        if (run.get() == null) {
            message.set("Loading runs…");
        }
        picker.refresh();
    }

    /** The completed model runs with a saved model, the explained ones preferred (call on a worker thread). */
    private RunPicker.Listing<RunRow> load() {
        RunRepository repository = workspace.get().runs();
        return RunKinds.savedModels(repository, r -> RunRow.of(r, repository.metrics(r.id())), RunRow::id,
                id -> repository.report(id, ExplainReport.KIND, "").isPresent());
    }

    /** Selects a run by id, now or once the runs are listed (the snapshot command's {@code --run}). */
    public void selectRun(long id) {
        picker.select(id);
    }

    private void runChanged(RunRow now) {
        Latest.Ticket asked = reading.next();
        sessions.close();
        audience.clear();
        report.set(null);
        reportTime.set(null);
        pdFields.clear();
        pdField.set(null);
        summary.set("");
        if (now == null) {
            message.set(runs.isEmpty() ? NO_RUNS : SELECT);
            rows.clear(runs.isEmpty() ? NO_RUNS : SELECT);
            return;
        }
        rows.clear(RowExplainViewModel.ASK);
        message.set("Reading the stored explanation of " + now.label() + "…");
        loading.set(true);
        long id = now.id();
        executor.background(() -> {
            reads.incrementAndGet();
            Optional<RunReport> stored = workspace.get().runs().report(id, ExplainReport.KIND, "");
            return stored.map(r -> new Stored(ReportJson.read(r.json(), ExplainReport.class), r.createdAt()));
        }, asked.ifCurrent(stored -> {
            loading.set(false);
            if (stored.isPresent()) {
                show(stored.get().report(), stored.get().createdAt());
            } else {
                message.set(notExplained(now));
            }
        }), asked.ifCurrent(error -> {
            loading.set(false);
            LOG.warn("Could not read the explanation of run {}", id, error);
            message.set("Could not read the stored explanation of " + now.label() + ": " + error.getMessage());
        }));
    }

    private String notExplained(RunRow row) {
        return explainingRun == row.id() ? "Explaining " + row.label() + "…"
                : row.label() + " has no stored explanation yet. Press Explain to compute permutation importance,"
                + " weights, partial dependence and its top-scored prediction; it is kept with the run.";
    }

    private void show(ExplainReport shown, Instant createdAt) {
        report.set(shown);
        reportTime.set(createdAt);
        message.set("");
        pdFields.setAll(shown.partialDependence().stream().map(PdCurve::field).toList());
        pdField.set(pdFields.isEmpty() ? null : pdFields.get(0));
        if (shown.groupedImportance() == null) {
            grouped.set(false);
        }
        summary.set(summaryText());
        if (shown.example() != null) {
            rows.showStored(shown.example());
        }
    }

    private String summaryText() {
        ExplainReport shown = report.get();
        if (shown == null) {
            return "";
        }
        ImportanceResult importance = importance();
        String when = reportTime.get() == null ? "" : " · computed " + ModelFormats.started(reportTime.get());
        return String.format(Locale.ROOT, "%d fields · validation AUC %.3f on %,d rows · %d shuffles each%s",
                importance.players().size(), importance.baselineAuc(), importance.rows(), importance.repeats(), when);
    }

    /** Computes the selected run's explanation as a job (listed with progress and cancel) and stores it. */
    public void explain() {
        RunRow selected = run.get();
        if (selected == null || explaining.runningProperty().get() || workspace.get() == null) {
            return;
        }
        long id = selected.id();
        explainingRun = id;
        if (report.get() == null) {
            message.set("Explaining " + selected.label() + "…");
        }
        explaining.start(jobs.explain(workspace.get(), id), "Explaining " + selected.label() + "…", done -> {
            explainingRun = -1;
            explained.add(id);
            explaining.say(String.format(Locale.ROOT, "Explained %s in %s.", selected.label(),
                    Formats.duration(done.seconds())));
            if (run.get() != null && run.get().id() == id) {
                reading.invalidate();
                loading.set(false);
                show(done, Instant.now());
            }
        }, error -> {
            explainingRun = -1;
            String sentence = error instanceof CancelledException ? "Explaining " + selected.label()
                    + " was cancelled." : "Explaining " + selected.label() + " failed: " + error.getMessage();
            explaining.say(sentence);
            if (run.get() != null && run.get().id() == id && report.get() == null) {
                message.set(sentence);
            }
        });
    }

    /** Another workspace was opened: forgets this one's runs and session, and lists again. */
    public void workspaceChanged() {
        sessions.close();
        explained.clear();
        picker.clear();
        refresh();
    }

    /** Closes the session (the section is going away). */
    public void close() {
        sessions.close();
    }

    /** The importance shown: per field, or with the behavioural aggregates grouped when asked and stored. */
    public ImportanceResult importance() {
        ExplainReport shown = report.get();
        if (shown == null) {
            return null;
        }
        return grouped.get() && shown.groupedImportance() != null ? shown.groupedImportance() : shown.importance();
    }

    /** The partial dependence curve of the chosen field, or null. */
    public PdCurve pdCurve() {
        ExplainReport shown = report.get();
        String field = pdField.get();
        if (shown == null || field == null) {
            return null;
        }
        return shown.partialDependence().stream().filter(c -> c.field().equals(field)).findFirst().orElse(null);
    }

    /** Whether a run has a stored explanation (known from the last listing, or explained since). */
    public boolean isExplained(long runId) {
        return explained.contains(runId);
    }

    /** The run with this id in the list. */
    public Optional<RunRow> find(long id) {
        return picker.find(id);
    }

    /** How many times a stored report was read (for tests: a shown report is never recomputed). */
    int reportReads() {
        return reads.get();
    }

    ExplainSessions sessions() {
        return sessions;
    }

    /** Completed model runs with a saved model, newest first. */
    public ObservableList<RunRow> runs() {
        return runs;
    }

    public ObjectProperty<RunRow> runProperty() {
        return run;
    }

    public ReadOnlyObjectProperty<ExplainReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> reportTimeProperty() {
        return reportTime.getReadOnlyProperty();
    }

    /** Why there is no report to show; empty when one is shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** One line about the report shown. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether the runs or the selected run's stored explanation are being read. */
    public javafx.beans.binding.BooleanExpression loadingProperty() {
        return picker.loadingProperty().or(loading);
    }

    /** The explain job: running, progress, what it is doing or how it ended, cancel. */
    public JobSlot job() {
        return explaining;
    }

    /** Show the importance with the behavioural aggregates as one group. */
    public BooleanProperty groupedProperty() {
        return grouped;
    }

    /** The fields with a partial dependence curve. */
    public ObservableList<String> pdFields() {
        return pdFields;
    }

    public ObjectProperty<String> pdFieldProperty() {
        return pdField;
    }

    public RowExplainViewModel rows() {
        return rows;
    }

    public AudienceViewModel audience() {
        return audience;
    }
}
