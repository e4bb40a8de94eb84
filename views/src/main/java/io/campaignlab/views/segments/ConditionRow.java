package io.campaignlab.views.segments;

import io.campaignlab.engine.segments.rules.RuleOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable condition of the rule builder: measure, operator and value as the user typed them. */
public final class ConditionRow {

    private final StringProperty measure = new SimpleStringProperty(this, "measure", "");
    private final ObjectProperty<RuleOperator> operator = new SimpleObjectProperty<>(this, "operator",
            RuleOperator.GE);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    public ConditionRow(String measureText, RuleOperator op, String valueText) {
        measure.set(measureText);
        operator.set(op);
        value.set(valueText);
    }

    /** The condition as text, for {@link io.campaignlab.engine.segments.rules.RuleCondition#parse}. */
    public String text() {
        RuleOperator op = operator.get() == null ? RuleOperator.GE : operator.get();
        String v = value.get() == null ? "" : value.get().strip();
        boolean quote = !v.isEmpty() && !v.matches("-?[0-9.]+") && !v.startsWith("'") && !v.startsWith("\"");
        return (measure.get() == null ? "" : measure.get().strip()) + " " + op.symbol() + " "
                + (quote ? "'" + v + "'" : v);
    }

    /** Whether the row is still empty (left out of the rule). */
    public boolean blank() {
        return (measure.get() == null || measure.get().isBlank()) && (value.get() == null || value.get().isBlank());
    }

    public StringProperty measureProperty() {
        return measure;
    }

    public ObjectProperty<RuleOperator> operatorProperty() {
        return operator;
    }

    public StringProperty valueProperty() {
        return value;
    }
}
