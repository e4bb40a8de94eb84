package io.campaignlab.views.experiments;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.experiments.AbPlainText;
import io.campaignlab.engine.experiments.NetValue;
import io.campaignlab.engine.experiments.AbReadout;
import io.campaignlab.engine.experiments.AbSpec;
import io.campaignlab.engine.experiments.Comparison;
import io.campaignlab.engine.experiments.Correction;
import io.campaignlab.engine.experiments.MetricKind;
import io.campaignlab.engine.experiments.MetricSpec;
import io.campaignlab.engine.experiments.SampleRatioCheck;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import io.campaignlab.views.jobs.Latest;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * State of the A/B readout tab: the dataset (experiment datasets first) and what to read out of it (group column,
 * control arm, metrics, CUPED covariate, correction, unit and time columns, allocation), first guessed by
 * {@link AbDefaults}; the readout job with progress and cancel; the readout, blocked while its sample ratio is off
 * until the user acknowledges it; the table rows and the selected row, whose posteriors and looks over time the charts
 * show. Changing the correction re-adjusts the p-values at once. Every workspace call runs in the background. Never
 * touches a node.
 */
public final class AbViewModel {

    /** What the tab says while the workspace has no dataset. */
    public static final String NO_DATASETS = "No dataset yet. Simulate a workspace (it writes the campaign_exposures"
            + " experiment) or import one: one row per unit, with its arm and its outcomes.";
    /** What it says before the first readout. */
    public static final String CHOOSE = "Choose the group column, the control arm and at least one metric, then press"
            + " Read out.";
    /** The significance level of every readout. */
    public static final double ALPHA = 0.05;

    private static final Logger LOG = LoggerFactory.getLogger(AbViewModel.class);

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final ExperimentJobs jobs;

    private final ExperimentChoice choice = ExperimentChoice.empty();
    private final ReadoutSettings settings = ReadoutSettings.empty();
    private final ObservableList<String> metricChoices = settings.metricChoices();
    private final ObservableList<String> metrics = settings.metrics();
    private final ObservableList<String> covariates = settings.covariates();
    private final ObjectProperty<String> cuped = settings.cuped();
    private final ObjectProperty<Correction> correction = settings.correction();
    private final ObservableList<String> unitColumns = settings.unitColumns();
    private final ObjectProperty<String> unit = settings.unit();
    private final ObservableList<String> timeColumns = settings.timeColumns();
    private final ObjectProperty<String> time = settings.time();
    private final StringProperty allocation = settings.allocation();

    private final ReadOnlyObjectWrapper<AbReadout> readout = new ReadOnlyObjectWrapper<>(this, "readout");
    private final ObservableList<ReadoutRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ReadoutRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper acknowledged = new ReadOnlyBooleanWrapper(this, "acknowledged");
    private final BooleanBinding blocked = Bindings.createBooleanBinding(
            () -> readout.get() != null && readout.get().blocked() && !acknowledged.get(), readout, acknowledged);

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ShownReadout shown = new ShownReadout(readout.getReadOnlyProperty(), rows, selected,
            acknowledged.getReadOnlyProperty(), blocked, message.getReadOnlyProperty(),
            problem.getReadOnlyProperty(), loading.getReadOnlyProperty());
    private final JobSlot reading;
    /** Reads the arms net of cost after a readout, when a cost is given. */
    private final JobSlot costing;
    private final StringProperty costPerUnit = new SimpleStringProperty(this, "costPerUnit", "");
    private final StringProperty costPerConversion = new SimpleStringProperty(this, "costPerConversion", "");
    private final ReadOnlyObjectWrapper<List<NetValue>> net = new ReadOnlyObjectWrapper<>(this, "net", List.of());
    private final Latest columnsRead = new Latest();
    private final Latest valuesRead = new Latest();
    private final BooleanBinding canRun;

    private String wanted;
    /** Said before the first guesses of the next dataset: that the one asked for is not there. */
    private String notice = "";
    private boolean readOutWhenReady;
    private boolean listing;

