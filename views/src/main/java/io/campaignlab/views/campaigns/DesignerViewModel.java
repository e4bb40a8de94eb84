package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.AudienceSize;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.FieldProblem;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import io.campaignlab.views.jobs.Latest;
import io.campaignlab.views.segments.RuleBuilderViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * State of the Design tab: the fields of the design shown ({@link DesignForm}), every problem of it by field path
 * (checked after each edit, as {@code campaign import} checks a file), whether it was edited since it was shown or
 * saved, whether it can be edited at all (a frozen version or a stopped campaign cannot), and the audience's live
 * size, counted in the database as a job once edits settle; a count for an audience since edited is dropped. Never
 * touches a node.
 */
public final class DesignerViewModel {

    private static final Pattern SCORES = Pattern.compile("scores_run(\\d+)_(.+)");
    private static final Pattern UPLIFT = Pattern.compile("uplift_run(\\d+)_(.+)");

    private final CampaignStore store;
    private final RuleBuilderViewModel.Debouncer debouncer;
    private final DesignForm form = new DesignForm();
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ObservableList<String> problemLines = FXCollections.observableArrayList();
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper(this, "size", "");
    private final JobSlot counting;
    private final Latest counts = new Latest();
    private final ObservableList<CampaignStore.SegmentChoice> segments = FXCollections.observableArrayList();
    private final ObservableList<String> eventDatasets = FXCollections.observableArrayList(AudienceForm.NONE);
    private final ObservableList<String> userDatasets = FXCollections.observableArrayList(AudienceForm.NONE);
    private final ObservableList<String> measures = FXCollections.observableArrayList();
    private final ObservableList<RunChoice> recommenderRuns = FXCollections.observableArrayList();
    private final ObservableList<RunChoice> modelRuns = FXCollections.observableArrayList();
    private DesignForm.Built built;
    private boolean loading;

    /**
     * @param ui        runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     * @param debouncer when the audience is counted after an edit
     */
    public DesignerViewModel(CampaignStore store, JobExecutor executor, Executor ui,
                             RuleBuilderViewModel.Debouncer debouncer) {
        this.store = store;
        this.debouncer = debouncer;
        this.counting = new JobSlot(executor, ui);
        form.onChange(this::changed);
    }

    /** Shows a design: editable (a draft) or not (a frozen version, a stopped campaign). */
    public void show(Campaign design, boolean canEdit) {
        loading = true;
        try {
            form.load(design);
        } finally {
            loading = false;
        }
        editable.set(canEdit);
        dirty.set(false);
        shown.set(true);
        check();
        scheduleCount();
    }

    /** Shows nothing (no campaign selected). */
    public void clear() {
        counts.invalidate();
        counting.cancel();
        shown.set(false);
        editable.set(false);
        dirty.set(false);
        size.set("");
        problems.clear();
        problemLines.clear();
    }

    /** The edited draft was stored: what is shown is what is saved. */
    void saved() {
        dirty.set(false);
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(true);
        check();
        scheduleCount();
    }

    private void check() {
        built = form.build();
        Map<String, String> byPath = new LinkedHashMap<>();
        for (FieldProblem p : built.problems()) {
            byPath.merge(p.path(), p.reason(), (a, b) -> a + "; " + b);
        }
        problems.keySet().retainAll(byPath.keySet());
        problems.putAll(byPath);
        problemLines.setAll(built.problems().stream().map(FieldProblem::message).toList());
    }

    private void scheduleCount() {
        Latest.Ticket asked = counts.next();
        debouncer.schedule(() -> {
            if (asked.isCurrent()) {
                count();
            }
        });
    }

    private void count() {
        if (!shown.get()) {
            return;
        }
        List<FieldProblem> wrong = built.problems().stream().filter(p -> p.path().startsWith("audience")
                || p.path().isEmpty()).toList();
        if (!wrong.isEmpty()) {
            counting.cancel();
            size.set("Not counted: " + wrong.get(0).message());
            return;
        }
        Audience audience = built.campaign().audience();
        long started = System.nanoTime();
        size.set("Counting…");
        counting.replace(countJob(audience), "Counting the audience…", s -> size.set(sizeText(s,
                (System.nanoTime() - started) / 1e9)), error -> size.set(error instanceof CancelledException ? ""
                : "Not counted: " + error.getMessage()));
    }

    private Job<AudienceSize> countJob(Audience audience) {
        return Job.of("campaign-audience", "Count a campaign's audience", (progress, cancel) -> {
            cancel.throwIfCancelled();
            AudienceSize s = store.count(audience);
            cancel.throwIfCancelled();
            return s;
        });
    }

