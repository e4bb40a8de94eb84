package io.campaignlab.views.segments;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The rule builder tab: the datasets and snapshot, a row per condition (measure, operator, value, remove), the live
 * audience count, and Save as segment. Thin code-behind over {@link RuleBuilderViewModel}.
 */
final class RuleBuilderView extends VBox {

    private final RuleBuilderViewModel viewModel;
    private final VBox rows = new VBox(6);

    RuleBuilderView(RuleBuilderViewModel viewModel) {
        super(10);
        this.viewModel = viewModel;
        setPadding(new Insets(12));
        getStyleClass().add("rule-builder");

        ComboBox<String> events = new ComboBox<>(viewModel.choices().eventDatasets());
        events.setId("rule-events");
        events.valueProperty().bindBidirectional(viewModel.form().events());
        ComboBox<String> users = new ComboBox<>(viewModel.choices().userDatasets());
        users.setId("rule-users");
        users.valueProperty().bindBidirectional(viewModel.form().users());
        DatePicker snapshot = new DatePicker();
        snapshot.setId("rule-snapshot");
        snapshot.setPromptText("day after the last event");
        snapshot.valueProperty().bindBidirectional(viewModel.form().snapshot());
        // each caption stays with its box and keeps its words; the pairs wrap when the pane is narrow
        FlowPane sources = new FlowPane(14, 6, captioned("Behaviour from", events), captioned("users from", users),
                captioned("windows end at", snapshot));
        sources.setAlignment(Pos.CENTER_LEFT);

        Label heading = new Label("Users for whom all of these hold:");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Button add = new Button("Add condition", new FontIcon(MaterialDesignP.PLUS));
        add.setId("rule-add");
        add.setOnAction(e -> viewModel.addCondition());

        Label audience = new Label();
        audience.setId("rule-audience");
        audience.getStyleClass().add(Styles.TITLE_4);
        audience.textProperty().bind(viewModel.readout().audience());
        Label problem = new Label();
        problem.setId("rule-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.readout().problem());
        problem.visibleProperty().bind(viewModel.readout().problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        TextField name = new TextField();
        name.setId("rule-name");
        name.setPromptText("segment name (default: the rule)");
        name.setPrefColumnCount(28);
        name.textProperty().bindBidirectional(viewModel.form().name());
        Button save = new Button("Save as segment", new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("rule-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.saving().runningProperty().or(viewModel.readout().problem().isNotEmpty())
                .or(viewModel.readout().audience().isEmpty()).or(viewModel.readout().counting()));
        save.setOnAction(e -> viewModel.save());
        save.setMinWidth(Region.USE_PREF_SIZE);
        Label saved = new Label();
        saved.setId("rule-saved");
        saved.getStyleClass().add(Styles.TEXT_MUTED);
        saved.textProperty().bind(viewModel.readout().saved());
        HBox saving = new HBox(8, name, save, saved);
        saving.setAlignment(Pos.CENTER_LEFT);

        Label help = new Label("Measures: purchases_30d, views_7d, clicks_14d, spend_90d (the N days before the"
                + " snapshot), days_since_purchase; score:run3 (a run's mean score over the user's scored rows;"
                + " score:run3:max the largest; score:run3@impressions names the scored dataset); or a column of the"
                + " users dataset, e.g. age_band = 25-34. Counted in the workspace database as you type.");
        help.setWrapText(true);
        help.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        getChildren().setAll(sources, heading, rows, add, audience, problem, saving, help);
        viewModel.form().conditions().addListener((ListChangeListener<ConditionRow>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuild();
            }
        });
        rebuild();
    }

    private static HBox captioned(String caption, Region box) {
        Label label = new Label(caption);
        label.getStyleClass().add("rule-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        box.setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(8, label, box);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private void rebuild() {
        rows.getChildren().clear();
        for (ConditionRow row : viewModel.form().conditions()) {
            rows.getChildren().add(row(row));
        }
    }

    private Node row(ConditionRow row) {
        return ConditionRowEditor.of(row, viewModel.choices().measures(),
                viewModel.form().conditions().indexOf(row) == 0, () -> viewModel.removeCondition(row));
    }
}
