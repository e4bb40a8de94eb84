package io.campaignlab.persistence.campaigns;

import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionEngine;
import io.campaignlab.engine.campaigns.decide.DecisionJson;
import io.campaignlab.engine.campaigns.decide.Feedback;
import io.campaignlab.engine.campaigns.decide.OfferTally;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the decision log: one decision by id, the latest decisions, a campaign's granted spend, and its decisions
 * and conversions per arm and offer.
 */
public final class JdbcDecisionReader {

    private final DataSource dataSource;

    public JdbcDecisionReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The logged decision, as the API returned it; empty when none has that id. */
    public Optional<Decision> find(String decisionId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT decision_json FROM decision WHERE id = ?")) {
            ps.setString(1, decisionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(DecisionJson.readDecision(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read decision " + decisionId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Per offer served by the campaign version: the decisions that served it, and how many of those have at least
     * one feedback row of the response event. Every decision of this engine is scored in one segment
     * ({@link DecisionEngine#SEGMENT}), so that is the tallies' segment.
     */
    public List<OfferTally> tallies(String campaign, int version, Feedback.Event response) {
        String sql = "SELECT d.offer, COUNT(*), COUNT(f.decision_id) FROM decision d LEFT JOIN (SELECT DISTINCT"
                + " decision_id FROM decision_feedback WHERE event = ?) f ON f.decision_id = d.id"
                + " WHERE d.campaign = ? AND d.version = ? AND d.offer IS NOT NULL GROUP BY d.offer ORDER BY d.offer";
        List<OfferTally> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, response.id());
            ps.setString(2, campaign);
            ps.setInt(3, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OfferTally(rs.getString(1), DecisionEngine.SEGMENT, rs.getLong(2), rs.getLong(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot tally the decisions of campaign " + campaign + " version " + version
                    + ": " + e.getMessage(), e);
        }
    }

    /** The cents granted by the campaign's logged decisions, all versions. */
    public long spentCents(String campaign) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(SUM(cost_cents), 0) FROM decision WHERE campaign = ?")) {
            ps.setString(1, campaign);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot sum the spend of campaign " + campaign + ": " + e.getMessage(), e);
        }
    }

    /**
     * The latest logged decisions, newest first.
     *
     * @param campaign only this campaign's, or every campaign's when null
     */
    public List<Decision> latest(String campaign, int limit) {
        String sql = "SELECT decision_json FROM decision" + (campaign == null ? "" : " WHERE campaign = ?")
                + " ORDER BY decided_at DESC, id LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int at = 1;
            if (campaign != null) {
                ps.setString(at++, campaign);
            }
            ps.setInt(at, Math.max(0, limit));
            List<Decision> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(DecisionJson.readDecision(rs.getString(1)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot list the latest decisions: " + e.getMessage(), e);
        }
    }

    /**
     * Decisions of one campaign version per arm and offer, and how many of them had a conversion reported.
     *
     * @param offer null for the holdout and for fallbacks
     */
    public record Tally(String arm, String offer, long decisions, long conversions) {
    }

    /** The campaign version's decisions and converted decisions per arm and offer, by arm then offer. */
    public List<Tally> tally(String campaign, int version) {
        String sql = "SELECT d.arm, d.offer, COUNT(*), COUNT(f.decision_id) FROM decision d LEFT JOIN"
                + " (SELECT DISTINCT decision_id FROM decision_feedback WHERE event = 'conversion') f"
                + " ON f.decision_id = d.id WHERE d.campaign = ? AND d.version = ?"
                + " GROUP BY d.arm, d.offer ORDER BY d.arm, d.offer";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, campaign);
            ps.setInt(2, version);
            List<Tally> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Tally(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count the decisions of campaign " + campaign + ": "
                    + e.getMessage(), e);
        }
    }
}
