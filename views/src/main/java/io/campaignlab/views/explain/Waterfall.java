package io.campaignlab.views.explain;

import io.campaignlab.engine.explain.Attribution;
import io.campaignlab.engine.explain.ShapleyExplanation;

import java.util.ArrayList;
import java.util.List;

/**
 * One prediction as a waterfall: the base rate (the mean score of the background rows), then each field's push,
 * largest first, each step starting where the one before ended, then the prediction itself. When there are more
 * fields than fit, the smallest are pooled into one "other fields" step, so that the steps still end at the
 * prediction (up to the explanation's efficiency gap, which is rounding).
 *
 * @param steps      base, the fields' pushes, maybe the pooled rest, and the prediction, in drawing order
 * @param base       the base rate
 * @param prediction the row's score
 */
public record Waterfall(List<Step> steps, double base, double prediction) {

    /** What a step stands for. */
    public enum Kind { BASE, FIELD, OTHERS, PREDICTION }

    /**
     * One bar.
     *
     * @param kind   what it stands for
     * @param label  what the axis says: {@code device = mobile}, {@code base rate}, {@code prediction}
     * @param start  where the bar starts on the score scale (0 for the base and the prediction)
     * @param end    where it ends
     * @param spread the standard deviation of the push across the explanation's repeats (0 for base and
     *               prediction; pooled steps add the variances)
     * @param player the field's name, or null for base, prediction and pooled fields
     */
    public record Step(Kind kind, String label, double start, double end, double spread, String player) {

        /** The push of a field step, or the level of the base and the prediction. */
        public double value() {
            return kind == Kind.BASE || kind == Kind.PREDICTION ? end : end - start;
        }

        /** The text beside the bar: {@code +0.0542 ± 0.0002}, or the level for base and prediction. */
        public String valueText() {
            if (kind == Kind.BASE || kind == Kind.PREDICTION) {
                return ExplainFormats.score(end);
            }
            return ExplainFormats.signed(value()) + "  " + ExplainFormats.spread(spread);
        }
    }

    /** Fields shown one by one before the rest are pooled. */
    public static final int MAX_FIELDS = 14;
    /** Longest axis label before it is shortened. */
    public static final int MAX_LABEL = 34;

    public Waterfall {
        steps = List.copyOf(steps);
    }

    public static Waterfall of(ShapleyExplanation explanation) {
        return of(explanation, MAX_FIELDS);
    }

    /**
     * @param maxFields fields drawn one by one; beyond that many, the smallest are pooled into one step
     */
    public static Waterfall of(ShapleyExplanation explanation, int maxFields) {
        List<Attribution> attributions = new ArrayList<>(explanation.attributions());
        attributions.sort((a, b) -> Double.compare(Math.abs(b.value()), Math.abs(a.value())));
        List<Step> steps = new ArrayList<>();
        double base = explanation.base();
        steps.add(new Step(Kind.BASE, "base rate (mean score)", 0, base, 0, null));
        double level = base;
        boolean pool = attributions.size() > maxFields;
        int shown = pool ? Math.max(1, maxFields - 1) : attributions.size();
        for (int i = 0; i < shown; i++) {
            Attribution a = attributions.get(i);
            String label = a.displayValue() == null || a.displayValue().isBlank() ? a.player() : a.displayValue();
            steps.add(new Step(Kind.FIELD, ExplainFormats.shorten(label, MAX_LABEL), level, level + a.value(),
                    a.spread(), a.player()));
            level += a.value();
        }
        if (pool) {
            double sum = 0;
            double variance = 0;
            for (Attribution a : attributions.subList(shown, attributions.size())) {
                sum += a.value();
                variance += a.spread() * a.spread();
            }
            int rest = attributions.size() - shown;
            steps.add(new Step(Kind.OTHERS, rest + " other fields", level, level + sum, Math.sqrt(variance), null));
            level += sum;
        }
        steps.add(new Step(Kind.PREDICTION, "prediction", 0, explanation.prediction(), 0, null));
        return new Waterfall(steps, base, explanation.prediction());
    }

    /** Where the last push ends: base + every push, which is the prediction up to rounding. */
    public double lastLevel() {
        double level = base;
        for (Step s : steps) {
            if (s.kind() == Kind.FIELD || s.kind() == Kind.OTHERS) {
                level = s.end();
            }
        }
        return level;
    }
}
