package io.campaignlab.views.segments;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.segments.rules.AudienceCount;
import io.campaignlab.engine.segments.rules.RuleOperator;
import io.campaignlab.engine.segments.rules.RuleSegmentRequest;
import io.campaignlab.engine.segments.rules.RuleSegmentation;
import io.campaignlab.engine.segments.rules.SegmentRule;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import io.campaignlab.views.jobs.Latest;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * State of the rule builder: the events and users datasets, the snapshot, the condition rows, the live audience
 * count and Save as segment. Any change schedules a count through the debouncer; the count runs in the background
 * (one SQL query) and an answer to an older rule is dropped. Never touches a node.
 */
public final class RuleBuilderViewModel {

    /** Shown in the users box for "no users dataset". */
    public static final String NO_USERS = "(none: users of the events)";
    private static final Logger LOG = LoggerFactory.getLogger(RuleBuilderViewModel.class);

    /** Schedules work after edits have settled: a pause on screen, at once in tests. */
    public interface Debouncer {
        void schedule(Runnable work);
    }

    private final SegmentStore store;
    private final JobExecutor executor;
    private final SegmentJobs jobs;
    private final Debouncer debouncer;
    private final ObservableList<String> eventDatasets = FXCollections.observableArrayList();
    private final ObservableList<String> userDatasets = FXCollections.observableArrayList();
    private final ObservableList<String> measures = FXCollections.observableArrayList();
    private final ObjectProperty<String> events = new SimpleObjectProperty<>(this, "events");
    private final ObjectProperty<String> users = new SimpleObjectProperty<>(this, "users", NO_USERS);
    private final ObjectProperty<LocalDate> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final ObservableList<ConditionRow> conditions = FXCollections.observableArrayList(
            row -> new Observable[]{row.measureProperty(), row.operatorProperty(), row.valueProperty()});
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyStringWrapper audience = new ReadOnlyStringWrapper(this, "audience", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private List<DatasetInfo> known = List.of();
    private AudienceCount lastCount;
    private final Latest counts = new Latest();
    private final JobSlot saving;
    private Consumer<Long> onSaved = id -> { };
    private final RuleChoices choices = new RuleChoices(eventDatasets, userDatasets, measures);
    private final RuleForm form = new RuleForm(events, users, snapshot, conditions, name);
    private final RuleReadout readout = new RuleReadout(audience.getReadOnlyProperty(), problem.getReadOnlyProperty(),
            counting.getReadOnlyProperty(), saved.getReadOnlyProperty());

    /** @param ui runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests */
    public RuleBuilderViewModel(SegmentStore store, JobExecutor executor, java.util.concurrent.Executor ui,
                                SegmentJobs jobs, Debouncer debouncer) {
        this.store = store;
        this.executor = executor;
        this.saving = new JobSlot(executor, ui);
        this.jobs = jobs;
        this.debouncer = debouncer;
        conditions.addListener((javafx.collections.ListChangeListener<ConditionRow>) c -> changed());
        events.addListener((o, a, b) -> {
            measuresChanged();
            changed();
        });
        users.addListener((o, a, b) -> {
            measuresChanged();
            changed();
        });
        snapshot.addListener((o, a, b) -> changed());
    }

    /** Called with the new segmentation's id after Save as segment. */
    public void onSaved(Consumer<Long> action) {
        onSaved = action;
    }

    /** The datasets are known (listed by the section): fills the pickers, keeping choices that still exist. */
    public void datasets(List<DatasetInfo> datasets) {
        known = List.copyOf(datasets);
        List<String> withUsers = datasets.stream().filter(d -> !d.columnsWithRole(ColumnRole.USER_ID).isEmpty())
                .map(DatasetInfo::name).filter(n -> !n.startsWith("scores_run")).toList();
        List<String> timed = datasets.stream().filter(d -> !d.columnsWithRole(ColumnRole.USER_ID).isEmpty()
                && !d.columnsWithRole(ColumnRole.TIMESTAMP).isEmpty()).map(DatasetInfo::name)
                .filter(n -> !n.startsWith("scores_run")).toList();
        if (!eventDatasets.equals(timed)) {
            eventDatasets.setAll(timed);
        }
        List<String> u = new ArrayList<>();
        u.add(NO_USERS);
        u.addAll(withUsers);
        if (!userDatasets.equals(u)) {
            userDatasets.setAll(u);
        }
        if (events.get() == null || !timed.contains(events.get())) {
            events.set(timed.contains("events") ? "events" : timed.isEmpty() ? null : timed.get(0));
        }
        if (users.get() == null || !u.contains(users.get()) || conditions.isEmpty()) {
            users.set(withUsers.contains("users") ? "users" : NO_USERS);
        }
        if (conditions.isEmpty()) {
            conditions.add(new ConditionRow("purchases_30d", RuleOperator.GE, "1"));
        }
        measuresChanged();
    }

    private void measuresChanged() {
        List<String> m = new ArrayList<>(List.of("purchases_30d", "purchases_90d", "spend_90d", "views_7d",
                "clicks_7d", "days_since_purchase"));
        for (DatasetInfo d : known) {
            java.util.regex.Matcher run = java.util.regex.Pattern.compile("scores_run(\\d+)_(.+)").matcher(d.name());
            if (run.matches()) {
                m.add("score:run" + run.group(1) + "@" + run.group(2));
                m.add("score:run" + run.group(1) + "@" + run.group(2) + ":max");
            }
        }
        String u = usersDataset();
        known.stream().filter(d -> d.name().equals(u)).findFirst().ifPresent(d -> {
            for (ColumnMeta c : d.columns()) {
                if (c.role() != ColumnRole.USER_ID && !c.groundTruth()) {
                    m.add(c.name());
                }
            }
        });
        if (!measures.equals(m)) {
            measures.setAll(m);
        }
    }

    /** Adds an empty condition row. */
    public void addCondition() {
        conditions.add(new ConditionRow("", RuleOperator.GE, ""));
    }

    public void removeCondition(ConditionRow row) {
        conditions.remove(row);
    }

    /** The rule the rows make now; throws naming the condition that is wrong. */
    public SegmentRule rule() {
        List<String> texts = conditions.stream().filter(r -> !r.blank()).map(ConditionRow::text).toList();
        return SegmentRule.parse(events.get(), usersDataset(), snapshot.get(), texts);
    }

    private String usersDataset() {
        return users.get() == null || NO_USERS.equals(users.get()) ? null : users.get();
    }

    private void changed() {
        saved.set("");
        Latest.Ticket asked = counts.next();
        debouncer.schedule(() -> {
            if (asked.isCurrent()) {
                count(asked);
            }
        });
    }

    private void count(Latest.Ticket asked) {
        SegmentRule rule;
        try {
            rule = rule();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            audience.set("");
            lastCount = null;
            return;
        }
        problem.set("");
        counting.set(true);
        audience.set("Counting…");
        long started = System.nanoTime();
        executor.background(() -> store.count(rule), asked.ifCurrent(count -> {
            counting.set(false);
            lastCount = count;
            audience.set(String.format(Locale.ROOT, "%,d of %,d users (%.1f%%)%s · counted in %.1f s",
                    count.matching(), count.population(), 100 * count.share(),
                    count.snapshot() == null ? "" : " · windows end at " + count.snapshot(),
                    (System.nanoTime() - started) / 1e9));
        }), asked.ifCurrent(error -> {
            counting.set(false);
            lastCount = null;
            audience.set("");
            problem.set(error.getMessage());
        }));
    }

    /** Whether Save as segment can start. */
    public boolean canSave() {
        return !saving.runningProperty().get() && problem.get().isEmpty() && lastCount != null;
    }

    /** Stores the rule's users as a segment, as a job. */
    public void save() {
        SegmentRule rule;
        try {
            rule = rule();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        saved.set("Saving…");
        Job<RuleSegmentation> job = jobs.rules(new RuleSegmentRequest(name.get(), rule));
        saving.start(job, "Saving…", done -> {
            saved.set(String.format(Locale.ROOT, "Saved '%s': %,d users, segmentation %d.", done.name(),
                    done.count().matching(), done.segmentationId()));
            onSaved.accept(done.segmentationId());
        }, error -> saved.set(error instanceof CancelledException ? "Cancelled."
                : "Could not save: " + error.getMessage()));
    }

    /** The datasets and measures the pickers offer. */
    public RuleChoices choices() {
        return choices;
    }

    /** The rule: its datasets, snapshot and conditions, and the name to save it under. */
    public RuleForm form() {
        return form;
    }

    /** The live count and what Save as segment did. */
    public RuleReadout readout() {
        return readout;
    }

    /** The job that saves the rule's users as a segment. */
    public JobSlot saving() {
        return saving;
    }

    /**
     * What the pickers offer.
     *
     * @param measures behaviour, the scores in the workspace, the users dataset's columns
     */
    public record RuleChoices(ObservableList<String> eventDatasets, ObservableList<String> userDatasets,
                              ObservableList<String> measures) {
    }

    /**
     * The rule and the name Save as segment uses.
     *
     * @param conditions the condition rows, all of which a user must meet
     */
    public record RuleForm(ObjectProperty<String> events, ObjectProperty<String> users,
                           ObjectProperty<LocalDate> snapshot, ObservableList<ConditionRow> conditions,
                           StringProperty name) {
    }

    /**
     * The live count.
     *
     * @param audience the live count, in words; empty while there is none
     * @param problem  why the rule cannot be counted; empty when it can
     * @param saved    what Save as segment did
     */
    public record RuleReadout(ReadOnlyStringProperty audience, ReadOnlyStringProperty problem,
                              ReadOnlyBooleanProperty counting, ReadOnlyStringProperty saved) {
    }
}
