package io.campaignlab.engine.segments.rules;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One condition of a rule segment: {@code MEASURE OPERATOR VALUE}, e.g. {@code purchases_30d >= 2},
 * {@code score:run3 >= 0.05} or {@code age_band = '25-34'}. The value is kept as text; whether it must be a number
 * depends on the measure (behaviour and scores always; a column by its type), checked where the rule is counted.
 *
 * @param measure  what is compared
 * @param operator how
 * @param value    with what, as text without quotes
 */
public record RuleCondition(RuleMeasure measure, RuleOperator operator, String value) {

    private static final Pattern CONDITION = Pattern.compile("\\s*([^<>=!\\s]+)\\s*(>=|<=|!=|<>|==|=|>|<)\\s*(.*?)\\s*");

    public RuleCondition {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("condition '" + measure.text() + " " + operator.symbol()
                    + "' has no value");
        }
        if (measure.numeric()) {
            number(measure, value);
        }
    }

    /**
     * Reads a condition such as {@code purchases_30d >= 2}; a text value may be quoted with {@code '} or {@code "}.
     *
     * @throws IllegalArgumentException naming the condition and what is wrong with it
     */
    public static RuleCondition parse(String text) {
        Matcher m = CONDITION.matcher(text == null ? "" : text);
        if (!m.matches() || m.group(3).isEmpty()) {
            throw new IllegalArgumentException("condition '" + text + "' is not MEASURE OPERATOR VALUE, for example"
                    + " purchases_30d >= 2, score:run3 >= 0.05 or age_band = 25-34");
        }
        try {
            return new RuleCondition(RuleMeasure.parse(m.group(1)), RuleOperator.parse(m.group(2)),
                    unquote(m.group(3)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("condition '" + text.strip() + "': " + e.getMessage(), e);
        }
    }

    /** The value as a number, for a numeric measure or column. */
    public double number() {
        return number(measure, value);
    }

    /** The condition as it is written, text values quoted. */
    public String text() {
        boolean plain = measure.numeric() || value.matches("-?[0-9.]+|true|false");
        return measure.text() + " " + operator.symbol() + " " + (plain ? value : "'" + value + "'");
    }

    private static double number(RuleMeasure measure, String value) {
        try {
            double v = Double.parseDouble(value.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the value of " + measure.text() + " must be a number, not '" + value
                    + "'");
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
