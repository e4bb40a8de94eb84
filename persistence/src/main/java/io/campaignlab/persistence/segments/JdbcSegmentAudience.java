package io.campaignlab.persistence.segments;

import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.segments.rules.AudienceCount;
import io.campaignlab.engine.segments.rules.SegmentAudience;
import io.campaignlab.engine.segments.rules.SegmentRule;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts and lists the users of a rule with one parameterised query ({@link AudienceQuery}). A rule over events
 * without a snapshot is counted at the day after the events' last timestamp.
 */
public final class JdbcSegmentAudience implements SegmentAudience {

    private final DataSource dataSource;
    private final DatasetRepository datasets;

    public JdbcSegmentAudience(DataSource dataSource, DatasetRepository datasets) {
        this.dataSource = dataSource;
        this.datasets = datasets;
    }

    @Override
    public AudienceCount count(SegmentRule rule) {
        SegmentRule r = withSnapshot(rule);
        SqlText sql = AudienceQuery.of(r, datasets).count();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new AudienceCount(rs.getLong(2), rs.getLong(1), r.events() == null ? null : r.snapshot());
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count the rule '" + rule.text() + "': " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> members(SegmentRule rule) {
        SqlText sql = AudienceQuery.of(withSnapshot(rule), datasets).members();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql);
             ResultSet rs = ps.executeQuery()) {
            List<String> members = new ArrayList<>();
            while (rs.next()) {
                members.add(rs.getString(1));
            }
            return members;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot list the users of the rule '" + rule.text() + "': "
                    + e.getMessage(), e);
        }
    }

    /**
     * The users of a rule as SQL to nest in a larger query (e.g. a campaign audience less its exclusions): one text
     * column {@code uid}, one row per user, in no order; the rule's snapshot is resolved first.
     */
    public RuleMembersSql membersSql(SegmentRule rule) {
        SqlText sql = AudienceQuery.of(withSnapshot(rule), datasets).membersUnordered();
        return new RuleMembersSql(sql.sql(), sql.params());
    }

    @Override
    public LocalDate defaultSnapshot(String events) {
        AudienceQuery.Events columns = AudienceQuery.Events.of(datasets.require(events));
        String sql = "SELECT MAX(" + AudienceQuery.col("e", columns.time) + ") FROM "
                + AudienceQuery.table(columns.info) + " e";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            java.time.LocalDateTime last = rs.getObject(1, java.time.LocalDateTime.class);
            if (last == null) {
                throw new IllegalArgumentException("dataset '" + events + "' has no timestamps, so no snapshot day");
            }
            return last.toLocalDate().plusDays(1);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the last day of '" + events + "': " + e.getMessage(), e);
        }
    }

    private SegmentRule withSnapshot(SegmentRule rule) {
        return rule.events() != null && rule.snapshot() == null ? rule.withSnapshot(defaultSnapshot(rule.events()))
                : rule;
    }

    private static PreparedStatement prepare(Connection c, SqlText sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql.sql());
        List<Object> params = sql.params();
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }
}
