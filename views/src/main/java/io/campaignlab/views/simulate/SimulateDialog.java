package io.campaignlab.views.simulate;

import atlantafx.base.theme.Styles;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.common.ParamField;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.geometry.Insets;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The simulate dialog: users, days, seed and a name prefix, each checked as it is typed. Simulate starts the job
 * and closes the dialog; progress shows in the jobs panel. Thin code-behind over {@link SimulateDialogViewModel}.
 */
public final class SimulateDialog {

    private static final ButtonType SIMULATE = new ButtonType("Simulate", ButtonBar.ButtonData.OK_DONE);
    private static final double CAPTION_WIDTH = 100;
    private static final double TEXT_WIDTH = 420;
    private static final double GAP = 12;

    private final Dialog<ButtonType> dialog = new Dialog<>();

    SimulateDialog(Window owner, SimulateDialogViewModel viewModel) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Simulate demo data");
        dialog.setHeaderText("Generate shoppers, their events, ad impressions and a campaign, with a known truth"
                + " to check models against.");
        VBox form = new VBox(10);
        viewModel.settings().all().forEach(setting -> form.getChildren().add(field(setting)));
        Label creates = new Label();
        creates.setId("creates");
        creates.getStyleClass().add(Styles.TEXT_MUTED);
        creates.textProperty().bind(viewModel.createsProperty());
        fitToWidth(creates, CAPTION_WIDTH + GAP + TEXT_WIDTH);
        VBox content = new VBox(16, form, creates);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(SIMULATE, ButtonType.CANCEL);
        Node simulate = dialog.getDialogPane().lookupButton(SIMULATE);
        simulate.setId("simulate");
        simulate.disableProperty().bind(viewModel.validProperty().not());
        simulate.addEventFilter(ActionEvent.ACTION, e -> viewModel.start());
    }

    /**
     * Opens the dialog beside its owner and returns at once.
     *
     * @param owner     the window it belongs to, or null
     * @param workspace the open workspace
     * @param onCreated called with the created datasets' names when the simulation is done
     */
    public static SimulateDialog open(Window owner, Supplier<WorkspaceContext> workspace, JobExecutor jobs,
                                      DialogService dialogs, Consumer<List<String>> onCreated) {
        SimulateDialogViewModel viewModel = new SimulateDialogViewModel(workspace, jobs, dialogs, onCreated,
                Platform::runLater);
        SimulateDialog view = new SimulateDialog(owner, viewModel);
        view.dialog.show();
        viewModel.loadExistingNames();
        return view;
    }

    /** The dialog itself, for tests that look at it. */
    Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** A caption, a text field and, under the field, why its text is not valid. */
    private HBox field(ParamField<Void> setting) {
        String id = setting.key();
        ReadOnlyStringProperty error = setting.entry().error();
        Label label = new Label(setting.label());
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(CAPTION_WIDTH);
        label.setPadding(new Insets(6, 0, 0, 0));
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(14);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        field.textProperty().bindBidirectional(setting.entry().text());
        field.setTooltip(new Tooltip(setting.help()));
        label.setLabelFor(field);
        Label problem = new Label();
        problem.setId(id + "-error");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(error);
        problem.visibleProperty().bind(error.isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        fitToWidth(problem, TEXT_WIDTH);
        error.addListener((obs, old, now) -> {
            field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty());
            fitWindow();
        });
        return new HBox(GAP, label, new VBox(4, field, problem));
    }

    /** Grows or shrinks the dialog to its content, as messages come and go. */
    private void fitWindow() {
        Scene scene = dialog.getDialogPane().getScene();
        if (scene != null && scene.getWindow() != null) {
            scene.getWindow().sizeToScene();
        }
    }

    /** Wraps a label's text at a width, taking as many lines as it needs. */
    private static void fitToWidth(Label label, double width) {
        label.setWrapText(true);
        label.setPrefWidth(width);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }
}
