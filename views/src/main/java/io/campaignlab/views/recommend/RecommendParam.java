package io.campaignlab.views.recommend;

import io.campaignlab.engine.recommend.RecommenderKind;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;
import java.util.Set;

/**
 * One hyper-parameter of the recommend train form: its text as typed, why that text is not valid, and which
 * recommenders read it (by id; {@code *} for every one; {@code *factor} stands for every recommender that is not popularity or item-kNN, as
 * factor models such as ALS and BPR read factors and iterations).
 */
public final class RecommendParam {

    /** Recommenders that read no factor settings. */
    private static final Set<String> NOT_FACTOR = Set.of("pop", "recent", "itemknn");

    private final String key;
    private final String label;
    private final String help;
    private final boolean whole;
    private final double min;
    private final Set<String> models;
    private final StringProperty text;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    RecommendParam(String key, String label, String help, boolean whole, double min, Set<String> models,
                   String initial) {
        this.key = key;
        this.label = label;
        this.help = help;
        this.whole = whole;
        this.min = min;
        this.models = models;
        this.text = new SimpleStringProperty(this, key, initial);
        text.addListener((o, old, now) -> validate());
        validate();
    }

    private void validate() {
        String t = text.get() == null ? "" : text.get().trim();
        try {
            double v = whole ? Long.parseLong(t) : Double.parseDouble(t);
            if (!(v >= min) || Double.isInfinite(v)) {
                error.set(label + " must be " + (min == 0 ? "at least 0" : "at least " + format(min)));
                return;
            }
            error.set("");
        } catch (NumberFormatException e) {
            error.set(label + " must be a " + (whole ? "whole number" : "number") + ", not '" + t + "'");
        }
    }

    private String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    /** Whether the recommender reads this setting. */
    public boolean usedBy(RecommenderKind kind) {
        if (kind == null) {
            return false;
        }
        return models.contains("*") || models.contains(kind.id()) || (models.contains("*factor") && !NOT_FACTOR.contains(kind.id()));
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The tooltip: what it does. */
    public String help() {
        return help;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Why the text is not valid; empty when it is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    int intValue() {
        return Integer.parseInt(text.get().trim());
    }

    long longValue() {
        return Long.parseLong(text.get().trim());
    }

    double doubleValue() {
        return Double.parseDouble(text.get().trim());
    }
}
