package io.campaignlab.views.models;

import io.campaignlab.engine.models.ModelKind;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One hyper-parameter of the train form: its text as typed, why that text is not valid, and whether the chosen
 * model uses it at all (the others are shown disabled, and keep their defaults).
 */
public final class ParamField {

    /** What a field holds. */
    enum Kind {
        /** A whole number, at least 1. */
        POSITIVE_INT,
        /** A whole number, at least 0. */
        COUNT,
        /** A number in [0, 1). */
        SHARE,
        /** A number above 0. */
        POSITIVE,
        /** A number, at least 0. */
        NON_NEGATIVE,
        /** Whole numbers, at least 1, separated by commas. */
        WIDTHS
    }

    private final String key;
    private final String label;
    private final String help;
    private final Kind kind;
    private final Set<ModelKind> models;
    private final String fallback;
    private final StringProperty text;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper relevant = new ReadOnlyBooleanWrapper(this, "relevant", true);

    ParamField(String key, String label, String help, Kind kind, Set<ModelKind> models, String initial) {
        this.key = key;
        this.label = label;
        this.help = help;
        this.kind = kind;
        this.models = EnumSet.copyOf(models);
        this.fallback = initial;
        this.text = new SimpleStringProperty(this, key, initial);
        text.addListener((o, old, now) -> validate());
        validate();
    }

    /** The {@code Hyperparameters} component it sets, for example {@code learningRate}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The tooltip: what the setting does, and which models use it. */
    public String help() {
        return help;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Empty when the text is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the chosen model uses this setting. */
    public ReadOnlyBooleanProperty relevantProperty() {
        return relevant.getReadOnlyProperty();
    }

    void modelChanged(ModelKind model) {
        relevant.set(model != null && models.contains(model));
    }

    /** True when the model uses the field and its text is not valid. */
    public boolean blocks() {
        return relevant.get() && !error.get().isEmpty();
    }

    int intValue() {
        return Integer.parseInt(usable().trim());
    }

    double doubleValue() {
        return Double.parseDouble(usable().trim());
    }

    List<Integer> widths() {
        List<Integer> widths = new ArrayList<>();
        for (String part : usable().split("[,\\s]+")) {
            if (!part.isBlank()) {
                widths.add(Integer.parseInt(part.trim()));
            }
        }
        return widths;
    }

    /** The typed text, or the default when the model ignores an invalid entry. */
    private String usable() {
        return error.get().isEmpty() ? text.get() : fallback;
    }

    private void validate() {
        error.set(problem(text.get() == null ? "" : text.get().trim()));
    }

    private String problem(String value) {
        if (value.isEmpty()) {
            return label + " is required.";
        }
        try {
            switch (kind) {
                case POSITIVE_INT, COUNT -> {
                    if (!value.matches("\\d{1,9}")) {
                        return label + " must be a whole number.";
                    }
                    int n = Integer.parseInt(value);
                    if (kind == Kind.POSITIVE_INT && n < 1) {
                        return label + " must be at least 1.";
                    }
                }
                case SHARE -> {
                    double v = Double.parseDouble(value);
                    if (!(v >= 0 && v < 1)) {
                        return label + " must be at least 0 and below 1.";
                    }
                }
                case POSITIVE -> {
                    double v = Double.parseDouble(value);
                    if (!(v > 0) || Double.isInfinite(v)) {
                        return label + " must be above 0.";
                    }
                }
                case NON_NEGATIVE -> {
                    double v = Double.parseDouble(value);
                    if (!(v >= 0) || Double.isInfinite(v)) {
                        return label + " must be 0 or more.";
                    }
                }
                case WIDTHS -> {
                    if (!value.matches("\\d{1,6}([,\\s]+\\d{1,6})*")) {
                        return label + " must be layer widths separated by commas, such as 64, 32.";
                    }
                    if (value.matches(".*(^|[,\\s])0+([,\\s]|$).*")) {
                        return label + ": every layer needs at least 1 unit.";
                    }
                }
            }
        } catch (NumberFormatException e) {
            return label + " must be a number.";
        }
        return "";
    }

    /** A number as the form shows it: 0.002, 0.1, 1e-6. */
    static String number(double value) {
        if (value != 0 && Math.abs(value) < 1e-4) {
            String[] parts = String.format(Locale.ROOT, "%e", value).split("e");
            String mantissa = new BigDecimal(parts[0]).stripTrailingZeros().toPlainString();
            return mantissa + "e" + Integer.parseInt(parts[1]);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
