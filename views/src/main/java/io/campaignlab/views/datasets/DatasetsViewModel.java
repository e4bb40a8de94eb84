package io.campaignlab.views.datasets;

import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.browse.TableBrowserViewModel;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.common.Formats;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.profiling.ColumnProfileViewModel;
import io.campaignlab.views.rejections.RejectionsViewModel;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * State of the Data section: the datasets of the workspace, the selected one, the visible detail tab, and the
 * view models of the three tabs, which load only when shown. Delete, rename and re-profile run in the background.
 * Never touches a node.
 */
public final class DatasetsViewModel {

    /** What the empty list says. */
    public static final String EMPTY = "No datasets yet — import a file or create the demo data";

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final DialogService dialogs;
    private final TableBrowserViewModel browser;
    private final ColumnProfileViewModel profile;
    private final RejectionsViewModel rejections;

    private final ObservableList<DatasetSummary> datasets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DatasetSummary> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObjectProperty<DetailTab> detailTab = new SimpleObjectProperty<>(this, "detailTab", DetailTab.OVERVIEW);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", EMPTY);
    private final BooleanBinding hasSelection = selected.isNotNull();
    /** A dataset to select once the list holds it. */
    private String wanted;

    /**
     * @param ui runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     */
    public DatasetsViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, Executor ui,
                             DialogService dialogs) {
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.browser = new TableBrowserViewModel(workspace, executor, dialogs);
        this.profile = new ColumnProfileViewModel(workspace, executor, ui, dialogs);
        this.rejections = new RejectionsViewModel(workspace, executor, dialogs);
        selected.addListener((o, old, now) -> {
            if (old == null || now == null || !old.info().equals(now.info())) {
                browser.clear();
                profile.clear();
                rejections.clear();
                showDetail();
            }
        });
        detailTab.addListener((o, old, now) -> showDetail());
    }

    /** Reloads the list of datasets with their sizes in the background, keeping the selection where it can. */
    public void refresh() {
        loading.set(true);
        placeholder.set("Loading datasets…");
        executor.background(() -> {
            DatasetRepository repository = workspace.get().datasets();
            return repository.list().stream()
                    .map(info -> new DatasetSummary(info, repository.sizeBytes(info.name()))).toList();
        }, this::listed, error -> {
            loading.set(false);
            placeholder.set("Could not list the datasets: " + error.getMessage());
            dialogs.showError("Datasets", "Could not list the datasets: " + error.getMessage(), error);
        });
    }

    private void listed(List<DatasetSummary> list) {
        String keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().name();
        wanted = null;
        datasets.setAll(list);
        loading.set(false);
        placeholder.set(EMPTY);
        selected.set(find(keep).orElse(null));
    }

    /** Selects a dataset by name, now or as soon as a refresh lists it. */
    public void select(String name) {
        Optional<DatasetSummary> found = find(name);
        if (found.isPresent()) {
            wanted = null;
            selected.set(found.get());
        } else {
            wanted = name;
        }
    }

    /** Selects a row of the list (null clears the selection). */
    public void select(DatasetSummary summary) {
        wanted = null;
        selected.set(summary);
    }

    /** Deletes the selected dataset after the user confirms. */
    public void delete() {
        DatasetSummary target = selected.get();
        if (target == null || !dialogs.confirm("Delete dataset", "Delete '" + target.name() + "' ("
                + Formats.count(target.rows()) + " rows) with its profile and rejections? This cannot be undone.")) {
            return;
        }
        String name = target.name();
        run(() -> workspace.get().datasets().delete(name), "Could not delete '" + name + "'", done -> {
            if (selected.get() != null && name.equals(selected.get().name())) {
                selected.set(null);
            }
            refresh();
        });
    }

    /** Asks for a new name for the selected dataset and renames it. */
    public void rename() {
        DatasetSummary target = selected.get();
        if (target == null) {
            return;
        }
        String from = target.name();
        Optional<String> answer = dialogs.ask("Rename dataset", "New name for '" + from + "':", from)
                .map(String::strip).filter(to -> !to.isEmpty() && !to.equals(from));
        if (answer.isEmpty()) {
            return;
        }
        String to = answer.get();
        run(() -> workspace.get().datasets().rename(from, to), "Could not rename '" + from + "'", done -> {
            wanted = to;
            refresh();
        });
    }

    /** Profiles the selected dataset again as a job and shows the rows and profile tab. */
    public void reprofile() {
        DatasetSummary target = selected.get();
        if (target == null) {
            return;
        }
        profile.profile(target.name());
        detailTab.set(DetailTab.OVERVIEW);
    }

    private void run(Runnable work, String failure, Consumer<Void> done) {
        executor.background(() -> {
            work.run();
            return null;
        }, done, error -> dialogs.showError("Datasets", failure + ": " + error.getMessage(), error));
    }

    private void showDetail() {
        DatasetSummary shown = selected.get();
        if (shown == null) {
            return;
        }
        switch (detailTab.get()) {
            case OVERVIEW -> {
                browser.show(shown.name());
                profile.show(shown.name());
            }
            case REJECTIONS -> rejections.show(shown.name());
        }
    }

    private Optional<DatasetSummary> find(String name) {
        return name == null ? Optional.empty() : datasets.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The datasets, in the repository's order. */
    public ObservableList<DatasetSummary> datasets() {
        return datasets;
    }

    public ReadOnlyObjectProperty<DatasetSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BooleanBinding hasSelectionBinding() {
        return hasSelection;
    }

    /** The tab that shows the selected dataset; switching loads it. */
    public ObjectProperty<DetailTab> detailTabProperty() {
        return detailTab;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What the list says while it is empty. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public TableBrowserViewModel browser() {
        return browser;
    }

    public ColumnProfileViewModel profile() {
        return profile;
    }

    public RejectionsViewModel rejections() {
        return rejections;
    }
}
