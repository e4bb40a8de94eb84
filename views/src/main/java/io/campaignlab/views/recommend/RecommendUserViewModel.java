package io.campaignlab.views.recommend;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.UserRecommendations;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import io.campaignlab.views.jobs.RunPicker;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The User tab's state: a completed recommendation run, the user searched for (with suggestions from the user ids of
 * the run's dataset, read in the background once per dataset), and that user's recent history (latest first) beside
 * the run's top-N recommendations with the reason for each. Serving the user runs as a job. Never touches a node.
 */
public final class RecommendUserViewModel {

    /** How many suggestions the search offers at most. */
    public static final int SUGGESTIONS = 12;
    /** History events shown. */
    public static final int HISTORY = 30;

    private static final Logger LOG = LoggerFactory.getLogger(RecommendUserViewModel.class);

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final RecommendJobs jobs;
    private final RunPicker<RecommendRunRow> picker = new RunPicker<>(RecommendRunRow::id);
    private final ObservableList<RecommendRunRow> runs = picker.runs();
    private final ObjectProperty<RecommendRunRow> run = picker.runProperty();
    /** The run the tab shows, to tell whether its users must be read again. */
    private RecommendRunRow shownRun;
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", 10);
    /** The items dataset that names items; blank for the one named items. */
    private final StringProperty items = new SimpleStringProperty(this, "items", "");
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObservableList<RecommendationRow> recommendations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final JobSlot serving;
    private final Map<String, List<String>> usersByDataset = new HashMap<>();
    private volatile List<String> users = List.of();
    private String pendingUser;

