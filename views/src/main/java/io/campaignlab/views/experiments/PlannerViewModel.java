package io.campaignlab.views.experiments;

import io.campaignlab.engine.experiments.SampleSize;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

import java.util.Locale;

/**
 * The sample-size planner: base rate, minimum detectable effect (absolute), alpha, power, allocation ratio and
 * traffic per day, as typed; the units per arm and the days they take, recomputed at every keystroke by
 * {@link SampleSize#forProportions} (cheap, so on the UI thread). A field that does not parse is named in
 * {@link PlanReadout#problem()} and the result is cleared. Never touches a node.
 */
public final class PlannerViewModel {

    private final PlanInputs inputs = PlanInputs.defaults();
    private final ReadOnlyObjectWrapper<SampleSize> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper units = new ReadOnlyStringWrapper(this, "units", "");
    private final ReadOnlyStringWrapper days = new ReadOnlyStringWrapper(this, "days", "");
    private final ReadOnlyStringWrapper effect = new ReadOnlyStringWrapper(this, "effect", "");
    private final PlanReadout readout = new PlanReadout(result.getReadOnlyProperty(), problem.getReadOnlyProperty(),
            units.getReadOnlyProperty(), days.getReadOnlyProperty(), effect.getReadOnlyProperty());

    public PlannerViewModel() {
        for (StringProperty p : inputs.all()) {
            p.addListener((o, old, now) -> recompute());
        }
        recompute();
    }

    private void recompute() {
        try {
            double b = parse(inputs.base(), "base rate");
            double m = parse(inputs.mde(), "MDE");
            double a = parse(inputs.alpha(), "alpha");
            double p = parse(inputs.power(), "power");
            double r = parse(inputs.ratio(), "allocation ratio");
            SampleSize s = SampleSize.forProportions(b, m, a, p, r);
            String t = inputs.traffic().get() == null ? "" : inputs.traffic().get().trim();
            Double perDay = t.isEmpty() ? null : parse(inputs.traffic(), "traffic per day");
            if (perDay != null && !(perDay > 0)) {
                throw new IllegalArgumentException("Traffic per day must be > 0.");
            }
            result.set(s);
            problem.set("");
            effect.set(String.format(Locale.ROOT, "Detect %.2f%% → %.2f%% (%s relative), two-sided at α %s with"
                    + " power %s.", 100 * b, 100 * (b + m), ExperimentFormats.percent(m / b), trim(a), trim(p)));
            units.set(String.format(Locale.ROOT, "%,d per arm · control %,d, treatment %,d · %,d in all",
                    Math.max(s.control(), s.treatment()), s.control(), s.treatment(), s.control() + s.treatment()));
            days.set(perDay == null ? "Give the traffic per day to see the duration."
                    : String.format(Locale.ROOT, "%.1f days at %,.0f units a day (%.1f weeks)", s.days(perDay),
                    perDay, s.days(perDay) / 7));
        } catch (IllegalArgumentException e) {
            result.set(null);
            problem.set(e.getMessage().substring(0, 1).toUpperCase(Locale.ROOT) + e.getMessage().substring(1)
                    + (e.getMessage().endsWith(".") ? "" : "."));
            units.set("");
            days.set("");
            effect.set("");
        }
    }

    private static double parse(StringProperty field, String name) {
        String text = field.get() == null ? "" : field.get().trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Give the " + name + ".");
        }
        try {
            return Double.parseDouble(text.endsWith("%") ? text.substring(0, text.length() - 1) : text)
                    / (text.endsWith("%") ? 100 : 1);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + name + " '" + text + "' is not a number.");
        }
    }

    private static String trim(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The fields as typed. */
    public PlanInputs inputs() {
        return inputs;
    }

    /** The sample size and its lines in words. */
    public PlanReadout readout() {
        return readout;
    }
}
