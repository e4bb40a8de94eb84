package io.campaignlab.engine.segments.rules;

import java.util.Objects;

/**
 * A rule segment to store.
 *
 * @param name for people; null or blank for the rule's own text
 * @param rule the conditions
 */
public record RuleSegmentRequest(String name, SegmentRule rule) {

    public RuleSegmentRequest {
        Objects.requireNonNull(rule, "rule");
        if (name == null || name.isBlank()) {
            name = rule.text().length() <= 200 ? rule.text() : rule.text().substring(0, 199) + "…";
        }
        name = name.strip();
        if (name.length() > 200) {
            throw new IllegalArgumentException("a segment name has at most 200 characters");
        }
    }
}