    /**
     * @param ui   runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     * @param jobs makes the readout job and reads a column's values
     */
    public AbViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, Executor ui, ExperimentJobs jobs) {
        this.workspace = workspace;
        this.executor = executor;
        this.reading = new JobSlot(executor, ui);
        this.costing = new JobSlot(executor, ui);
        this.jobs = jobs;
        canRun = Bindings.createBooleanBinding(this::canRun, choice.dataset(), choice.group(), choice.control(),
                metrics, reading.runningProperty(), allocation,
                loading, problem, choice.arms(), cuped);
        choice.dataset().addListener((o, old, now) -> {
            if (!listing) {
                datasetChanged(now);
            }
        });
        choice.group().addListener((o, old, now) -> groupChanged(now));
        correction.addListener((o, old, now) -> reAdjust(now));
        for (javafx.beans.Observable input : List.of(choice.control(), cuped, unit, time, allocation)) {
            input.addListener(x -> validate());
        }
        metrics.addListener((ListChangeListener<String>) c -> validate());
    }

    // ---- datasets ----

    /** Lists the datasets again, experiment datasets first, keeping the selection. */
    public void refresh() {
        if (workspace.get() == null) {
            return;
        }
        loading.set(true);
        executor.background(() -> workspace.get().datasets().list(), this::listed, error -> {
            loading.set(false);
            LOG.warn("Could not list the datasets", error);
            message.set("Could not list the datasets: " + error.getMessage());
        });
    }

    private void listed(List<DatasetInfo> infos) {
        loading.set(false);
        List<String> names = infos.stream().sorted(Comparator.comparing((DatasetInfo i) -> rank(i)))
                .map(DatasetInfo::name).toList();
        String keep = wanted != null && names.contains(wanted) ? wanted : choice.dataset().get();
        if (wanted != null && !names.contains(wanted)) {
            notice = "There is no dataset named '" + wanted + "'. ";
            message.set(notice);
            readOutWhenReady = false;
        }
        wanted = null;
        listing = true;
        try {
            if (!choice.datasets().equals(names)) {
                choice.datasets().setAll(names);
            }
        } finally {
            listing = false;
        }
        if (names.isEmpty()) {
            choice.dataset().set(null);
            message.set(NO_DATASETS);
            return;
        }
        String chosen = keep != null && names.contains(keep) ? keep
                : infos.stream().filter(i -> i.kind() == DatasetKind.EXPERIMENT).map(DatasetInfo::name).findFirst()
                .or(() -> infos.stream().filter(i -> AbDefaults.group(i).isPresent()).map(DatasetInfo::name)
                        .findFirst()).orElse(names.get(0));
        if (chosen.equals(choice.dataset().get())) {
            if (readOutWhenReady) {
                maybeReadOut();
            }
            return;
        }
        choice.dataset().set(chosen);
    }

    /** Experiment datasets first, then those with a likely group column, then the rest; by name within. */
    private static int rank(DatasetInfo info) {
        return info.kind() == DatasetKind.EXPERIMENT ? 0 : AbDefaults.group(info).isPresent() ? 1 : 2;
    }

    /** Selects a dataset, guesses what to read out, and reads it out (the snapshot command's {@code --dataset}). */
    public void readOut(String name) {
        readOutWhenReady = true;
        if (choice.datasets().contains(name) && !loading.get()) {
            if (name.equals(choice.dataset().get())) {
                maybeReadOut();
            } else {
                choice.dataset().set(name);
            }
            return;
        }
        wanted = name;
        if (!loading.get()) {
            refresh();
        }
    }

    private void datasetChanged(String name) {
        Latest.Ticket asked = columnsRead.next();
        loading.set(name != null);
        clearReadout();
        choice.groupColumns().clear();
        choice.arms().clear();
        metricChoices.clear();
        metrics.clear();
        covariates.clear();
        unitColumns.clear();
        timeColumns.clear();
        choice.group().set(null);
        choice.control().set(null);
        cuped.set(null);
        unit.set(null);
        time.set(null);
        allocation.set("");
        if (name == null) {
            return;
        }
        message.set("Reading the columns of " + name + "…");
        executor.background(() -> workspace.get().datasets().findByName(name).orElseThrow(() ->
                new IllegalArgumentException("there is no dataset named '" + name + "'")), asked.ifCurrent(info -> {
            loading.set(false);
            apply(info);
        }), asked.ifCurrent(error -> {
            loading.set(false);
            LOG.warn("Could not read the columns of {}", name, error);
            message.set("Could not read the columns of " + name + ": " + error.getMessage());
        }));
    }

    /** Offers the dataset's columns and fills in the first guesses. */
    private void apply(DatasetInfo info) {
        choice.groupColumns().setAll(AbDefaults.groupCandidates(info));
        metricChoices.setAll(AbDefaults.numeric(info));
        metrics.setAll(AbDefaults.metrics(info));
        covariates.setAll(AbDefaults.numeric(info));
        cuped.set(AbDefaults.covariate(info).orElse(null));
        unitColumns.setAll(AbDefaults.visible(info));
        unit.set(AbDefaults.unit(info).orElse(null));
        timeColumns.setAll(AbDefaults.times(info));
        time.set(AbDefaults.time(info).orElse(null));
        Optional<String> guess = AbDefaults.group(info);
        message.set(notice + (guess.isEmpty() ? "Choose the column that names each unit's arm." : CHOOSE));
        notice = "";
        choice.group().set(guess.orElse(null));
        validate();
    }

    private void groupChanged(String column) {
        Latest.Ticket asked = valuesRead.next();
        choice.arms().clear();
        choice.control().set(null);
        String name = choice.dataset().get();
        if (column == null || name == null) {
            validate();
            return;
        }
        executor.background(() -> jobs.values(workspace.get(), name, column), asked.ifCurrent(values -> {
            if (values.size() > ExperimentJobs.MAX_ARMS) {
                problem.set("'" + column + "' has more than " + ExperimentJobs.MAX_ARMS + " values; choose the"
                        + " column that names each unit's arm.");
                readOutWhenReady = false;
                return;
            }
            if (values.size() < 2) {
                problem.set("'" + column + "' has " + (values.isEmpty() ? "no value" : "one value only")
                        + "; a readout needs a control and at least one treatment arm.");
                readOutWhenReady = false;
                return;
            }
            choice.arms().setAll(values.stream().sorted().toList());
            choice.control().set(AbDefaults.control(values).orElse(choice.arms().get(0)));
            validate();
            maybeReadOut();
        }), asked.ifCurrent(error -> {
            LOG.warn("Could not read the values of {}.{}", name, column, error);
            problem.set("Could not read the values of " + column + ": " + error.getMessage());
            readOutWhenReady = false;
        }));
    }

    private void maybeReadOut() {
        if (!readOutWhenReady) {
            return;
        }
        if (canRun()) {
            readOutWhenReady = false;
            readOut();
        } else if (!loading.get() && choice.control().get() != null) {
            readOutWhenReady = false;
        }
    }

    // ---- the readout ----

    private void validate() {
        problem.set(whyNot());
    }

    /** Why Read out cannot start; empty when it can (or when nothing is chosen yet). */
    private String whyNot() {
        if (choice.dataset().get() == null || loading.get()) {
            return "";
        }
        if (choice.group().get() == null) {
            return "Choose the group column.";
        }
        if (choice.control().get() == null) {
            return choice.arms().isEmpty() ? "" : "Choose the control arm.";
        }
        if (metrics.isEmpty()) {
            return "Choose at least one metric.";
        }
        if (metrics.contains(choice.group().get())) {
            return "The group column cannot be a metric.";
        }
        if (cuped.get() != null && metrics.size() == 1 && metrics.contains(cuped.get())) {
            return "The CUPED covariate is the metric itself; choose a pre-period column.";
        }
        try {
            allocationShares();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return "";
    }

    public BooleanBinding canRunBinding() {
        return canRun;
    }

    public boolean canRun() {
        return workspace.get() != null && choice.dataset().get() != null && choice.group().get() != null
                && choice.control().get() != null && !metrics.isEmpty() && !reading.runningProperty().get()
                && !loading.get() && whyNot().isEmpty();
    }

    /**
     * The allocation as arm weights: empty text for equal shares, else {@code arm=weight} pairs separated by commas,
     * one per arm.
     */
    public Map<String, Double> allocationShares() {
        String text = allocation.get() == null ? "" : allocation.get().trim();
        Map<String, Double> shares = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return shares;
        }
        for (String pair : text.split(",")) {
            int eq = pair.lastIndexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("Allocation: write arm=share pairs, e.g. control=0.5,B=0.5 (not '"
                        + pair.trim() + "').");
            }
            String arm = pair.substring(0, eq).trim();
            double share;
            try {
                share = Double.parseDouble(pair.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Allocation: the share of " + arm + " is not a number.");
            }
            if (!(share > 0)) {
                throw new IllegalArgumentException("Allocation: the share of " + arm + " must be > 0.");
            }
            if (!choice.arms().isEmpty() && !choice.arms().contains(arm)) {
                throw new IllegalArgumentException("Allocation: there is no arm '" + arm + "' in "
                        + choice.group().get() + ".");
            }
            shares.put(arm, share);
        }
        for (String arm : choice.arms()) {
            if (!shares.containsKey(arm)) {
                throw new IllegalArgumentException("Allocation: give a share for every arm; " + arm + " has none.");
            }
        }
        return shares;
    }

    /** What Read out would ask for. */
    public AbSpec spec() {
        List<MetricSpec> chosen = metrics.stream().map(MetricSpec::parse).toList();
        return new AbSpec(choice.group().get(), choice.control().get(), chosen, cuped.get(), correction.get(), ALPHA,
                allocationShares(), unit.get(), time.get());
    }

    /** Reads out the chosen dataset as a job, and shows the readout. */
    public void readOut() {
        if (!canRun()) {
            validate();
            return;
        }
        AbSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        if (!costProblem().isEmpty()) {
            problem.set(costProblem());
            return;
        }
        String name = choice.dataset().get();
        Latest.Ticket asked = columnsRead.current();
        reading.start(jobs.readout(workspace.get(), name, spec), "Reading out " + name + "…", done -> {
            validate();
            if (!asked.isCurrent()) {
                return;
            }
            reading.say("Read out " + name + ".");
            show(done);
            readNetOfCost(name, spec);
        }, error -> {
            validate();
            String sentence = error instanceof CancelledException ? "The readout was cancelled."
                    : "The readout failed: " + error.getMessage();
            reading.say(sentence);
            if (readout.get() == null) {
                message.set(sentence);
            }
        });
    }

    /** With a cost typed: each arm's revenue net of cost and its ROI, read as a second job. */
    private void readNetOfCost(String name, AbSpec spec) {
        net.set(List.of());
        double unit = cost(costPerUnit.get());
        double conversion = cost(costPerConversion.get());
        if (unit == 0 && conversion == 0) {
            return;
        }
        costing.replace(jobs.netValue(workspace.get(), name, spec, unit, conversion), "Reading " + name
                + " net of cost…", net::set, error -> reading.say(error instanceof CancelledException ? ""
                : "Net of cost: " + error.getMessage()));
    }

    /** A cost as typed: blank is none; not a number of at least 0 is refused by {@link #costProblem()}. */
    private static double cost(String text) {
        try {
            double v = text == null || text.isBlank() ? 0 : Double.parseDouble(text.strip());
            return v >= 0 && Double.isFinite(v) ? v : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Why a typed cost cannot be used; empty when both are blank or numbers of at least 0. */
    public String costProblem() {
        for (String t : new String[]{costPerUnit.get(), costPerConversion.get()}) {
            if (t != null && !t.isBlank()) {
                try {
                    double v = Double.parseDouble(t.strip());
                    if (!(v >= 0) || Double.isInfinite(v)) {
                        return "A cost must be a number of at least 0, not " + t.strip() + ".";
                    }
                } catch (NumberFormatException e) {
                    return "A cost must be a number, such as 0.50, not '" + t.strip() + "'.";
                }
            }
        }
        return "";
    }

    /** What treating one unit costs, as typed (blank: nothing). */
    public StringProperty costPerUnitProperty() {
        return costPerUnit;
    }

    /** What each treated conversion costs, as typed (blank: nothing). */
    public StringProperty costPerConversionProperty() {
        return costPerConversion;
    }

    /** Each arm net of its cost, after a readout with a cost; empty otherwise. */
    public ReadOnlyObjectProperty<List<NetValue>> netProperty() {
        return net.getReadOnlyProperty();
    }

    /** Shows a readout: blocked until acknowledged when its sample ratio is off. */
    public void show(AbReadout shown) {
        acknowledged.set(false);
        rows.setAll(ReadoutRow.of(shown));
        readout.set(shown);
        selected.set(rows.stream().filter(r -> r.comparison().kind() == MetricKind.BINARY).findFirst()
                .orElse(rows.isEmpty() ? null : rows.get(0)));
        message.set(rows.isEmpty() ? "The readout compared nothing: the dataset has one arm only." : "");
    }

    private void clearReadout() {
        readout.set(null);
        acknowledged.set(false);
        rows.clear();
        selected.set(null);
        message.set("");
    }

    /** The user has read the sample-ratio warning and wants the readout anyway. */
    public void acknowledge() {
        acknowledged.set(true);
    }

    /** Applies another correction to the readout shown: only the adjusted p-values change. */
    private void reAdjust(Correction now) {
        AbReadout r = readout.get();
        if (r == null || now == null || r.spec().correction() == now) {
            return;
        }
        double[] adjusted = now.adjust(r.comparisons().stream().mapToDouble(Comparison::pValue).toArray());
        List<Comparison> out = new ArrayList<>();
        for (int i = 0; i < adjusted.length; i++) {
            out.add(r.comparisons().get(i).withAdjusted(adjusted[i]));
        }
        ReadoutRow keep = selected.get();
        AbReadout again = new AbReadout(r.dataset(), r.spec().withCorrection(now), r.arms(), r.srm(),
                r.overlapUnits(), out, r.cuped(), r.bayesian(), r.sequential(), r.skippedRows());
        rows.setAll(ReadoutRow.of(again));
        readout.set(again);
        selected.set(keep == null ? null : rows.stream().filter(x -> x.label().equals(keep.label())).findFirst()
                .orElse(null));
    }

    /** Another workspace was opened: forgets this one's datasets and lists again. */
    public void workspaceChanged() {
        wanted = null;
        listing = true;
        try {
            choice.datasets().clear();
        } finally {
            listing = false;
        }
        choice.dataset().set(null);
        refresh();
    }

    // ---- health, in words ----

    /**
     * The readout in sentences ("coupon_20 raised converted by 2.2 points (95% CI 0.2–4.1) …"), the Bayesian view
     * left to the table's P(beat) column; empty without a readout.
     */
    public String plainText() {
        AbReadout r = readout.get();
        return r == null ? "" : String.join("\n", AbPlainText.sentences(r, net.get()).stream()
                .filter(line -> !line.startsWith(AbPlainText.BAYESIAN)).toList());
    }

    /** χ², p and the verdict of the sample-ratio check, in one line; empty without a readout. */
    public String srmLine() {
        AbReadout r = readout.get();
        if (r == null) {
            return "";
        }
        SampleRatioCheck s = r.srm();
        return String.format(Locale.ROOT, "χ² = %.2f, %d df, %s against %s", s.chi2(), s.arms().size() - 1,
                ExperimentFormats.pIs(s.p()), r.spec().allocation().isEmpty() ? "equal shares"
                        : "the configured allocation");
    }

    /** Units per arm against the expected, one arm a line. */
    public List<String> armLines() {
        AbReadout r = readout.get();
        if (r == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        SampleRatioCheck s = r.srm();
        long total = java.util.Arrays.stream(s.counts()).sum();
        for (int i = 0; i < s.arms().size(); i++) {
            double off = s.expected()[i] == 0 ? 0 : s.counts()[i] / s.expected()[i] - 1;
            lines.add(String.format(Locale.ROOT, "%s%s: %s of %s expected (%s, %s)", s.arms().get(i),
                    s.arms().get(i).equals(r.spec().control())
                            && !s.arms().get(i).toLowerCase(Locale.ROOT).contains("control") ? " (control)" : "",
                    ExperimentFormats.count(s.counts()[i]), ExperimentFormats.count(Math.round(s.expected()[i])),
                    ExperimentFormats.share(total == 0 ? Double.NaN : (double) s.counts()[i] / total),
                    ExperimentFormats.percent(off)));
        }
        return lines;
    }

    /** Units in two arms, or why it is unknown. */
    public String overlapLine() {
        AbReadout r = readout.get();
        if (r == null) {
            return "";
        }
        if (r.overlapUnits() < 0) {
            return "Assignment overlap: not checked (no unit column).";
        }
        return "Units in more than one arm: " + ExperimentFormats.count(r.overlapUnits())
                + (r.overlapUnits() == 0 ? "" : " — the assignment leaks between arms");
    }

    // ---- properties ----

    /** The dataset, group column, arms and control arm chosen. */
    public ExperimentChoice choice() {
        return choice;
    }

    /** The metrics, covariate, correction, unit and time columns and allocation chosen. */
    public ReadoutSettings settings() {
        return settings;
    }

    /** The readout, its rows and why none is shown. */
    public ShownReadout shown() {
        return shown;
    }

    /** The readout job: running, progress, what it is doing, cancel. */
    public JobSlot job() {
        return reading;
    }
}
