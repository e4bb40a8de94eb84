package io.campaignlab.views.importing;

import atlantafx.base.theme.Styles;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The import wizard's window: a step header, the current step, and Back / Next / Import / Cancel. Thin
 * code-behind over {@link ImportWizardViewModel}; open it with {@link #open}.
 */
public final class ImportWizard {

    private final Stage stage = new Stage();
    private final ImportWizardViewModel viewModel;

    ImportWizard(Window owner, ImportWizardViewModel viewModel, Consumer<String> onShowRejections) {
        this.viewModel = viewModel;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Import a dataset");

        StackPane steps = new StackPane(
                shownOn(new FileStepView(viewModel), WizardStep.FILE),
                shownOn(new PreviewStepView(viewModel), WizardStep.PREVIEW),
                shownOn(new ColumnsStepView(viewModel), WizardStep.COLUMNS),
                shownOn(new SummaryStepView(viewModel, dataset -> {
                    onShowRejections.accept(dataset);
                    stage.close();
                }), WizardStep.SUMMARY));
        steps.setAlignment(Pos.TOP_LEFT);

        BorderPane root = new BorderPane(steps, header(), null, buttons(), null);
        root.setPadding(new Insets(20));
        BorderPane.setMargin(steps, new Insets(16, 0, 16, 0));
        Scene scene = new Scene(root, 980, 660);
        scene.setOnDragOver(this::acceptFiles);
        scene.setOnDragDropped(this::dropFile);
        stage.setScene(scene);
    }

    /**
     * Opens the wizard beside its owner and returns at once; the import later runs as a job.
     *
     * @param owner            the window it belongs to, or null
     * @param workspace        the open workspace
     * @param fileOrNull       a file to start with (for example one dropped on the shell), or null to choose one
     * @param onImported       called with the new dataset's name once it is imported
     * @param onShowRejections called with the dataset's name when the person asks to see its rejected rows
     */
    public static ImportWizard open(Window owner, Supplier<WorkspaceContext> workspace, JobExecutor jobs,
                                    DialogService dialogs, Path fileOrNull, Consumer<String> onImported,
                                    Consumer<String> onShowRejections) {
        ImportWizardViewModel viewModel = new ImportWizardViewModel(workspace, jobs, dialogs, onImported,
                Platform::runLater);
        ImportWizard wizard = new ImportWizard(owner, viewModel, onShowRejections);
        wizard.stage.show();
        viewModel.start(fileOrNull);
        return wizard;
    }

    /** The wizard's window, for tests that look at it. */
    Stage stage() {
        return stage;
    }

    private Node header() {
        Label position = new Label();
        position.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        position.textProperty().bind(viewModel.progress().step().map(WizardStep::position));
        Label title = new Label();
        title.setId("step-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(viewModel.progress().step().map(step -> step.caption().title()));
        Label hint = new Label();
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.textProperty().bind(viewModel.progress().step().map(step -> step.caption().help()));
        return new VBox(2, position, title, hint);
    }

    private Node buttons() {
        Button back = button("back", "Back", viewModel::back, shownOn(WizardStep.PREVIEW, WizardStep.COLUMNS));
        back.disableProperty().bind(viewModel.progress().canGoBack().not());
        Button next = button("next", "Next", viewModel::next, shownOn(WizardStep.FILE, WizardStep.PREVIEW));
        next.disableProperty().bind(viewModel.progress().canGoNext().not());
        next.defaultButtonProperty().bind(next.visibleProperty());
        Button importButton = button("import", "Import", viewModel::startImport, shownOn(WizardStep.COLUMNS));
        importButton.disableProperty().bind(viewModel.progress().canImport().not());
        importButton.defaultButtonProperty().bind(importButton.visibleProperty());
        importButton.getStyleClass().add(Styles.ACCENT);
        Button cancel = button("cancel", "Cancel", this::cancel,
                shownOn(WizardStep.FILE, WizardStep.PREVIEW, WizardStep.COLUMNS));
        cancel.textProperty().bind(Bindings.when(viewModel.progress().importing()).then("Cancel import")
                .otherwise("Cancel"));
        cancel.setCancelButton(true);
        Button close = button("close", "Close", stage::close, shownOn(WizardStep.SUMMARY));
        close.defaultButtonProperty().bind(close.visibleProperty());

        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(viewModel.progress().importing());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = WizardNodes.message(viewModel.progress().status(), Styles.TEXT_MUTED);
        status.setId("status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, status, spacer, back, next, importButton, cancel, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(String id, String text, Runnable action, BooleanBinding shown) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.visibleProperty().bind(shown);
        button.managedProperty().bind(shown);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private BooleanBinding shownOn(WizardStep... steps) {
        return Bindings.createBooleanBinding(() -> Arrays.asList(steps).contains(viewModel.progress().step().get()),
                viewModel.progress().step());
    }

    private Node shownOn(Node step, WizardStep when) {
        step.visibleProperty().bind(viewModel.progress().step().isEqualTo(when));
        return step;
    }

    private void cancel() {
        if (viewModel.progress().importing().get()) {
            viewModel.cancelImport();
        } else {
            stage.close();
        }
    }

    private void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles() && canTakeAFile()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropFile(DragEvent event) {
        boolean taken = event.getDragboard().hasFiles() && canTakeAFile();
        if (taken) {
            viewModel.useFile(event.getDragboard().getFiles().get(0).toPath());
        }
        event.setDropCompleted(taken);
        event.consume();
    }

    private boolean canTakeAFile() {
        return !viewModel.progress().importing().get() && viewModel.progress().step().get() != WizardStep.SUMMARY;
    }
}
