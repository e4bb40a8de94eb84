package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.segments.rules.RuleCondition;
import io.campaignlab.engine.segments.rules.RuleMeasure;
import io.campaignlab.engine.segments.rules.RuleOperator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule of a {@link DecisionList}: when every condition holds, choose an arm (or draw one with the given
 * probabilities). Conditions use the segment rules' grammar ({@code recency_days > 90}, {@code device = mobile}),
 * restricted to the dataset's own columns.
 *
 * @param when the conditions, all of which must hold; empty for the default
 * @param arms the probability of each arm, summing to 1
 */
public record DecisionRule(List<RuleCondition> when, Map<String, Double> arms) {

    public DecisionRule {
        when = List.copyOf(when);
        arms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arms));
        for (RuleCondition c : when) {
            if (c.measure().kind() != RuleMeasure.Kind.COLUMN) {
                throw new IllegalArgumentException("condition '" + c.text() + "' uses a " + c.measure().kind()
                        .name().toLowerCase(java.util.Locale.ROOT) + " measure; a policy evaluated off-line reads"
                        + " only the dataset's columns");
            }
        }
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("no arm is given");
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : arms.entrySet()) {
            double p = e.getValue();
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("arm " + e.getKey() + " has probability " + p
                        + "; a probability lies in [0, 1]");
            }
            sum += p;
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("the arm probabilities sum to " + sum + ", not 1");
        }
    }

    /** Which units of the frame satisfy every condition. */
    boolean[] matches(Frame frame) {
        boolean[] out = new boolean[frame.rows()];
        java.util.Arrays.fill(out, true);
        for (RuleCondition c : when) {
            FrameColumn column = frame.column(c.measure().column());
            for (int i = 0; i < out.length; i++) {
                out[i] &= holds(c, column, i);
            }
        }
        return out;
    }

    /** A missing value satisfies no condition, as in SQL. */
    private static boolean holds(RuleCondition c, FrameColumn column, int row) {
        if (column instanceof FrameColumn.Numbers n) {
            double v = n.values()[row];
            return !Double.isNaN(v) && c.operator().test(v, c.number());
        }
        if (column instanceof FrameColumn.Texts t) {
            String v = t.values()[row];
            if (v == null) {
                return false;
            }
            return c.operator() == RuleOperator.EQ ? v.equals(c.value()) : !v.equals(c.value());
        }
        throw new IllegalArgumentException("column " + column.name() + " holds times; a policy rule cannot test it");
    }

    /** Checks the conditions against the frame's column types: numbers need a numeric value, text = or !=. */
    void check(Frame frame) {
        for (RuleCondition c : when) {
            String name = c.measure().column();
            if (!frame.has(name)) {
                throw new IllegalArgumentException("condition '" + c.text() + "': dataset " + frame.dataset()
                        + " has no column '" + name + "'");
            }
            FrameColumn column = frame.column(name);
            if (column instanceof FrameColumn.Numbers) {
                try {
                    c.number();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("condition '" + c.text() + "': column " + name
                            + " is numeric, so its value must be a number", e);
                }
            } else if (column instanceof FrameColumn.Texts) {
                if (c.operator().ordering()) {
                    throw new IllegalArgumentException("condition '" + c.text() + "': column " + name
                            + " holds text; compare it with = or !=");
                }
            } else {
                throw new IllegalArgumentException("condition '" + c.text() + "': column " + name
                        + " holds times; a policy rule cannot test it");
            }
        }
    }
}
