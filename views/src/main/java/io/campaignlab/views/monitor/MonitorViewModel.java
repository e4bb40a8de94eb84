package io.campaignlab.views.monitor;

import io.campaignlab.engine.monitor.PerformanceDrift;
import io.campaignlab.engine.monitor.DriftStatus;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.monitor.ColumnDrift;
import io.campaignlab.engine.monitor.DriftAnalysis;
import io.campaignlab.engine.monitor.DriftAnalysisJob;
import io.campaignlab.engine.monitor.DriftReport;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import io.campaignlab.views.jobs.Latest;
import io.campaignlab.views.jobs.RunKinds;
import io.campaignlab.views.jobs.RunPicker;
import io.campaignlab.views.models.ModelFormats;
import io.campaignlab.views.models.RunRow;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * State of the Monitor section: the completed runs; for the selected one, its stored drift analyses (the newest
 * shown at once), the current sample to check next (a date window of the run's dataset, defaulting to its last 7
 * days, or another dataset), the Check drift job with progress and cancel, the drift table in the report's order
 * (most drifted first) and the selected feature, whose distributions the chart shows. Every repository call runs in
 * the background. Never touches a node.
 */
public final class MonitorViewModel {

    /** What the current sample is. */
    public enum Mode { WINDOW, DATASET }

    /** What the section says while no run has completed. */
    public static final String NO_RUNS = "No completed run yet. Train a model in the Models section, then check"
            + " here whether it still holds.";
    /** What it says with no run selected. */
    public static final String SELECT = "Select a completed run to check its features and score for drift.";
    /** Days in the default window. */
    public static final int DEFAULT_DAYS = 7;

    private static final Logger LOG = LoggerFactory.getLogger(MonitorViewModel.class);
    private static final Pattern WINDOW_KEY = Pattern.compile(".* (\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$");

