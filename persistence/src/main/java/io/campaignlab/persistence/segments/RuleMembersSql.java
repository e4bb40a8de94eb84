package io.campaignlab.persistence.segments;

import java.util.List;

/**
 * The users of a rule as a SQL sub-query, for other queries of the workspace to nest.
 *
 * @param sql    a {@code SELECT} of one text column {@code uid}, one row per user
 * @param params the values of its {@code ?} marks, in order
 */
public record RuleMembersSql(String sql, List<Object> params) {

    public RuleMembersSql {
        params = List.copyOf(params);
    }
}
