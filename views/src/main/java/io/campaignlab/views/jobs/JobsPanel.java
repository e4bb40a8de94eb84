package io.campaignlab.views.jobs;

import io.campaignlab.engine.jobs.JobRecord;
import io.campaignlab.engine.jobs.JobStatus;
import io.campaignlab.views.common.DialogService;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.TaskProgressView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The jobs panel: running jobs with title, progress, rate, ETA and cancel (ControlsFX {@link TaskProgressView}),
 * then finished jobs of this session and of earlier ones, failures with a "Details" action for the stack trace.
 */
public final class JobsPanel extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final ObservableList<JobEntry> history = FXCollections.observableArrayList();

    public JobsPanel(FxJobExecutor executor, DialogService dialogs) {
        setSpacing(8);
        setPadding(new Insets(10));
        setPrefWidth(380);
        getStyleClass().add("jobs-panel");
        Label runningTitle = new Label("Running");
        runningTitle.getStyleClass().add("title-4");
        TaskProgressView<JobTask<?>> progress = new TaskProgressView<>();
        javafx.beans.binding.Bindings.bindContent(progress.getTasks(), executor.running());
        progress.setPrefHeight(220);
        Label finishedTitle = new Label("Finished");
        finishedTitle.getStyleClass().add("title-4");
        ListView<JobEntry> finished = new ListView<>(history);
        finished.setPlaceholder(new Label("No finished jobs yet"));
        finished.setCellFactory(list -> new EntryCell(dialogs));
        VBox.setVgrow(finished, Priority.ALWAYS);
        executor.finished().addListener((javafx.collections.ListChangeListener<JobEntry>) change -> refresh(executor));
        getChildren().addAll(runningTitle, progress, finishedTitle, finished);
    }

    private List<JobEntry> earlier = List.of();

    /** Shows jobs of earlier sessions, read from the workspace's job history (off the UI thread, by the caller). */
    public void showEarlier(List<JobRecord> records, FxJobExecutor executor) {
        earlier = records.stream().filter(r -> r.status().isFinal())
                .map(r -> new JobEntry(r.title(), r.status(), r.errorMessage() == null ? "" : r.errorMessage(), null,
                        r.finishedAt()))
                .toList();
        refresh(executor);
    }

    private void refresh(FxJobExecutor executor) {
        history.setAll(executor.finished());
        history.addAll(earlier);
    }

    private static final class EntryCell extends ListCell<JobEntry> {
        private final DialogService dialogs;

        EntryCell(DialogService dialogs) {
            this.dialogs = dialogs;
            // as wide as the list, never wider: long titles wrap rather than push Details out of sight
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(JobEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            Label title = new Label(entry.title());
            title.getStyleClass().add("text-bold");
            title.setWrapText(true);
            Label status = new Label(entry.status().name().toLowerCase(Locale.ROOT)
                    + (entry.finishedAt() != null ? " · " + TIME.format(entry.finishedAt()) : ""));
            status.getStyleClass().add(entry.status() == JobStatus.COMPLETED ? "success"
                    : entry.status() == JobStatus.FAILED || entry.status() == JobStatus.INTERRUPTED ? "danger" : "warning");
            Label message = new Label(entry.message());
            message.setWrapText(true);
            message.getStyleClass().add("text-muted");
            VBox text = new VBox(2, title, status, message);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(6, text);
            if (entry.details() != null) {
                Button details = new Button("Details");
                details.getStyleClass().add("small");
                details.setMinWidth(Region.USE_PREF_SIZE);
                details.setOnAction(e -> dialogs.showInfo("Details: " + entry.title(), entry.details()));
                Region spacer = new Region();
                row.getChildren().addAll(spacer, details);
            }
            text.setMaxWidth(300);
            setText(null);
            setGraphic(row);
            // a long title or message is elided in the row; the whole of both on hover
            setTooltip(new Tooltip(entry.title() + (entry.message().isEmpty() ? "" : "\n" + entry.message())));
        }
    }
}
