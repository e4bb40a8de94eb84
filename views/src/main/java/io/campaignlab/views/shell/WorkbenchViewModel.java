package io.campaignlab.views.shell;

import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The window's state: the open workspace, the section shown, the search. Opening a workspace (migrations, crash
 * recovery) happens in the background; the previous one is closed after the new one is open.
 */
public final class WorkbenchViewModel {

    private final Function<Path, WorkspaceContext> opener;
    private final JobExecutor jobs;
    private final DialogService dialogs;
    private final UiPreferences preferences;
    private final ReadOnlyObjectWrapper<WorkspaceContext> workspace = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.DATA);
    private final StringProperty workspaceLabel = new SimpleStringProperty("no workspace");
    private volatile Runnable beforeClosing = () -> { };
    private java.util.function.Consumer<Runnable> beforeSwitching = Runnable::run;

    public WorkbenchViewModel(Function<Path, WorkspaceContext> opener, JobExecutor jobs, DialogService dialogs,
                              UiPreferences preferences) {
        this.opener = opener;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.preferences = preferences;
    }

    /**
     * What must stop before a workspace closes (the GUI's decision server, which logs to it); runs off the UI thread.
     */
    public void beforeClosing(Runnable action) {
        this.beforeClosing = action;
    }

    /**
     * What must be asked on the UI thread before another workspace replaces the open one (edits not saved): it runs
     * the switch it is given, or not, when the user cancels.
     */
    public void beforeSwitching(java.util.function.Consumer<Runnable> guard) {
        this.beforeSwitching = guard;
    }

    /**
     * Opens a workspace in the background; {@code then} runs on the UI thread once it is open. With a workspace open,
     * {@link #beforeSwitching} is asked first.
     */
    public void open(Path folder, Runnable then) {
        if (workspace.get() == null) {
            openNow(folder, then);
        } else {
            beforeSwitching.accept(() -> openNow(folder, then));
        }
    }

    private void openNow(Path folder, Runnable then) {
        workspaceLabel.set("opening " + folder + "…");
        jobs.background(() -> opener.apply(folder), opened -> {
            WorkspaceContext previous = workspace.get();
            workspace.set(opened);
            workspaceLabel.set(opened.folder().toString());
            preferences.lastWorkspace(opened.folder());
            if (previous != null) {
                jobs.background(() -> {
                    beforeClosing.run();
                    previous.close();
                    return null;
                }, ignored -> { }, ignored -> { });
            }
            then.run();
        }, error -> {
            workspaceLabel.set(workspace.get() == null ? "no workspace" : workspace.get().folder().toString());
            dialogs.showError("Cannot open workspace", String.valueOf(error.getMessage()), null);
        });
    }

    /** Datasets and runs that match the text ({@link WorkspaceSearch}), found in the background. */
    public void search(String text, Consumer<List<SearchHit>> results) {
        WorkspaceContext ws = workspace.get();
        if (ws == null || text == null || text.isBlank()) {
            results.accept(List.of());
            return;
        }
        jobs.background(() -> WorkspaceSearch.find(ws, text), results, error -> results.accept(List.of()));
    }

    public ReadOnlyObjectProperty<WorkspaceContext> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public WorkspaceContext workspace() {
        return workspace.get();
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public StringProperty workspaceLabelProperty() {
        return workspaceLabel;
    }

    public UiPreferences preferences() {
        return preferences;
    }
}
