package io.campaignlab.views.importing;

import atlantafx.base.theme.Styles;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.RejectLimit;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Step 3: the dataset's kind, the reject limit, and a table of the columns, one {@link ColumnRowView} each, with
 * what the sample says about each choice under it.
 */
final class ColumnsStepView extends VBox {

    private static final List<String> HEADINGS = List.of("Column", "Type", "Timestamp format", "Role",
            "Sample values");

    private final GridPane grid = new GridPane();

    ColumnsStepView(ImportWizardViewModel viewModel) {
        super(10);
        ComboBox<DatasetKind> kind = new ComboBox<>();
        kind.setId("kind");
        kind.getItems().setAll(DatasetKind.values());
        kind.setConverter(WizardNodes.names(DatasetKind::id));
        kind.valueProperty().bindBidirectional(viewModel.settings().kind());
        TextField maxRejects = new TextField();
        maxRejects.setId("max-rejects");
        maxRejects.setPromptText("default");
        maxRejects.setTooltip(new Tooltip("Blank for the default: " + RejectLimit.DEFAULT_RULE + "."));
        maxRejects.setPrefColumnCount(9);
        maxRejects.textProperty().bindBidirectional(viewModel.settings().maxRejects());
        viewModel.checks().maxRejectsError().addListener((obs, old, now) ->
                maxRejects.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        HBox settings = new HBox(16, WizardNodes.field("Kind", kind), WizardNodes.field("Max rejects", maxRejects));
        settings.setAlignment(Pos.BOTTOM_LEFT);

        grid.setHgap(12);
        grid.setVgap(4);
        grid.getColumnConstraints().addAll(column(140), column(140), column(230), column(140), column(150));
        grid.getColumnConstraints().get(4).setHgrow(Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        ObservableList<ColumnChoice> columns = viewModel.settings().columns();
        columns.addListener((ListChangeListener<ColumnChoice>) change -> showColumns(columns));

        Label blocked = new Label("Fix the columns marked in red to import.");
        blocked.getStyleClass().add(Styles.DANGER);
        blocked.visibleProperty().bind(viewModel.checks().blockingColumns().greaterThan(0));
        blocked.managedProperty().bind(blocked.visibleProperty());
        Label sampleRejects = WizardNodes.message(viewModel.checks().sampleRejects(), Styles.TEXT_MUTED);
        sampleRejects.setId("sample-rejects");
        sampleRejects.setMinHeight(Region.USE_PREF_SIZE);
        viewModel.checks().sampleOverLimit().addListener((obs, old, over) -> {
            sampleRejects.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.DANGER);
            sampleRejects.getStyleClass().add(over ? Styles.DANGER : Styles.TEXT_MUTED);
        });
        getChildren().addAll(settings, WizardNodes.message(viewModel.checks().maxRejectsError(), Styles.DANGER),
                sampleRejects, scroll, blocked);
    }

    private static ColumnConstraints column(double width) {
        ColumnConstraints constraints = new ColumnConstraints();
        constraints.setMinWidth(width);
        constraints.setPrefWidth(width);
        return constraints;
    }

    private void showColumns(List<ColumnChoice> columns) {
        grid.getChildren().clear();
        for (int i = 0; i < HEADINGS.size(); i++) {
            Label heading = new Label(HEADINGS.get(i));
            heading.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED);
            grid.add(heading, i, 0);
        }
        for (int i = 0; i < columns.size(); i++) {
            new ColumnRowView(columns.get(i)).addTo(grid, 1 + 2 * i);
        }
    }
}
