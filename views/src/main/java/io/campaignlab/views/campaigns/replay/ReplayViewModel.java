package io.campaignlab.views.campaigns.replay;

import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.function.Supplier;

/**
 * The replay pane's state: the id typed or pasted, the decision found (or why none), and the latest decisions of the
 * chosen campaign to pick from. Reads run off the JavaFX thread; an answer for an id the user has since replaced is
 * dropped.
 */
public final class ReplayViewModel {

    /** Latest decisions listed. */
    public static final int LATEST = 50;

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor jobs;
    private final DecisionLookup lookup;
    private final ObjectProperty<String> campaign;
    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final ReadOnlyObjectWrapper<Decision> decision = new ReadOnlyObjectWrapper<>(this, "decision");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            "Enter or paste a decision id, or pick one of the latest.");
    private final ObservableList<Decision> latest = FXCollections.observableArrayList();
    private long asked;

    public ReplayViewModel(Supplier<WorkspaceContext> workspace, JobExecutor jobs, DecisionLookup lookup,
                           ObjectProperty<String> campaign) {
        this.workspace = workspace;
        this.jobs = jobs;
        this.lookup = lookup;
        this.campaign = campaign;
        campaign.addListener((o, old, now) -> refresh());
    }

    /** Looks the id up in the decision log. */
    public void replay() {
        String wanted = id.get() == null ? "" : id.get().strip();
        WorkspaceContext ws = workspace.get();
        if (wanted.isEmpty()) {
            message.set("Enter a decision id first.");
            return;
        }
        if (ws == null) {
            message.set("Open a workspace first.");
            return;
        }
        long ticket = ++asked;
        message.set("Reading decision " + wanted + "…");
        jobs.background(() -> lookup.find(ws, wanted), found -> {
            if (ticket != asked) {
                return;
            }
            decision.set(found.orElse(null));
            message.set(found.isPresent() ? "" : "There is no logged decision '" + wanted + "'.");
        }, error -> {
            if (ticket == asked) {
                decision.set(null);
                message.set("The decision log could not be read: " + error.getMessage());
            }
        });
    }

    /** Shows a decision picked from the latest list. */
    public void pick(Decision d) {
        if (d != null) {
            asked++;
            id.set(d.decisionId());
            decision.set(d);
            message.set("");
        }
    }

    /** Reloads the latest decisions of the chosen campaign (of every campaign when none is chosen). */
    public void refresh() {
        WorkspaceContext ws = workspace.get();
        if (ws == null) {
            latest.clear();
            return;
        }
        String name = campaign.get();
        jobs.background(() -> lookup.latest(ws, name, LATEST), list -> {
            if (java.util.Objects.equals(name, campaign.get())) {
                latest.setAll(list);
            }
        }, error -> message.set("The decision log could not be read: " + error.getMessage()));
    }

    public StringProperty id() {
        return id;
    }

    public ReadOnlyObjectProperty<Decision> decision() {
        return decision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<Decision> latest() {
        return latest;
    }

    public ObjectProperty<String> campaign() {
        return campaign;
    }
}
