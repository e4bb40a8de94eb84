package io.campaignlab.views.segments;

import atlantafx.base.theme.Styles;
import io.campaignlab.engine.segments.rules.RuleOperator;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The editor of one rule condition: AND, the measure (typed or picked), the operator, the value and a remove button,
 * bound to a {@link ConditionRow}. The Segments rule builder and the campaign designer's audience use it.
 */
public final class ConditionRowEditor {

    private ConditionRowEditor() {
    }

    /**
     * @param measures what the measure box offers
     * @param first    whether the row is the first (no AND before it)
     * @param remove   removes the row
     */
    public static Node of(ConditionRow row, ObservableList<String> measures, boolean first, Runnable remove) {
        ComboBox<String> measure = new ComboBox<>(measures);
        measure.getStyleClass().add("rule-measure");
        measure.setEditable(true);
        measure.setPrefWidth(250);
        measure.setValue(row.measureProperty().get());
        measure.getEditor().setText(row.measureProperty().get());
        measure.getEditor().textProperty().addListener((o, a, b) -> row.measureProperty().set(b));
        row.measureProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(measure.getEditor().getText())) {
                measure.getEditor().setText(b);
            }
        });
        measure.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                row.measureProperty().set(b);
            }
        });
        ChoiceBox<RuleOperator> operator = new ChoiceBox<>();
        operator.getStyleClass().add("rule-operator");
        operator.getItems().setAll(RuleOperator.values());
        operator.setConverter(new StringConverter<>() {
            @Override
            public String toString(RuleOperator op) {
                return op == null ? "" : op.symbol();
            }

            @Override
            public RuleOperator fromString(String text) {
                return RuleOperator.parse(text);
            }
        });
        operator.valueProperty().bindBidirectional(row.operatorProperty());
        TextField value = new TextField();
        value.getStyleClass().add("rule-value");
        value.setPrefColumnCount(10);
        value.textProperty().bindBidirectional(row.valueProperty());
        Button removeButton = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        removeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "rule-remove");
        removeButton.setOnAction(e -> remove.run());
        Label and = new Label(first ? "" : "AND");
        and.setMinWidth(34);
        and.getStyleClass().add(Styles.TEXT_MUTED);
        HBox box = new HBox(8, and, measure, operator, value, removeButton);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
