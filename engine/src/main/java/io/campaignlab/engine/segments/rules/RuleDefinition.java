package io.campaignlab.engine.segments.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What a stored rule segment means, kept as its definition JSON: enough to count it again.
 *
 * @param text       the conditions as people read them, joined with AND
 * @param conditions each condition as text
 * @param events     the events dataset, or null
 * @param users      the users dataset, or null
 * @param snapshot   the day behaviour windows end at (excluded)
 * @param population who the rule chose among, in words
 * @param scores     how scores per row became one per user
 */
public record RuleDefinition(String text, List<String> conditions, String events, String users, LocalDate snapshot,
                             String population, String scores) {

    static final String SCORES = "score:runN is the mean of the run's scores over the user's scored rows (row_id ="
            + " the scored dataset's _row); score:runN:max their largest";

    static RuleDefinition of(SegmentRule rule) {
        return new RuleDefinition(rule.text(), rule.conditions().stream().map(RuleCondition::text).toList(),
                rule.events(), rule.users(), rule.snapshot(), population(rule), SCORES);
    }

    static String population(SegmentRule rule) {
        return rule.users() != null ? "every user of " + rule.users() : "every user with a row in " + rule.events();
    }
}