    /** @param ui runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests */
    public RecommendUserViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, Executor ui,
                                  RecommendJobs jobs) {
        this.workspace = workspace;
        this.executor = executor;
        this.serving = new JobSlot(executor, ui);
        this.jobs = jobs;
        picker.onChange(now -> {
            RecommendRunRow old = shownRun;
            shownRun = now;
            runChanged(old, now);
        });
        message.set(RecommendRunsViewModel.NO_RUNS);
    }

    /** The completed runs with a saved model, newest first; keeps the chosen run when it is still there. */
    public void setRuns(List<RecommendRunRow> all) {
        List<RecommendRunRow> completed = all.stream().filter(RecommendRunRow::completed).toList();
        picker.offer(new RunPicker.Listing<>(completed, r -> true));
        if (completed.isEmpty()) {
            message.set(RecommendRunsViewModel.NO_RUNS);
        }
    }

    private void runChanged(RecommendRunRow old, RecommendRunRow now) {
        history.clear();
        recommendations.clear();
        summary.set("");
        if (now == null) {
            users = List.of();
            return;
        }
        message.set("Search a user of " + now.dataset() + " by id, then press Show.");
        if (old != null && old.dataset().equals(now.dataset()) && !users.isEmpty()) {
            return;
        }
        loadUsers(now.dataset());
    }

    private void loadUsers(String dataset) {
        List<String> cached = usersByDataset.get(dataset);
        if (cached != null) {
            usersLoaded(cached);
            return;
        }
        users = List.of();
        executor.background(() -> jobs.users(workspace.get(), dataset, ProgressListener.none(),
                new CancellationToken()), found -> {
                    usersByDataset.put(dataset, found);
                    if (run.get() != null && run.get().dataset().equals(dataset)) {
                        usersLoaded(found);
                    }
                }, error -> {
                    LOG.warn("Could not read the users of {}", dataset, error);
                    message.set("Could not read the users of " + dataset + ": " + error.getMessage());
                });
    }

    private void usersLoaded(List<String> found) {
        users = List.copyOf(found);
        if (pendingUser != null) {
            String wanted = pendingUser;
            pendingUser = null;
            user.set(wanted);
            show();
        } else if (user.get().isBlank() && !found.isEmpty()) {
            user.set(found.get(0));
        }
    }

    /** Chooses a run by id, now if it is listed, else once it is (the snapshot command's --run). */
    public void preferRun(long id) {
        picker.select(id);
    }

    /** Shows a user once the run's users are read (the snapshot command's --user). */
    public void showUser(String id) {
        if (!users.isEmpty()) {
            user.set(id);
            show();
        } else {
            pendingUser = id;
        }
    }

    /**
     * Up to {@value #SUGGESTIONS} user ids of the run's dataset starting with the text typed (all of them matching
     * by containment when none starts with it). Safe from any thread: it reads a frozen list.
     */
    public List<String> suggest(String typed) {
        String t = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        List<String> snapshot = users;
        List<String> out = new ArrayList<>();
        for (String id : snapshot) {
            if (id.toLowerCase(Locale.ROOT).startsWith(t)) {
                out.add(id);
                if (out.size() == SUGGESTIONS) {
                    return out;
                }
            }
        }
        if (out.isEmpty() && !t.isEmpty()) {
            for (String id : snapshot) {
                if (id.toLowerCase(Locale.ROOT).contains(t)) {
                    out.add(id);
                    if (out.size() == SUGGESTIONS) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** How many user ids the search knows (0 until they are read). */
    public int knownUsers() {
        return users.size();
    }

    /** Serves the run to the user as a job: history and recommendations with reasons. */
    public void show() {
        RecommendRunRow chosen = run.get();
        String id = user.get() == null ? "" : user.get().trim();
        if (chosen == null) {
            message.set(runs.isEmpty() ? RecommendRunsViewModel.NO_RUNS : "Choose a run.");
            return;
        }
        if (id.isEmpty()) {
            message.set("Type a user id of " + chosen.dataset() + ".");
            return;
        }
        int n = Math.max(1, count.get());
        String itemsDataset = items.get() == null || items.get().isBlank() ? null : items.get().strip();
        Job<UserRecommendations> job = Job.of("recommend-user", "Recommend for user " + id + " with run " + chosen.id(),
                (progress, cancel) -> jobs.forUser(workspace.get(), chosen.id(), id, n, HISTORY, itemsDataset, progress,
                        cancel));
        serving.replace(job, "Ranking every item for user " + id + "…", found -> {
            serving.say("");
            shown(chosen, found);
        }, error -> {
            serving.say("");
            boolean cancelled = error instanceof CancelledException;
            history.clear();
            recommendations.clear();
            summary.set("");
            message.set(cancelled ? "Cancelled." : "Could not recommend for user " + id + ": " + error.getMessage());
        });
    }

    private void shown(RecommendRunRow chosen, UserRecommendations found) {
        EventWeights weights = weights(chosen);
        List<HistoryRow> events = new ArrayList<>();
        for (UserRecommendations.Event e : found.history()) {
            events.add(new HistoryRow(found.named(e.item()), RecommendFormats.eventType(e, weights),
                    RecommendFormats.time(e.epochMillis()), e.epochMillis()));
        }
        Optional<RecommenderKind> kind = chosen.kind();
        List<RecommendationRow> rows = new ArrayList<>();
        int rank = 1;
        for (UserRecommendations.Recommendation r : found.recommendations()) {
            rows.add(new RecommendationRow(rank++, found.named(r.item()), r.score(), found.fallback() != null
                    ? "fallback: " + found.fallback()
                    : RecommendFormats.because(kind, r.because().stream().map(b -> new UserRecommendations.Because(
                    found.named(b.item()), b.contribution())).toList())));
        }
        history.setAll(events);
        recommendations.setAll(rows);
        summary.set(String.format(Locale.ROOT, "User %s · %s · %s%s%s%s", found.user(), chosen.label(),
                chosen.protocolText(), found.fallback() == null ? "" : " · fallback: " + found.fallback() + " ("
                        + (found.history().isEmpty() ? "unknown user" : "no history the model knows") + ")",
                found.skippedItems().isEmpty() ? "" : " · skipped " + found.skippedItems().size() + " history"
                        + " item(s) the model does not know",
                found.warning() == null ? "" : " · note: " + found.warning()));
        message.set(rows.isEmpty() ? "The run has nothing left to recommend to user " + found.user() + "." : "");
    }

    /** The event weights the run trained with (defaults when its parameters cannot be read). */
    static EventWeights weights(RecommendRunRow row) {
        try {
            StoredParams params = ReportJson.read(row.record().spec().paramsJson(), StoredParams.class);
            return params.event_weights() == null ? EventWeights.defaults() : params.event_weights();
        } catch (RuntimeException unreadable) {
            return EventWeights.defaults();
        }
    }

    /** The part of a recommendation run's stored parameters the tab reads. */
    record StoredParams(EventWeights event_weights) {
    }

    public ObservableList<RecommendRunRow> runs() {
        return runs;
    }

    public ObjectProperty<RecommendRunRow> runProperty() {
        return run;
    }

    /** The user id typed. */
    /** The items dataset that names items, as typed; blank for the one named items. */
    public StringProperty itemsProperty() {
        return items;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** How many recommendations to show. */
    public IntegerProperty countProperty() {
        return count;
    }

    /** The user's recent events, latest first. */
    public ObservableList<HistoryRow> history() {
        return history;
    }

    /** The top items, best first, with reasons. */
    public ObservableList<RecommendationRow> recommendations() {
        return recommendations;
    }

    /** Why nothing is shown, or what to do next; empty when recommendations are shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** One line on what is shown: user, run, protocol. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The job that reads the user's history and ranks the items. */
    public JobSlot serving() {
        return serving;
    }
}
