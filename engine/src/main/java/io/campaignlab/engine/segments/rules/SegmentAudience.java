package io.campaignlab.engine.segments.rules;

import java.util.List;

/**
 * Counts and lists the users a rule selects, in the workspace's database (one query, so that a count is quick
 * enough to follow a rule as it is edited). Implemented by the workspace; every method does I/O.
 */
public interface SegmentAudience {

    /**
     * @throws IllegalArgumentException when a dataset, column or scores table the rule names does not exist, or a
     *                                  value does not suit its column, naming the condition
     */
    AudienceCount count(SegmentRule rule);

    /** The user ids the rule selects, in ascending text order. */
    List<String> members(SegmentRule rule);

    /** The snapshot a rule without one would use: the day after the events' last timestamp. */
    java.time.LocalDate defaultSnapshot(String events);
}
