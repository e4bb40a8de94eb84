package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.segments.rules.RuleCondition;
import io.campaignlab.engine.segments.rules.RuleMeasure;
import io.campaignlab.engine.segments.rules.RuleOperator;

import java.util.List;
import java.util.Map;

/**
 * Tests an offer's eligibility conditions. A column condition compares the request context's value of that name: as
 * numbers when both sides are numbers, else as text for {@code =} and {@code !=}. A condition on behaviour or a model
 * score is answered from the users who met it when the campaign was loaded ({@link ServingAudience#meets}). A
 * condition not computed at load, a missing context value, or a text value under an ordering operator fails: an offer
 * is never granted on a condition that could not be checked.
 */
final class Eligibility {

    private Eligibility() {
    }

    /** Adds one check per condition to {@code out}; true when all passed. */
    static boolean check(Offer offer, Map<String, Object> context, ServingAudience held, String userId,
                         List<DecisionTrace.RuleCheck> out) {
        boolean all = true;
        for (String text : offer.eligibility()) {
            RuleCondition condition = RuleCondition.parse(text);
            String note = condition.measure().kind() == RuleMeasure.Kind.COLUMN ? failure(condition, context)
                    : heldFailure(held.meets(text, userId));
            out.add(new DecisionTrace.RuleCheck(offer.name(), condition.text(), note == null,
                    note == null ? "passed" : note));
            all &= note == null;
        }
        return all;
    }

    /** Null when the user met a held condition, else why not. */
    private static String heldFailure(java.util.Optional<Boolean> met) {
        if (met.isEmpty()) {
            return "not computed when the campaign was loaded (no users and events dataset to count it in)";
        }
        return met.get() ? null : "the user did not meet it when the campaign was loaded";
    }

    /** Null when the condition holds, else why not. */
    static String failure(RuleCondition condition, Map<String, Object> context) {
        Object actual = context.get(condition.measure().column());
        if (actual == null) {
            return "the context has no '" + condition.measure().column() + "'";
        }
        Double left = number(actual);
        Double right = number(condition.value());
        if (left != null && right != null) {
            return condition.operator().test(left, right) ? null : "was " + actual;
        }
        if (condition.operator().ordering()) {
            return "'" + actual + "' is not a number";
        }
        boolean equal = String.valueOf(actual).equals(condition.value());
        return equal == (condition.operator() == RuleOperator.EQ) ? null : "was '" + actual + "'";
    }

    private static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            double d = Double.parseDouble(String.valueOf(value).strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
