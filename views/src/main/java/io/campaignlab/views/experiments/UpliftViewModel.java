package io.campaignlab.views.experiments;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.uplift.BaseLearner;
import io.campaignlab.engine.uplift.MetaLearner;
import io.campaignlab.engine.uplift.UpliftResult;
import io.campaignlab.engine.uplift.UpliftSpec;
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
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * State of the uplift tab: the experiment dataset, its arm column, the treated and control arms, the 0/1 outcome,
 * the meta-learner (S, T, X or class transformation) and its base (LR or DNN); the fitting job with progress and
 * cancel; and the result shown — at first the newest one kept with a run. Every workspace call runs in the
 * background. Never touches a node.
 */
public final class UpliftViewModel {

    /** What the tab says before any uplift model was fitted. */
    public static final String NONE_YET = "No uplift model yet. Choose the arms and the outcome, then press Fit:"
            + " it fits on 70% of the units and draws the Qini and uplift curves on the other 30%.";

    private static final Logger LOG = LoggerFactory.getLogger(UpliftViewModel.class);

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final UpliftJobs jobs;
    private final ExperimentJobs columns;

    private final ExperimentChoice choice = ExperimentChoice.empty();
    private final UpliftForm form = UpliftForm.empty();
    private final ObjectProperty<String> treatment = form.treatment();
    private final ObservableList<String> outcomes = form.outcomes();
    private final ObjectProperty<String> outcome = form.outcome();
    private final ObjectProperty<MetaLearner> learner = form.learner();
    private final ObjectProperty<BaseLearner> base = form.base();
    private final ReadOnlyObjectWrapper<UpliftResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final JobSlot fitting;
    private final Latest columnsRead = new Latest();
    private final Latest valuesRead = new Latest();
    private final BooleanBinding canFit;
    /** The spec of the result shown, to put into the form once its dataset's columns are read. */
    private UpliftSpec wanted;

