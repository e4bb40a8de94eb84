package io.campaignlab.views.importing;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** Step 1: the file and the dataset name. */
final class FileStepView extends VBox {

    FileStepView(ImportWizardViewModel viewModel) {
        super(16);
        setPadding(new Insets(4, 0, 0, 0));

        TextField path = new TextField();
        path.setId("file-path");
        path.setEditable(false);
        path.setFocusTraversable(false);
        path.setPromptText("No file chosen");
        path.textProperty().bind(Bindings.createStringBinding(() -> viewModel.settings().file().get() == null ? ""
                : viewModel.settings().file().get().toAbsolutePath().toString(), viewModel.settings().file()));
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = new Button("Choose file…", new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        choose.setId("choose-file");
        choose.setOnAction(e -> viewModel.chooseFile());
        choose.disableProperty().bind(viewModel.progress().importing());
        HBox fileRow = new HBox(8, path, choose);

        ProgressIndicator reading = new ProgressIndicator();
        reading.setPrefSize(16, 16);
        Label readingLabel = new Label("Reading the file…", reading);
        readingLabel.getStyleClass().add(Styles.TEXT_MUTED);
        readingLabel.visibleProperty().bind(viewModel.preview().planning());
        readingLabel.managedProperty().bind(readingLabel.visibleProperty());

        VBox fileField = WizardNodes.field("File", fileRow);
        fileField.getChildren().addAll(readingLabel,
                WizardNodes.message(viewModel.preview().fileSummary(), Styles.TEXT_MUTED),
                WizardNodes.message(viewModel.preview().planError(), Styles.DANGER));

        TextField name = new TextField();
        name.setId("dataset-name");
        name.setPrefColumnCount(30);
        name.setMaxWidth(420);
        name.textProperty().bindBidirectional(viewModel.settings().name());
        viewModel.checks().nameError().addListener((obs, old, now) -> name.pseudoClassStateChanged(Styles.STATE_DANGER,
                !now.isEmpty()));
        name.pseudoClassStateChanged(Styles.STATE_DANGER, !viewModel.checks().nameError().get().isEmpty());
        Label nameError = WizardNodes.message(viewModel.checks().nameError(), Styles.DANGER);
        nameError.setId("name-error");
        VBox nameField = WizardNodes.field("Dataset name", name);
        nameField.getChildren().add(nameError);

        Label dropHint = new Label("You can also drop a file onto this window.");
        dropHint.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(fileField, nameField, dropHint);
    }
}
