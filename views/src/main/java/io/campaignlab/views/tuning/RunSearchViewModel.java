package io.campaignlab.views.tuning;

import io.campaignlab.engine.runs.RunRepository;
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
import java.util.function.UnaryOperator;

/**
 * A Search tab's readout, shared by the Models and Recommend sections: the settings search of the focused run, read
 * in the background with the section's reader, or a sentence saying why there is none. Never touches a node.
 */
public final class RunSearchViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RunSearchViewModel.class);

    /** What the tab says with no run focused. */
    public static final String SELECT = "Select a run in the Runs tab to see how its settings were chosen.";

    /** Reads the search of a stored run (on a worker thread); empty when the run did not search. */
    @FunctionalInterface
    public interface SearchReader {
        Optional<SearchResult> read(RunRepository runs, long runId);
    }

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final SearchReader reader;
    private final UnaryOperator<String> none;
    private final Latest reads = new Latest();
    private final ReadOnlyObjectWrapper<SearchResult> search = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();

    /**
     * @param reader the section's reader of a run's search
     * @param none   what it says of a run without a search, from the run's label
     */
    public RunSearchViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, SearchReader reader,
                              UnaryOperator<String> none) {
        this.workspace = workspace;
        this.executor = executor;
        this.reader = reader;
        this.none = none;
        message.set(SELECT);
    }

    /** Reads the search of a run (null id: none focused). */
    public void show(Long id, String label) {
        if (id == null || workspace.get() == null) {
            reads.invalidate();
            search.set(null);
            message.set(SELECT);
            return;
        }
        long runId = id;
        reads.background(executor, () -> reader.read(workspace.get().runs(), runId), (Optional<SearchResult> s) -> {
            search.set(s.orElse(null));
            message.set(s.isPresent() ? "" : none.apply(label));
        }, error -> {
            LOG.warn("Could not read the search of run {}", runId, error);
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
