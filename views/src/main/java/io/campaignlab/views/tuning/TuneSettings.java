package io.campaignlab.views.tuning;

import io.campaignlab.engine.tuning.SearchBudget;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A form's Tune choice, the GUI twin of the CLI's {@code --tune auto|off} and {@code --budget}: whether a new run's
 * settings are chosen by a search on validation (auto, the default) and the budget (empty: the family's). Never
 * touches a node.
 */
public final class TuneSettings {

    private final BooleanProperty auto = new SimpleBooleanProperty(this, "auto", true);
    private final StringProperty budget = new SimpleStringProperty(this, "budget", "");

    public BooleanProperty autoProperty() {
        return auto;
    }

    /** {@code 12}, {@code 10m}, {@code 12,10m}, or empty for the family's default. */
    public StringProperty budgetProperty() {
        return budget;
    }

    /** What to fix in the budget, in one sentence, or empty. */
    public String problem() {
        if (!auto.get() || budget.get() == null || budget.get().isBlank()) {
            return "";
        }
        try {
            SearchBudget.parse(budget.get());
            return "";
        } catch (IllegalArgumentException e) {
            return "Budget: " + e.getMessage() + ".";
        }
    }

    /** The budget given, or the family's default when the field is empty. */
    public SearchBudget budgetOr(SearchBudget familyDefault) {
        return budget.get() == null || budget.get().isBlank() ? familyDefault : SearchBudget.parse(budget.get());
    }
}