    public UpliftViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, Executor ui, UpliftJobs jobs,
                           ExperimentJobs columns) {
        this.workspace = workspace;
        this.executor = executor;
        this.fitting = new JobSlot(executor, ui);
        this.jobs = jobs;
        this.columns = columns;
        canFit = Bindings.createBooleanBinding(this::canFit, choice.dataset(), choice.group(), treatment,
                choice.control(), outcome, fitting.runningProperty(), loading);
        choice.dataset().addListener((o, old, now) -> datasetChanged(now));
        choice.group().addListener((o, old, now) -> groupChanged(now));
    }

    /** Lists the datasets (experiments first) and shows the newest stored uplift result. */
    public void refresh() {
        if (workspace.get() == null) {
            return;
        }
        loading.set(true);
        executor.background(() -> new Object[]{workspace.get().datasets().list(), jobs.newest(workspace.get())},
                found -> {
                    loading.set(false);
                    @SuppressWarnings("unchecked") List<DatasetInfo> infos = (List<DatasetInfo>) found[0];
                    @SuppressWarnings("unchecked") java.util.Optional<UpliftResult> newest =
                            (java.util.Optional<UpliftResult>) found[1];
                    listed(infos);
                    if (result.get() == null) {
                        newest.ifPresentOrElse(this::show, () -> message.set(NONE_YET));
                    }
                }, error -> {
                    loading.set(false);
                    LOG.warn("Could not list the datasets and uplift runs", error);
                    message.set("Could not list the datasets and uplift runs: " + error.getMessage());
                });
    }

    private void listed(List<DatasetInfo> infos) {
        List<String> names = infos.stream().filter(i -> !i.name().startsWith("uplift_run"))
                .sorted(Comparator.comparing((DatasetInfo i) -> i.kind() == DatasetKind.EXPERIMENT ? 0 : 1))
                .map(DatasetInfo::name).toList();
        if (!choice.datasets().equals(names)) {
            String keep = choice.dataset().get();
            choice.datasets().setAll(names);
            if (keep != null && names.contains(keep)) {
                choice.dataset().set(keep);
            }
        }
        if (choice.dataset().get() == null && !names.isEmpty()) {
            choice.dataset().set(infos.stream().filter(i -> i.kind() == DatasetKind.EXPERIMENT).map(DatasetInfo::name)
                    .findFirst().orElse(names.get(0)));
        }
    }

    private void datasetChanged(String name) {
        Latest.Ticket asked = columnsRead.next();
        choice.groupColumns().clear();
        outcomes.clear();
        choice.group().set(null);
        outcome.set(null);
        if (name == null) {
            return;
        }
        loading.set(true);
        executor.background(() -> workspace.get().datasets().findByName(name).orElseThrow(() ->
                new IllegalArgumentException("there is no dataset named '" + name + "'")), asked.ifCurrent(info -> {
            loading.set(false);
            choice.groupColumns().setAll(AbDefaults.groupCandidates(info));
            outcomes.setAll(AbDefaults.numeric(info));
            boolean asShown = wanted != null && wanted.dataset().equals(name);
            outcome.set(asShown && outcomes.contains(wanted.outcome()) ? wanted.outcome()
                    : AbDefaults.outcome(info).orElse(null));
            choice.group().set(asShown && choice.groupColumns().contains(wanted.treatmentColumn())
                    ? wanted.treatmentColumn() : AbDefaults.group(info).orElse(null));
        }), asked.ifCurrent(error -> {
            loading.set(false);
            message.set("Could not read the columns of " + name + ": " + error.getMessage());
        }));
    }

    private void groupChanged(String column) {
        Latest.Ticket asked = valuesRead.next();
        choice.arms().clear();
        treatment.set(null);
        choice.control().set(null);
        String name = choice.dataset().get();
        if (column == null || name == null) {
            return;
        }
        executor.background(() -> columns.values(workspace.get(), name, column), values -> {
            if (!asked.isCurrent() || values.size() > ExperimentJobs.MAX_ARMS) {
                return;
            }
            choice.arms().setAll(values.stream().sorted().toList());
            String c = AbDefaults.control(values).orElse(choice.arms().isEmpty() ? null : choice.arms().get(0));
            choice.control().set(c);
            treatment.set(c == null ? null : AbDefaults.treated(values, c).orElse(null));
            applyWanted();
        }, error -> LOG.warn("Could not read the values of {}.{}", name, column, error));
    }

    public BooleanBinding canFitBinding() {
        return canFit;
    }

    public boolean canFit() {
        return workspace.get() != null && choice.dataset().get() != null && choice.group().get() != null
                && treatment.get() != null && choice.control().get() != null
                && !treatment.get().equals(choice.control().get()) && outcome.get() != null
                && !fitting.runningProperty().get() && !loading.get();
    }

    /** The spec Fit would run. */
    public UpliftSpec spec() {
        return new UpliftSpec(choice.dataset().get(), choice.group().get(), treatment.get(), choice.control().get(),
                outcome.get(), List.of(), learner.get(), base.get(), 0.3, 42, null, "auto");
    }

    /** Fits the chosen uplift model as a job, and shows its evaluation. */
    public void fit() {
        if (!canFit()) {
            return;
        }
        UpliftSpec spec = spec();
        fitting.start(jobs.fit(workspace.get(), spec), "Fitting the " + spec.learner().id().toUpperCase(Locale.ROOT)
                + "-learner…", done -> {
            fitting.say("Fitted run " + done.runId() + ".");
            show(done);
        }, error -> {
            String sentence = error instanceof CancelledException ? "The uplift fit was cancelled."
                    : "The uplift fit failed: " + error.getMessage();
            fitting.say(sentence);
            if (result.get() == null) {
                message.set(sentence);
            }
        });
    }

    /** Shows a result, and sets the form to what it fitted (once the dataset's columns and arms are read). */
    public void show(UpliftResult shown) {
        result.set(shown);
        message.set("");
        UpliftSpec s = shown.spec();
        wanted = s;
        learner.set(s.learner());
        base.set(s.base());
        if (!s.dataset().equals(choice.dataset().get()) && choice.datasets().contains(s.dataset())) {
            choice.dataset().set(s.dataset());
        } else if (s.dataset().equals(choice.dataset().get()) && !loading.get() && !choice.arms().isEmpty()) {
            if (s.treatmentColumn().equals(choice.group().get())) {
                if (outcomes.contains(s.outcome())) {
                    outcome.set(s.outcome());
                }
                applyWanted();
            } else if (choice.groupColumns().contains(s.treatmentColumn())) {
                choice.group().set(s.treatmentColumn());
            }
        }
    }

    /** Puts the shown result's arms into the form, when its group column's values are the ones read. */
    private void applyWanted() {
        UpliftSpec s = wanted;
        if (s == null || !s.dataset().equals(choice.dataset().get())
                || !s.treatmentColumn().equals(choice.group().get())) {
            return;
        }
        if (choice.arms().contains(s.treatmentValue()) && choice.arms().contains(s.controlValue())) {
            choice.control().set(s.controlValue());
            treatment.set(s.treatmentValue());
        }
        wanted = null;
    }

    public void workspaceChanged() {
        result.set(null);
        choice.datasets().clear();
        choice.dataset().set(null);
        refresh();
    }

    /** The result in one line: learner, arms, Qini, AUUC, uplift@k, ATE. */
    public String summary() {
        UpliftResult r = result.get();
        if (r == null) {
            return "";
        }
        UpliftSpec s = r.spec();
        StringBuilder at = new StringBuilder();
        for (int k = 0; k < r.upliftAt().length; k++) {
            at.append(k == 0 ? "" : ", ").append((k + 1) * 10).append("% ")
                    .append(ExperimentFormats.signed(r.upliftAt()[k]));
        }
        return String.format(Locale.ROOT, "Run %d · %s-learner on %s · %s vs %s on %s · %,d units fitted, %,d held"
                        + " out · Qini %.3f · AUUC %.3f (0 random, 1 perfect) · observed ATE %s · uplift@k: %s%s",
                r.runId(), s.learner().id().toUpperCase(Locale.ROOT), s.base().id().toUpperCase(Locale.ROOT),
                s.treatmentValue(), s.controlValue(), s.outcome(), r.trainUnits(), r.testUnits(), r.qini(), r.auuc(),
                ExperimentFormats.signed(r.observedAte()), at, r.warnings().isEmpty() ? ""
                        : " · " + String.join(" · ", r.warnings()));
    }

    /** The dataset, group column, arms and control arm chosen. */
    public ExperimentChoice choice() {
        return choice;
    }

    /** The treated arm, the outcome and the learners chosen. */
    public UpliftForm form() {
        return form;
    }

    public ReadOnlyObjectProperty<UpliftResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The fit job: running, progress, what it is doing, cancel. */
    public JobSlot job() {
        return fitting;
    }
}
