package io.campaignlab.views.profiling;

import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.profiling.ColumnProfile;
import io.campaignlab.engine.profiling.DatasetProfile;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.common.Formats;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * State of the profile tab: the stored profile of a dataset (profiled as a job when there is none), its columns,
 * and the column whose histogram is shown. Never touches a node.
 */
public final class ColumnProfileViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final DialogService dialogs;

    private final ReadOnlyStringWrapper dataset = new ReadOnlyStringWrapper(this, "dataset");
    private final ReadOnlyObjectWrapper<DatasetProfile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ObservableList<ColumnProfile> columns = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnProfile> selectedColumn = new SimpleObjectProperty<>(this, "selectedColumn");
    private final JobSlot job;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /**
     * @param ui runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     */
    public ColumnProfileViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, Executor ui,
                                  DialogService dialogs) {
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.job = new JobSlot(executor, ui, dialogs, "Profile");
    }

    /** Identifier columns chart as flat bars; a behaviour or price column says more at first sight. */
    static boolean isIdentifier(ColumnProfile column) {
        return switch (column.role()) {
            case USER_ID, ITEM_ID, SESSION_ID -> true;
            default -> column.name().equals("id") || column.name().endsWith("_id");
        };
    }

    /** Whether a column has bars to draw: histogram bins or frequent values. */
    public static boolean hasValuesToPlot(ColumnProfile column) {
        return column != null && (!column.histogram().isEmpty() || !column.topValues().isEmpty());
    }

    /**
     * Shows the stored profile of a dataset, or profiles it as a job when there is none. Does nothing when the
     * dataset is already shown.
     */
    public void show(String name) {
        if (Objects.equals(name, dataset.get())) {
            return;
        }
        clear();
        dataset.set(name);
        status.set("Loading the profile…");
        executor.background(() -> workspace.get().profiler().stored(name), stored -> {
            if (name.equals(dataset.get())) {
                stored.ifPresentOrElse(this::accept, () -> profile(name));
            }
        }, error -> {
            if (name.equals(dataset.get())) {
                failed(error);
                dialogs.showError("Profile", "Could not profile '" + name + "': " + error.getMessage(), error);
            }
        });
    }

    /**
     * Profiles a dataset again as a job (kind {@value ProfileJob#KIND}) and shows the result. Does nothing while that
     * dataset is being profiled: a second job would read the same rows again for the same answer.
     */
    public void profile(String name) {
        if (job.runningProperty().get() && name.equals(dataset.get())) {
            return;
        }
        if (!name.equals(dataset.get())) {
            clear();
            dataset.set(name);
        }
        status.set("Profiling " + name + "…");
        job.replace(new ProfileJob(workspace, name), "Profiling " + name + "…", result -> {
            if (name.equals(dataset.get())) {
                accept(result);
            }
        }, error -> {
            if (name.equals(dataset.get())) {
                failed(error);
            }
        });
    }

    /** Forgets the dataset shown. */
    public void clear() {
        dataset.set(null);
        profile.set(null);
        selectedColumn.set(null);
        columns.clear();
        job.cancel();
        status.set("");
    }

    private void accept(DatasetProfile result) {
        profile.set(result);
        selectedColumn.set(null);
        columns.setAll(result.columns());
        selectedColumn.set(result.columns().stream().filter(c -> hasValuesToPlot(c) && !isIdentifier(c)).findFirst()
                .or(() -> result.columns().stream().filter(ColumnProfileViewModel::hasValuesToPlot).findFirst())
                .orElse(result.columns().isEmpty() ? null : result.columns().get(0)));
        status.set(Formats.count(result.rows()) + " rows · profiled " + WHEN.format(result.profiledAt())
                + String.format(Locale.ROOT, " in %.1f s", result.seconds()));
    }

    /** Says why there is no profile; the job slot shows a job's failure, the caller a failed load. */
    private void failed(Throwable error) {
        status.set(error instanceof CancelledException ? "Profiling was cancelled"
                : "No profile: " + error.getMessage());
    }

    public ReadOnlyStringProperty datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** The profile shown, or null. */
    public ReadOnlyObjectProperty<DatasetProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public ObservableList<ColumnProfile> columns() {
        return columns;
    }

    /** The column whose histogram is shown. */
    public ObjectProperty<ColumnProfile> selectedColumnProperty() {
        return selectedColumn;
    }

    /** The profile job: running, progress, what it is doing, cancel. */
    public JobSlot job() {
        return job;
    }

    /** "12,345 rows · profiled 2025-01-31 10:12 in 1.4 s", or what is happening. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
