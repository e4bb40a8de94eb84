package io.campaignlab.views.importing;

import atlantafx.base.theme.Styles;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.importing.columns.TimestampFormat;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.ArrayList;
import java.util.List;

/**
 * One column's row in the column table: its name, type, timestamp format, role and sample values, with a line
 * under it that explains a choice the sample contradicts.
 */
final class ColumnRowView {

    private final ColumnChoice choice;

    ColumnRowView(ColumnChoice choice) {
        this.choice = choice;
    }

    /** Adds the row's nodes to the grid at {@code row}, and its explanation at {@code row + 1}. */
    void addTo(GridPane grid, int row) {
        Label header = new Label(choice.header());
        header.getStyleClass().add(Styles.TEXT_BOLD);
        Label name = new Label(choice.name().equals(choice.header()) ? "" : "as " + choice.name());
        name.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        name.setManaged(!name.getText().isEmpty());
        VBox column = new VBox(0, header, name);
        column.setAlignment(Pos.CENTER_LEFT);

        ComboBox<ColumnType> type = new ComboBox<>();
        type.setId("type-" + choice.name());
        type.getItems().setAll(ColumnType.values());
        type.setConverter(WizardNodes.names(ColumnType::id));
        type.valueProperty().bindBidirectional(choice.settings().type());
        type.setMaxWidth(Double.MAX_VALUE);

        ComboBox<String> format = new ComboBox<>();
        format.setId("format-" + choice.name());
        format.setEditable(true);
        format.getItems().setAll(knownFormats());
        format.getEditor().textProperty().bindBidirectional(choice.settings().format());
        format.setMaxWidth(Double.MAX_VALUE);
        format.visibleProperty().bind(choice.settings().type().isEqualTo(ColumnType.TIMESTAMP));
        Tooltip formatTip = new Tooltip();
        formatTip.textProperty().bind(choice.settings().format());
        format.setTooltip(formatTip);

        ComboBox<ColumnRole> role = new ComboBox<>();
        role.setId("role-" + choice.name());
        role.getItems().setAll(ColumnRole.values());
        role.setConverter(WizardNodes.names(ColumnRole::id));
        role.valueProperty().bindBidirectional(choice.settings().role());
        role.setMaxWidth(Double.MAX_VALUE);

        Label samples = new Label(choice.sample().values());
        samples.getStyleClass().add(Styles.TEXT_MUTED);
        samples.setTooltip(new Tooltip(choice.sample().values()));

        grid.addRow(row, column, type, format, role, samples);
        GridPane.setValignment(column, VPos.CENTER);
        Tooltip why = new Tooltip();
        why.textProperty().bind(choice.reasonProperty());
        header.setTooltip(why);
        grid.add(new VBox(2, problem(), reason()), 1, row + 1, 4, 1);
    }

    /** Why the importer chose this type and role, in small muted text under the row. */
    private Label reason() {
        Label reason = new Label();
        reason.textProperty().bind(choice.reasonProperty().map(text -> "Why: " + text));
        reason.setId("reason-" + choice.name());
        reason.setWrapText(true);
        reason.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return reason;
    }

    private Label problem() {
        Label problem = WizardNodes.message(choice.sample().problem(), Styles.DANGER);
        problem.setId("problem-" + choice.name());
        problem.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        showSeverity(problem, choice.sample().severity().get());
        choice.sample().severity().addListener((obs, old, now) -> showSeverity(problem, now));
        return problem;
    }

    private static void showSeverity(Label problem, ColumnChoice.Severity severity) {
        problem.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
        problem.getStyleClass().add(severity == ColumnChoice.Severity.WARNING ? Styles.WARNING : Styles.DANGER);
    }

    private static List<String> knownFormats() {
        List<String> formats = new ArrayList<>(List.of("iso", TimestampFormat.UNIX_SECONDS,
                TimestampFormat.UNIX_MILLIS));
        TimestampFormat.textFormats().stream().map(TimestampFormat::id).filter(id -> !id.equals("iso"))
                .forEach(formats::add);
        return formats;
    }
}
