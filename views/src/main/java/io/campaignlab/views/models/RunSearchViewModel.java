package io.campaignlab.views.models;

import io.campaignlab.engine.models.TrainingJob;
import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.Latest;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Search tab's readout: the settings search of the focused run, read in the background, or a sentence saying
 * why there is none. Never touches a node.
 */
public final class RunSearchViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RunSearchViewModel.class);

    /** What the tab says with no run focused. */
    public static final String SELECT = "Select a run in the Runs tab to see how its settings were chosen.";

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final Latest reads = new Latest();
    private final ReadOnlyObjectWrapper<SearchResult> search = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(SELECT);

    public RunSearchViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor) {
        this.workspace = workspace;
        this.executor = executor;
    }

    /** Reads the search of a run (null: none focused). */
    public void show(RunRow run) {
        if (run == null || workspace.get() == null) {
            reads.invalidate();
            search.set(null);
            message.set(SELECT);
            return;
        }
        long id = run.id();
        String label = run.label();
        reads.background(executor, () -> TrainingJob.searchOf(workspace.get().runs(), id), (Optional<SearchResult> s) -> {
            search.set(s.orElse(null));
            message.set(s.isPresent() ? "" : "Run " + label + " trained with the settings given (Tune: off, or a"
                    + " run from before searches); it has no search to show.");
        }, error -> {
            LOG.warn("Could not read the search of run {}", id, error);
            search.set(null);
            message.set("Could not read the search of run " + label + ": " + error.getMessage());
        });
    }

    public ReadOnlyObjectProperty<SearchResult> searchProperty() {
        return search.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
