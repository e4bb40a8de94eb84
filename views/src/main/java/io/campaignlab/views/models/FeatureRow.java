package io.campaignlab.views.models;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.features.FieldSpec;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/**
 * One column in the train form's feature list: whether it is an input, and how. A column that is the label (or the
 * purchase label) is locked out, whatever its check box says.
 */
public final class FeatureRow {

    private final ColumnMeta column;
    private final FieldSpec base;
    private final List<FieldTreatment> choices;
    private final BooleanProperty included;
    private final ObjectProperty<FieldTreatment> treatment;
    private final ReadOnlyStringWrapper lockedBy = new ReadOnlyStringWrapper(this, "lockedBy", "");
    private final StringBinding detail;
    private final FeatureInput input;

    FeatureRow(ColumnMeta column, FieldSpec spec, boolean included) {
        this.column = column;
        this.base = spec;
        this.choices = FieldTreatment.choices(column.type(), spec);
        this.included = new SimpleBooleanProperty(this, "included", included);
        this.treatment = new SimpleObjectProperty<>(this, "treatment", FieldTreatment.of(spec));
        this.detail = Bindings.createStringBinding(() -> lockedBy.get().isEmpty() ? describe(spec()) : "the "
                + lockedBy.get(), treatment, lockedBy);
        this.input = new FeatureInput(this.included, treatment, lockedBy.getReadOnlyProperty());
    }

    public String column() {
        return column.name();
    }

    public ColumnMeta meta() {
        return column;
    }

    /** The treatments this column may take. */
    public List<FieldTreatment> choices() {
        return choices;
    }

    /** Whether the column is an input and how, and what locks it out. */
    public FeatureInput input() {
        return input;
    }

    void lock(String role) {
        lockedBy.set(role == null ? "" : role);
    }

    public boolean isLocked() {
        return !lockedBy.get().isEmpty();
    }

    /** Whether the column goes into the model. */
    public boolean isInput() {
        return included.get() && !isLocked();
    }

    /** The field the column becomes, with the chosen treatment. */
    public FieldSpec spec() {
        FieldTreatment chosen = treatment.get();
        return chosen == null ? base : chosen.apply(base);
    }

    /** What the field does, for example {@code vocab(min 5)} or {@code hash(65536)}. */
    public StringBinding detailBinding() {
        return detail;
    }

    private static String describe(FieldSpec spec) {
        String text = spec.describe();
        String prefix = spec.column() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    /**
     * Whether and how a column goes into the model.
     *
     * @param lockedBy "label" or "purchase label" when the column is a label of the run, else empty
     */
    public record FeatureInput(BooleanProperty included, ObjectProperty<FieldTreatment> treatment,
                               ReadOnlyStringProperty lockedBy) {
    }
}
