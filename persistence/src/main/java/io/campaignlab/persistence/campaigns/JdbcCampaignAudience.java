package io.campaignlab.persistence.campaigns;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.AudienceRules;
import io.campaignlab.engine.campaigns.AudienceSize;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignRepository;
import io.campaignlab.persistence.segments.JdbcSegmentAudience;
import io.campaignlab.persistence.segments.JdbcUserScores;
import io.campaignlab.persistence.segments.RuleMembersSql;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts a campaign audience in one query: the targeted users (a segment's {@code segment_member} rows, or a rule's
 * users by the Segments rules' audience query) left-joined to the union of the excluded users (excluded segments'
 * members; each excluded campaign's targeted users {@code EXCEPT} its own excluded segments), so that
 * {@code COUNT(*)} is the targeted and the rows without a match are who remains. User ids are compared as text, as
 * segment members are stored.
 */
public final class JdbcCampaignAudience implements io.campaignlab.engine.campaigns.CampaignAudience {

    private final DataSource dataSource;
    private final JdbcSegmentAudience rules;
    private final CampaignRepository campaigns;
    private final JdbcUserScores scores;

    public JdbcCampaignAudience(DataSource dataSource, JdbcSegmentAudience rules, CampaignRepository campaigns) {
        this(dataSource, rules, campaigns, null);
    }

    /** @param scores runs' scores per user, or null when they are not read */
    public JdbcCampaignAudience(DataSource dataSource, JdbcSegmentAudience rules, CampaignRepository campaigns,
                                JdbcUserScores scores) {
        this.dataSource = dataSource;
        this.rules = rules;
        this.campaigns = campaigns;
        this.scores = scores;
    }

    @Override
    public java.util.Map<String, Double> scoresByUser(long run) {
        if (scores == null) {
            return io.campaignlab.engine.campaigns.CampaignAudience.super.scoresByUser(run);
        }
        return scores.meanByUser(run);
    }

    @Override
    public AudienceSize count(Audience audience) {
        List<Object> params = new ArrayList<>();
        Parts parts = parts(audience, params);
        String sql = parts.excluded() == null ? "SELECT COUNT(*), COUNT(*) FROM (" + parts.targeted() + ") t"
                : "SELECT COUNT(*), COUNT(CASE WHEN x.uid IS NULL THEN 1 END) FROM (" + parts.targeted() + ") t LEFT"
                + " JOIN (" + parts.excluded() + ") x ON x.uid = t.uid";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long all = rs.getLong(1);
            long left = rs.getLong(2);
            return new AudienceSize(all, all - left, left);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count the campaign audience: " + e.getMessage(), e);
        }
    }

    /** The same query as {@link #count}, listing who remains instead of counting them. */
    @Override
    public Set<String> members(Audience audience) {
        List<Object> params = new ArrayList<>();
        Parts parts = parts(audience, params);
        String sql = parts.excluded() == null ? "SELECT DISTINCT CAST(t.uid AS VARCHAR) FROM (" + parts.targeted()
                + ") t" : "SELECT DISTINCT CAST(t.uid AS VARCHAR) FROM (" + parts.targeted() + ") t LEFT JOIN ("
                + parts.excluded() + ") x ON x.uid = t.uid WHERE x.uid IS NULL";
        Set<String> out = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot list the campaign audience: " + e.getMessage(), e);
        }
    }

    /** The targeted users' query, and the excluded users' (distinct), or null without exclusions. */
    private record Parts(String targeted, String excluded) {
    }

    private Parts parts(Audience audience, List<Object> params) {
        String targeted = targeted(audience, params, "audience");
        List<String> excluded = new ArrayList<>();
        for (long segment : audience.excludeSegments()) {
            excluded.add(segmentMembers(segment, params, "audience.exclude_segments"));
        }
        for (String name : audience.excludeCampaigns()) {
            CampaignRecord other = campaigns.find(name).orElseThrow(() -> new IllegalArgumentException(
                    "audience.exclude_campaigns: there is no campaign '" + name + "'; campaign-lab campaign list"
                            + " shows them"));
            excluded.add(campaignAudience(other, params));
        }
        return new Parts(targeted, excluded.isEmpty() ? null
                : "SELECT DISTINCT uid FROM (" + String.join(" UNION ALL ", excluded) + ") e");
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    /** An excluded campaign's current design: its targeted users less its own excluded segments. */
    private String campaignAudience(CampaignRecord other, List<Object> params) {
        Campaign design = other.current();
        String where = "audience.exclude_campaigns: campaign '" + other.name() + "'";
        String sql = targeted(design.audience(), params, where);
        for (long segment : design.audience().excludeSegments()) {
            sql = "(" + sql + ") EXCEPT (" + segmentMembers(segment, params, where) + ")";
        }
        return "SELECT uid FROM (" + sql + ") ec";
    }

    private String targeted(Audience audience, List<Object> params, String where) {
        if (audience.segment() != null) {
            return segmentMembers(audience.segment(), params, where);
        }
        try {
            RuleMembersSql rule = rules.membersSql(AudienceRules.toSegmentRule(audience));
            params.addAll(rule.params());
            return rule.sql();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ".rule: " + e.getMessage(), e);
        }
    }

    private String segmentMembers(long segment, List<Object> params, String where) {
        if (!segmentExists(segment)) {
            throw new IllegalArgumentException(where + ": there is no segment " + segment + "; campaign-lab"
                    + " segments lists them");
        }
        params.add(segment);
        return "SELECT user_id AS uid FROM segment_member WHERE segment_id = ?";
    }

    private boolean segmentExists(long segment) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT 1 FROM"
                + " segment WHERE id = ?")) {
            ps.setLong(1, segment);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read segment " + segment + ": " + e.getMessage(), e);
        }
    }
}
