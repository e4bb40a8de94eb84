package io.campaignlab.engine.campaigns;

import io.campaignlab.engine.segments.rules.RuleCondition;
import io.campaignlab.engine.segments.rules.SegmentRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an audience's rule: conditions joined with {@code AND} (outside quotes), each as the Segments rule builder
 * reads it ({@link RuleCondition#parse}), plus {@code uplift:runM >= y}, a threshold on an uplift run's predicted
 * uplift. An uplift run's scores table holds that uplift, so {@code uplift:runM} is counted as {@code score:runM}
 * (with the same {@code :max} and {@code @DATASET} suffixes).
 */
public final class AudienceRules {

    private static final String UPLIFT = "uplift:";

    private AudienceRules() {
    }

    /**
     * The rule's conditions as written, in order.
     *
     * @throws IllegalArgumentException for an empty rule or an empty condition
     */
    public static List<String> split(String rule) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        String text = rule == null ? "" : rule;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (isAnd(text, i)) {
                parts.add(current.toString().strip());
                current.setLength(0);
                i += 4;
                continue;
            }
            current.append(ch);
        }
        parts.add(current.toString().strip());
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("'" + text.strip() + "' has an empty condition; write conditions"
                    + " joined with AND, e.g. purchases_30d >= 2 AND uplift:run7 >= 0.01");
        }
        return parts;
    }

    /**
     * One condition, {@code uplift:} read as {@code score:}.
     *
     * @throws IllegalArgumentException naming the condition and what is wrong with it
     */
    public static RuleCondition condition(String text) {
        String t = text.strip();
        if (t.toLowerCase(Locale.ROOT).startsWith(UPLIFT)) {
            try {
                return RuleCondition.parse("score:" + t.substring(UPLIFT.length()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().replace("score:", UPLIFT), e);
            }
        }
        return RuleCondition.parse(t);
    }

    /**
     * The rule of a rule audience, as the Segments audience count takes it.
     *
     * @throws IllegalArgumentException when the audience has no rule or the rule cannot be read
     */
    public static SegmentRule toSegmentRule(Audience audience) {
        if (audience.rule() == null) {
            throw new IllegalArgumentException("the audience is a segment, not a rule");
        }
        return new SegmentRule(audience.events(), audience.users(), audience.snapshot(),
                split(audience.rule()).stream().map(AudienceRules::condition).toList());
    }

    private static boolean isAnd(String text, int i) {
        return i + 4 <= text.length() && Character.isWhitespace(text.charAt(i))
                && text.regionMatches(true, i + 1, "AND", 0, 3)
                && (i + 4 == text.length() || Character.isWhitespace(text.charAt(i + 4)));
    }
}
