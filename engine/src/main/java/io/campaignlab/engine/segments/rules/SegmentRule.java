package io.campaignlab.engine.segments.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A rule segment: the users for whom every condition holds (conditions are combined with AND).
 *
 * <p>The population is every user of the users dataset when one is given, else every user with a row in the events
 * dataset before the snapshot.
 * Behaviour measures count the events dataset's rows in {@code [snapshot − N days, snapshot)}; a user with no such
 * rows has 0 purchases, views, clicks and spend, and no days since purchase (so no condition on it holds for them).
 * A score measure with no scored row for the user is missing in the same way.
 *
 * @param events     the events or transactions dataset behaviour is counted in, or null when no condition needs it
 * @param users      the users dataset (population and columns), or null
 * @param snapshot   the day windows end at (excluded), or null for the day after the events' last timestamp
 * @param conditions at least one
 */
public record SegmentRule(String events, String users, LocalDate snapshot, List<RuleCondition> conditions) {

    public SegmentRule {
        conditions = List.copyOf(conditions);
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("a rule segment needs at least one condition");
        }
        if (events == null && users == null) {
            throw new IllegalArgumentException("a rule segment needs an events dataset, a users dataset or both");
        }
        for (RuleCondition c : conditions) {
            Objects.requireNonNull(c, "condition");
            if (c.measure().kind() == RuleMeasure.Kind.BEHAVIOUR && events == null) {
                throw new IllegalArgumentException("condition '" + c.text() + "' counts behaviour, so it needs an"
                        + " events dataset");
            }
            if (c.measure().kind() == RuleMeasure.Kind.COLUMN && users == null) {
                throw new IllegalArgumentException("condition '" + c.text() + "' reads the column '"
                        + c.measure().column() + "' of a users dataset, and none is given");
            }
        }
    }

    /** Reads conditions written as text (see {@link RuleCondition#parse}). */
    public static SegmentRule parse(String events, String users, LocalDate snapshot, List<String> conditions) {
        return new SegmentRule(events, users, snapshot, conditions.stream().map(RuleCondition::parse).toList());
    }

    /** The same rule with the snapshot set. */
    public SegmentRule withSnapshot(LocalDate day) {
        return new SegmentRule(events, users, day, conditions);
    }

    /** The conditions as people read them: {@code purchases_30d >= 2 AND score:run3 >= 0.05}. */
    public String text() {
        return conditions.stream().map(RuleCondition::text).collect(Collectors.joining(" AND "));
    }
}
