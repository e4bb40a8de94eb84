package io.campaignlab.views.experiments;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The planner tab: the inputs on a small form, the units per arm and the days below, updated as the user types.
 * Thin code-behind over {@link PlannerViewModel}.
 */
public final class PlannerView extends VBox {

    private final PlannerViewModel viewModel;

    public PlannerView(PlannerViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("planner-view");
        setSpacing(14);
        setPadding(new Insets(16, 20, 16, 20));
        Label title = new Label("Sample size for a conversion-rate test");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Units each arm needs to detect an absolute change of the MDE from the base rate"
                + " (two-sided, pooled-variance formula). Shares may be typed as 0.1 or 10%.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        row(form, 0, "Base rate (control)", "planner-base", viewModel.inputs().base());
        row(form, 1, "MDE (absolute change)", "planner-mde", viewModel.inputs().mde());
        row(form, 2, "Alpha (two-sided)", "planner-alpha", viewModel.inputs().alpha());
        row(form, 3, "Power", "planner-power", viewModel.inputs().power());
        row(form, 4, "Allocation (treatment per control unit)", "planner-ratio", viewModel.inputs().ratio());
        row(form, 5, "Traffic (units a day)", "planner-traffic", viewModel.inputs().traffic());
        Label effect = new Label();
        effect.setId("planner-effect");
        effect.textProperty().bind(viewModel.readout().effect());
        effect.setWrapText(true);
        Label units = new Label();
        units.setId("planner-units");
        units.getStyleClass().add(Styles.TITLE_3);
        units.textProperty().bind(viewModel.readout().units());
        Label days = new Label();
        days.setId("planner-days");
        days.getStyleClass().add(Styles.TITLE_4);
        days.textProperty().bind(viewModel.readout().days());
        Label problem = new Label();
        problem.setId("planner-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.readout().problem());
        VBox result = new VBox(6, effect, units, days, problem);
        result.setPadding(new Insets(8, 0, 0, 0));
        setAlignment(Pos.TOP_LEFT);
        getChildren().setAll(title, hint, form, result);
    }

    private static void row(GridPane form, int row, String title, String id, StringProperty value) {
        Label label = new Label(title);
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(8);
        field.textProperty().bindBidirectional(value);
        form.add(label, 0, row);
        form.add(field, 1, row);
    }

    public PlannerViewModel viewModel() {
        return viewModel;
    }
}
