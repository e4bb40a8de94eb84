package io.campaignlab.views.audience;

import atlantafx.base.theme.Styles;
import io.campaignlab.engine.audience.AudienceSources;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.jobs.JobControls;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * File › Export audience: what to export (a segment, a run's scores above a threshold, the top users by uplift), the
 * threshold or k, and the CSV file. Export runs as a job with progress and Cancel; the dialog stays open and says
 * what it wrote. Thin code-behind over {@link AudienceExportViewModel}.
 */
public final class AudienceExportDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    AudienceExportDialog(Window owner, AudienceExportViewModel model) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Export audience");
        dialog.setHeaderText("Write a list of user ids as CSV, as the dataset stores them (pseudonymised ids stay"
                + " pseudonymised).");
        ComboBox<AudienceSources.Source> source = new ComboBox<>(model.form().sources());
        source.setId("audience-source");
        source.setPrefWidth(420);
        source.setCellFactory(list -> new SourceCell());
        source.setButtonCell(new SourceCell());
        source.valueProperty().bindBidirectional(model.form().source());
        Label amountLabel = new Label();
        amountLabel.textProperty().bind(model.form().amountLabel());
        TextField amount = new TextField();
        amount.setId("audience-amount");
        amount.setPrefColumnCount(10);
        amount.textProperty().bindBidirectional(model.form().amount());
        amount.visibleProperty().bind(model.form().amountLabel().isNotEmpty());
        amount.managedProperty().bind(amount.visibleProperty());
        amountLabel.visibleProperty().bind(amount.visibleProperty());
        amountLabel.managedProperty().bind(amount.visibleProperty());
        TextField file = new TextField();
        file.setId("audience-file");
        file.textProperty().bindBidirectional(model.form().file());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setId("audience-choose");
        choose.setOnAction(e -> model.chooseFile());
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label("Audience"), source);
        form.addRow(1, amountLabel, amount);
        form.addRow(2, new Label("CSV file"), new HBox(8, file, choose));
        Label problem = new Label();
        problem.setId("audience-problem");
        problem.getStyleClass().add(Styles.TEXT_MUTED);
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        problem.textProperty().bind(model.form().problem());
        problem.visibleProperty().bind(model.form().problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label result = new Label();
        result.setId("audience-result");
        result.getStyleClass().add(Styles.SUCCESS);
        result.setWrapText(true);
        result.setMaxWidth(520);
        result.textProperty().bind(model.form().result());
        Button export = new Button("Export");
        export.setId("audience-export");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(model.form().ready().not());
        export.setOnAction(e -> model.export());
        VBox content = new VBox(14, form, problem, JobControls.of(model.slot(), "audience").withStart(export),
                result);
        content.setPadding(new Insets(6, 12, 0, 12));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }

    /**
     * Opens the dialog beside its owner and returns at once; the sources load in the background.
     *
     * @param owner the window it belongs to, or null
     */
    public static AudienceExportDialog open(Window owner, Supplier<WorkspaceContext> workspace, JobExecutor jobs,
                                            DialogService dialogs) {
        AudienceExportViewModel model = new AudienceExportViewModel(workspace, jobs, dialogs, Platform::runLater);
        AudienceExportDialog view = new AudienceExportDialog(owner, model);
        view.dialog.show();
        model.load();
        return view;
    }

    /** The dialog itself, for tests that look at it. */
    Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** A source by its label. */
    private static final class SourceCell extends ListCell<AudienceSources.Source> {
        @Override
        protected void updateItem(AudienceSources.Source item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
