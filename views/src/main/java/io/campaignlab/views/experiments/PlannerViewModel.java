package io.campaignlab.views.experiments;

import io.campaignlab.engine.experiments.SampleSize;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Locale;

/**
 * The sample-size planner: base rate, minimum detectable effect (absolute), alpha, power, allocation ratio and
 * traffic per day, as typed; the units per arm and the days they take, recomputed at every keystroke by
 * {@link SampleSize#forProportions} (cheap, so on the UI thread). A field that does not parse is named in
 * {@link #problemProperty()} and the result is cleared. Never touches a node.
 */
public final class PlannerViewModel {

    private final StringProperty base = new SimpleStringProperty(this, "base", "0.10");
    private final StringProperty mde = new SimpleStringProperty(this, "mde", "0.01");
    private final StringProperty alpha = new SimpleStringProperty(this, "alpha", "0.05");
    private final StringProperty power = new SimpleStringProperty(this, "power", "0.8");
    private final StringProperty ratio = new SimpleStringProperty(this, "ratio", "1");
    private final StringProperty traffic = new SimpleStringProperty(this, "traffic", "1000");
    private final ReadOnlyObjectWrapper<SampleSize> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper units = new ReadOnlyStringWrapper(this, "units", "");
    private final ReadOnlyStringWrapper days = new ReadOnlyStringWrapper(this, "days", "");
    private final ReadOnlyStringWrapper effect = new ReadOnlyStringWrapper(this, "effect", "");

    public PlannerViewModel() {
        for (StringProperty p : List.of(base, mde, alpha, power, ratio, traffic)) {
            p.addListener((o, old, now) -> recompute());
        }
        recompute();
    }

    private void recompute() {
        try {
            double b = parse(base, "base rate");
            double m = parse(mde, "MDE");
            double a = parse(alpha, "alpha");
            double p = parse(power, "power");
            double r = parse(ratio, "allocation ratio");
            SampleSize s = SampleSize.forProportions(b, m, a, p, r);
            String t = traffic.get() == null ? "" : traffic.get().trim();
            Double perDay = t.isEmpty() ? null : parse(traffic, "traffic per day");
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

    /** The control conversion rate, e.g. 0.10 or 10%. */
    public StringProperty baseProperty() {
        return base;
    }

    /** The absolute change to detect, e.g. 0.01 (one point) or 1%. */
    public StringProperty mdeProperty() {
        return mde;
    }

    public StringProperty alphaProperty() {
        return alpha;
    }

    public StringProperty powerProperty() {
        return power;
    }

    /** Treatment units per control unit. */
    public StringProperty ratioProperty() {
        return ratio;
    }

    /** Units entering the experiment a day; empty for no duration. */
    public StringProperty trafficProperty() {
        return traffic;
    }

    public ReadOnlyObjectProperty<SampleSize> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The units per arm, in words. */
    public ReadOnlyStringProperty unitsProperty() {
        return units.getReadOnlyProperty();
    }

    /** The duration, in words. */
    public ReadOnlyStringProperty daysProperty() {
        return days.getReadOnlyProperty();
    }

    /** What is planned for, in words. */
    public ReadOnlyStringProperty effectProperty() {
        return effect.getReadOnlyProperty();
    }
}
