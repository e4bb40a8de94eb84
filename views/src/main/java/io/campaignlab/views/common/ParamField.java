package io.campaignlab.views.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One setting of a form: its text as typed, why that text is not valid, its tooltip, and which models read it (the
 * others show it disabled, and keep its default).
 *
 * @param <K> the kind of model the form trains
 */
public final class ParamField<K> {

    /** Why a text is not a valid value of a field, in a sentence naming the field; empty when it is valid. */
    @FunctionalInterface
    public interface Rule {
        String problem(String label, String text);
    }

    private final String key;
    private final String label;
    private final String help;
    private final Rule rule;
    private final Predicate<K> readBy;
    private final String fallback;
    private final StringProperty text;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper relevant = new ReadOnlyBooleanWrapper(this, "relevant", true);
    private final Entry entry;

    /**
     * @param key     what it sets, for example {@code learningRate}
     * @param help    the tooltip: what the setting does
     * @param readBy  the models that read it
     * @param initial the default, also used when a model that ignores the field leaves an invalid text in it
     */
    public ParamField(String key, String label, String help, Rule rule, Predicate<K> readBy, String initial) {
        this.key = key;
        this.label = label;
        this.help = help;
        this.rule = rule;
        this.readBy = readBy;
        this.fallback = initial;
        this.text = new SimpleStringProperty(this, key, initial);
        this.entry = new Entry(text, error.getReadOnlyProperty(), relevant.getReadOnlyProperty());
        text.addListener((o, old, now) -> validate());
        validate();
    }

    /** A setting every model reads (or a form that trains no model). */
    public ParamField(String key, String label, String help, Rule rule, String initial) {
        this(key, label, help, rule, model -> true, initial);
    }

    /** A number at least {@code min}: whole, or any. */
    public static Rule atLeast(boolean whole, double min) {
        return (label, t) -> {
            try {
                double v = whole ? Long.parseLong(t) : Double.parseDouble(t);
                if (!(v >= min) || Double.isInfinite(v)) {
                    return label + " must be " + (min == 0 ? "at least 0" : "at least " + shortNumber(min));
                }
                return "";
            } catch (NumberFormatException e) {
                return label + " must be a " + (whole ? "whole number" : "number") + ", not '" + t + "'";
            }
        };
    }

    private static String shortNumber(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    /** Checks the text again: what the rule reads besides the text has changed. */
    public void revalidate() {
        validate();
    }

    private void validate() {
        error.set(rule.problem(label, text.get() == null ? "" : text.get().trim()));
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The tooltip: what the setting does. */
    public String help() {
        return help;
    }

    /** The text as typed, why it is not valid, and whether the chosen model reads it. */
    public Entry entry() {
        return entry;
    }

    /** Whether a model reads this setting. */
    public boolean usedBy(K model) {
        return model != null && readBy.test(model);
    }

    /** Another model was chosen. */
    public void modelChanged(K model) {
        relevant.set(usedBy(model));
    }

    /** True when the chosen model reads the field and its text is not valid. */
    public boolean blocks() {
        return relevant.get() && !error.get().isEmpty();
    }

    public int intValue() {
        return Integer.parseInt(usable().trim());
    }

    public long longValue() {
        return Long.parseLong(usable().trim());
    }

    public double doubleValue() {
        return Double.parseDouble(usable().trim());
    }

    /** Whole numbers separated by commas or spaces: layer widths. */
    public List<Integer> widths() {
        List<Integer> widths = new ArrayList<>();
        for (String part : usable().split("[,\\s]+")) {
            if (!part.isBlank()) {
                widths.add(Integer.parseInt(part.trim()));
            }
        }
        return widths;
    }

    /** The typed text, or the default when it is not valid. */
    private String usable() {
        return error.get().isEmpty() ? text.get() : fallback;
    }

    /** A number as a form shows it: 0.002, 0.1, 1e-6. */
    public static String number(double value) {
        if (value != 0 && Math.abs(value) < 1e-4) {
            String[] parts = String.format(Locale.ROOT, "%e", value).split("e");
            String mantissa = new BigDecimal(parts[0]).stripTrailingZeros().toPlainString();
            return mantissa + "e" + Integer.parseInt(parts[1]);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * A field's text and what the form makes of it.
     *
     * @param error    why the text is not valid; empty when it is
     * @param relevant whether the chosen model reads this setting (as last told by {@link ParamField#modelChanged})
     */
    public record Entry(StringProperty text, ReadOnlyStringProperty error, ReadOnlyBooleanProperty relevant) {
    }
}