    /** A run's stored analyses and the other datasets. */
    private record Loaded(List<StoredAnalysis> stored, List<String> datasets) {
    }

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final MonitorJobs jobs;
    private final RunPicker<RunRow> picker;
    private final ObservableList<RunRow> runs;
    private final ObjectProperty<RunRow> run;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.WINDOW);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<String> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<String> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ReadOnlyObjectWrapper<DatasetSpan> span = new ReadOnlyObjectWrapper<>(this, "span");
    private final ReadOnlyStringWrapper spanText = new ReadOnlyStringWrapper(this, "spanText", "");
    private final ObservableList<StoredAnalysis> stored = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StoredAnalysis> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<DriftAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ObservableList<ColumnDrift> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnDrift> feature = new SimpleObjectProperty<>(this, "feature");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", SELECT);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper performanceLine = new ReadOnlyStringWrapper(this, "performanceLine", "");
    private final ReadOnlyBooleanWrapper performanceAlert = new ReadOnlyBooleanWrapper(this, "performanceAlert");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final DriftCheckForm form = new DriftCheckForm(mode, from, to, datasets, dataset,
            span.getReadOnlyProperty(), spanText.getReadOnlyProperty(), problem.getReadOnlyProperty());
    private final DriftReadout readout = new DriftReadout(stored, shown.getReadOnlyProperty(),
            analysis.getReadOnlyProperty(), rows, feature, message.getReadOnlyProperty(),
            summary.getReadOnlyProperty());
    private final JobSlot checking;
    private final Latest reading = new Latest();
    private final javafx.beans.binding.BooleanBinding canCheck;

    /**
     * @param ui   runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     * @param jobs makes the drift job
     */
    public MonitorViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, Executor ui,
                            MonitorJobs jobs) {
        this.workspace = workspace;
        this.executor = executor;
        this.picker = new RunPicker<>(executor, RunRow::id, this::load);
        this.runs = picker.runs();
        this.run = picker.runProperty();
        this.checking = new JobSlot(executor, ui);
        this.canCheck = javafx.beans.binding.Bindings.createBooleanBinding(this::canCheck, run,
                checking.runningProperty(), mode, from, to, dataset, span, spanText);
        this.jobs = jobs;
        picker.onChange(this::runChanged);
        picker.onFailure(error -> {
            LOG.warn("Could not list the runs", error);
            message.set("Could not list the runs: " + error.getMessage());
        });
        mode.addListener((o, old, now) -> validate());
        from.addListener((o, old, now) -> validate());
        to.addListener((o, old, now) -> validate());
        dataset.addListener((o, old, now) -> validate());
    }

    /** Lists the completed runs again, keeping the selection (else the newest checked run, else the newest). */
    public void refresh() {
        if (workspace.get() == null) {
            return;
        }
        if (run.get() == null) {
            message.set("Loading runs…");
        }
        picker.refresh();
    }

    /**
     * The completed model runs with a saved model, the checked ones preferred (call on a worker thread). Other runs
     * (recommendation and uplift runs, runs that saved no model) have nothing to check.
     */
    private RunPicker.Listing<RunRow> load() {
        RunRepository repository = workspace.get().runs();
        return RunKinds.savedModels(repository, r -> RunRow.of(r, repository.metrics(r.id())), RunRow::id,
                id -> !repository.reports(id, DriftAnalysis.KIND).isEmpty());
    }

    /** Selects a run by id, now or once the runs are listed (the snapshot command's {@code --run}). */
    public void selectRun(long id) {
        picker.select(id);
    }

    private void runChanged(RunRow now) {
        Latest.Ticket asked = reading.next();
        if (!checking.runningProperty().get()) {
            checking.say("");
        }
        clearAnalysis();
        stored.clear();
        span.set(null);
        spanText.set("");
        from.set(null);
        to.set(null);
        datasets.clear();
        dataset.set(null);
        if (now == null) {
            message.set(runs.isEmpty() ? NO_RUNS : SELECT);
            return;
        }
        message.set("Reading the drift checks of " + now.label() + "…");
        long id = now.id();
        String own = now.dataset();
        loading.set(true);
        executor.background(() -> {
            List<StoredAnalysis> found = new ArrayList<>();
            for (RunReport report : workspace.get().runs().reports(id, DriftAnalysis.KIND)) {
                found.add(new StoredAnalysis(report.key(), report.createdAt(),
                        ReportJson.read(report.json(), DriftAnalysis.class)));
            }
            List<String> others = workspace.get().datasets().list().stream().map(DatasetInfo::name)
                    .filter(n -> !n.equals(own)).toList();
            return new Loaded(found, others);
        }, asked.ifCurrent(loaded -> {
            loading.set(false);
            datasets.setAll(loaded.datasets());
            stored.setAll(loaded.stored());
            if (loaded.stored().isEmpty()) {
                message.set(now.label() + " has no drift check yet. Choose the current sample (a date window of "
                        + own + ", or another dataset) and press Check drift.");
            } else {
                open(loaded.stored().get(0));
            }
        }), asked.ifCurrent(error -> {
            loading.set(false);
            LOG.warn("Could not read the drift checks of run {}", id, error);
            message.set("Could not read the drift checks of " + now.label() + ": " + error.getMessage());
        }));
        loadSpan(asked, own);
    }

    /** Reads the days the run's dataset covers, for the date pickers and the default window. */
    private void loadSpan(Latest.Ticket asked, String name) {
        executor.background(() -> spanOf(workspace.get(), name), asked.ifCurrent(found -> {
            span.set(found.orElse(null));
            if (found.isEmpty()) {
                spanText.set(name + " has no timestamp column: compare with another dataset.");
                if (shown.get() == null) {
                    mode.set(Mode.DATASET);
                }
                return;
            }
            DatasetSpan s = found.get();
            spanText.set(String.format(Locale.ROOT, "%s spans %s to %s (%s)", s.dataset(), s.first(), s.last(),
                    s.column()));
            if (from.get() == null || to.get() == null) {
                to.set(s.last());
                from.set(s.lastDaysFrom(DEFAULT_DAYS));
            }
            validate();
        }), asked.ifCurrent(error -> {
            LOG.debug("Could not read the days of {}", name, error);
            spanText.set("The days " + name + " covers are unknown: " + error.getMessage());
        }));
    }

    /**
     * The days a dataset covers by its first timestamp column; empty when it has none. Reads the column (call it on
     * a worker thread).
     */
    public static Optional<DatasetSpan> spanOf(WorkspaceContext workspace, String name) {
        DatasetInfo info = workspace.datasets().findByName(name)
                .orElseThrow(() -> new IllegalArgumentException("there is no dataset named '" + name + "'"));
        Optional<String> column = info.columnsWithRole(ColumnRole.TIMESTAMP).stream().map(ColumnMeta::name)
                .findFirst();
        if (column.isEmpty()) {
            return Optional.empty();
        }
        long[] times = workspace.frames().read(name, List.of(column.get()), ProgressListener.none(),
                new CancellationToken()).times(column.get());
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long t : times) {
            if (t != FrameColumn.MISSING_TIME) {
                min = Math.min(min, t);
                max = Math.max(max, t);
            }
        }
        if (min > max) {
            return Optional.empty();
        }
        return Optional.of(new DatasetSpan(name, column.get(), day(min), day(max)));
    }

    private static LocalDate day(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Shows a stored analysis at once, selecting its most drifted feature. */
    public void open(StoredAnalysis chosen) {
        if (chosen == null) {
            return;
        }
        shown.set(chosen);
        show(chosen.analysis());
        Matcher m = WINDOW_KEY.matcher(chosen.key());
        if (m.matches()) {
            mode.set(Mode.WINDOW);
            from.set(LocalDate.parse(m.group(1)));
            to.set(LocalDate.parse(m.group(2)));
        } else if (chosen.key().startsWith("dataset ")) {
            mode.set(Mode.DATASET);
            String name = chosen.key().substring("dataset ".length());
            if (!datasets.contains(name)) {
                datasets.add(name);
            }
            dataset.set(name);
        }
    }

    private void show(DriftAnalysis shownAnalysis) {
        analysis.set(shownAnalysis);
        DriftReport report = shownAnalysis.report();
        rows.setAll(report.rows());
        feature.set(rows.isEmpty() ? null : rows.get(0));
        message.set(rows.isEmpty() ? "The analysis compared no feature." : "");
        List<String> alerts = report.alerts();
        List<String> warnings = report.features(io.campaignlab.engine.monitor.DriftStatus.WARN);
        summary.set(String.format(Locale.ROOT, "%s: %,d rows against %,d training rows · %s%s",
                shownAnalysis.current(), report.currentRows(), report.referenceRows(),
                alerts.isEmpty() ? "no alert" : alerts.size() + (alerts.size() == 1 ? " alert: " : " alerts: ")
                        + String.join(", ", alerts),
                warnings.isEmpty() ? "" : " · " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings")));
        PerformanceDrift performance = shownAnalysis.performance();
        performanceLine.set(performance == null ? "" : "Performance (the signal that matters): "
                + performance.aucLine() + " · " + performance.calibrationLine());
        performanceAlert.set(performance != null && (performance.aucStatus() == DriftStatus.ALERT
                || performance.calibrationStatus() == DriftStatus.ALERT));
    }

    /**
     * The shown analysis' performance drift in one line (AUC with its interval against the test's, calibration);
     * empty when the current sample has no labels or the analysis predates it.
     */
    public ReadOnlyStringProperty performanceLine() {
        return performanceLine.getReadOnlyProperty();
    }

    /** Whether the shown analysis' AUC fell significantly or its calibration missed. */
    public ReadOnlyBooleanProperty performanceAlert() {
        return performanceAlert.getReadOnlyProperty();
    }

    private void clearAnalysis() {
        shown.set(null);
        analysis.set(null);
        rows.clear();
        feature.set(null);
        summary.set("");
        performanceLine.set("");
        performanceAlert.set(false);
    }

    private void validate() {
        problem.set(whyNot());
    }

    /** Why Check drift cannot start now; empty when it can. */
    private String whyNot() {
        if (run.get() == null) {
            return "";
        }
        if (mode.get() == Mode.DATASET) {
            return dataset.get() == null ? "Choose a dataset to compare with." : "";
        }
        if (from.get() == null || to.get() == null) {
            return span.get() == null && !spanText.get().isEmpty() ? "" : "Choose the first and last day.";
        }
        if (to.get().isBefore(from.get())) {
            return "The window ends before it starts.";
        }
        DatasetSpan s = span.get();
        if (s != null && (to.get().isBefore(s.first()) || from.get().isAfter(s.last()))) {
            return "The window lies outside " + s.first() + " to " + s.last() + ".";
        }
        return "";
    }

    /** Whether Check drift can start, as a binding for the button. */
    public javafx.beans.binding.BooleanBinding canCheckBinding() {
        return canCheck;
    }

    /** Whether Check drift can start. */
    public boolean canCheck() {
        return run.get() != null && !checking.runningProperty().get() && whyNot().isEmpty()
                && (mode.get() == Mode.DATASET ? dataset.get() != null : from.get() != null && to.get() != null);
    }

    /** Compares the selected run's training rows with the chosen current sample, as a job, and shows the result. */
    public void checkDrift() {
        RunRow selected = run.get();
        if (!canCheck() || workspace.get() == null) {
            validate();
            return;
        }
        DriftAnalysisJob.Current current = mode.get() == Mode.DATASET
                ? new DriftAnalysisJob.OtherDataset(dataset.get())
                : new DriftAnalysisJob.Window(from.get(), to.get());
        long id = selected.id();
        checking.start(jobs.drift(workspace.get(), id, current), "Checking " + selected.label() + " against "
                + current.describe(selected.dataset()) + "…", done -> {
            validate();
            checking.say("Checked " + selected.label() + " against " + done.current() + ".");
            if (run.get() != null && run.get().id() == id) {
                StoredAnalysis added = new StoredAnalysis(done.current(), Instant.now(), done);
                stored.removeIf(s -> s.key().equals(done.current()));
                stored.add(0, added);
                open(added);
            }
        }, error -> {
            validate();
            String sentence = error instanceof CancelledException ? "The drift check was cancelled."
                    : "The drift check failed: " + error.getMessage();
            checking.say(sentence);
            if (run.get() != null && run.get().id() == id && analysis.get() == null) {
                message.set(sentence);
            }
        });
    }

    /** Another workspace was opened: forgets this one's runs and lists again. */
    public void workspaceChanged() {
        picker.clear();
        refresh();
    }

    /** The run with this id in the list. */
    public Optional<RunRow> find(long id) {
        return picker.find(id);
    }

    /** One line on the selected feature's test, or empty. */
    public String featureLine() {
        ColumnDrift f = feature.get();
        return f == null ? "" : MonitorFormats.testLine(f);
    }

    /** The label of a stored analysis in the list: what, how many alerts, when. */
    public static String describe(StoredAnalysis s) {
        String alerts = s.alerts() == 0 ? "no alert" : s.alerts() + (s.alerts() == 1 ? " alert" : " alerts");
        return s.key() + " · " + alerts + " · " + ModelFormats.started(s.createdAt());
    }

    public ObservableList<RunRow> runs() {
        return runs;
    }

    public ObjectProperty<RunRow> runProperty() {
        return run;
    }

    /** What the run is checked against, and why it cannot be yet. */
    public DriftCheckForm form() {
        return form;
    }

    /** The run's drift checks and the one shown. */
    public DriftReadout readout() {
        return readout;
    }

    /** Whether the runs or the selected run's checks are being read. */
    public javafx.beans.binding.BooleanExpression loadingProperty() {
        return picker.loadingProperty().or(loading);
    }

    /** The drift check job: running, progress, what it is doing or how it ended, cancel. */
    public JobSlot job() {
        return checking;
    }
}