    static String sizeText(AudienceSize s, double seconds) {
        String excluded = s.excluded() == 0 ? "" : String.format(Locale.ROOT, " (%,d targeted, %,d excluded)",
                s.targeted(), s.excluded());
        return String.format(Locale.ROOT, "%,d users%s · counted in %.1f s", s.size(), excluded, seconds);
    }

    /** The workspace's segments and datasets, for the pickers; keeps the choices made. */
    public void choices(List<DatasetInfo> datasets, List<CampaignStore.SegmentChoice> stored) {
        if (!segments.equals(stored)) {
            segments.setAll(stored);
        }
        List<String> events = new ArrayList<>(List.of(AudienceForm.NONE));
        List<String> users = new ArrayList<>(List.of(AudienceForm.NONE));
        List<String> m = new ArrayList<>(List.of("purchases_30d", "purchases_90d", "spend_90d", "views_7d",
                "clicks_7d", "days_since_purchase"));
        for (DatasetInfo d : datasets) {
            Matcher score = SCORES.matcher(d.name());
            Matcher uplift = UPLIFT.matcher(d.name());
            if (score.matches()) {
                m.add("score:run" + score.group(1) + "@" + score.group(2));
            } else if (uplift.matches()) {
                m.add("uplift:run" + uplift.group(1));
            } else if (!d.columnsWithRole(ColumnRole.USER_ID).isEmpty()) {
                users.add(d.name());
                if (!d.columnsWithRole(ColumnRole.TIMESTAMP).isEmpty()) {
                    events.add(d.name());
                }
            }
        }
        String u = form.audience().fields().users().get();
        datasets.stream().filter(d -> d.name().equals(u)).findFirst().ifPresent(d -> {
            for (ColumnMeta c : d.columns()) {
                if (c.role() != ColumnRole.USER_ID && !c.groundTruth()) {
                    m.add(c.name());
                }
            }
        });
        keep(eventDatasets, events, form.audience().fields().events().get());
        keep(userDatasets, users, u);
        if (!measures.equals(m)) {
            measures.setAll(m);
        }
    }

    /** The workspace's runs an offer can name, for the offers' run pickers; an unchanged list is left as it is. */
    public void runs(List<RunChoice> runs) {
        for (RunChoice.Use use : RunChoice.Use.values()) {
            List<RunChoice> some = RunChoice.of(runs, use);
            ObservableList<RunChoice> list = runsFor(use);
            if (!list.equals(some)) {
                list.setAll(some);
            }
        }
    }

    /** The runs of one use: recommender runs for recommendation slots, model runs for ads and responses. */
    public ObservableList<RunChoice> runsFor(RunChoice.Use use) {
        return use == RunChoice.Use.RECOMMENDER ? recommenderRuns : modelRuns;
    }

    /**
     * Sets the choices, keeping the one the design names even when the workspace lacks it; an unchanged list is left
     * as it is, so that a box showing it keeps its value.
     */
    private static void keep(ObservableList<String> list, List<String> names, String chosen) {
        if (chosen != null && !names.contains(chosen)) {
            names.add(chosen);
        }
        if (!list.equals(names)) {
            list.setAll(names);
        }
    }

    /** The design the fields make, with its problems; null before any is shown. */
    public DesignForm.Built built() {
        return built;
    }

    /** The problems of one field and of the fields inside it ({@code audience.exclude_segments[1]}), or empty. */
    public StringBinding problemAt(String path) {
        return Bindings.createStringBinding(() -> String.join("; ", problems.entrySet().stream()
                .filter(e -> e.getKey().equals(path) || e.getKey().startsWith(path + ".")
                        || e.getKey().startsWith(path + "["))
                .map(e -> e.getKey().equals(path) ? e.getValue() : e.getKey().substring(path.length())
                        .replaceFirst("^\\.", "") + ": " + e.getValue()).toList()), problems);
    }

    /** The problems of exactly this path (e.g. an offer as a whole), or empty. */
    public StringBinding problemOnly(String path) {
        return Bindings.createStringBinding(() -> problems.getOrDefault(path, ""), problems);
    }

    public DesignForm form() {
        return form;
    }

    /** Every problem of the design, {@code path: reason}, in the file's order. */
    public ObservableList<String> problems() {
        return problemLines;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    /** Whether the fields were edited since the design was shown or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Whether a design is shown. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The audience's live size, in words. */
    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** The count job: running, progress, cancel. */
    public JobSlot counting() {
        return counting;
    }

    public ObservableList<CampaignStore.SegmentChoice> segments() {
        return segments;
    }

    public ObservableList<String> eventDatasets() {
        return eventDatasets;
    }

    public ObservableList<String> userDatasets() {
        return userDatasets;
    }

    /** Behaviour measures, the workspace's score and uplift runs, and the users dataset's columns. */
    public ObservableList<String> measures() {
        return measures;
    }
}
