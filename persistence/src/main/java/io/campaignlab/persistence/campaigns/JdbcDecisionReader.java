package io.campaignlab.persistence.campaigns;

import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionJson;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads the decision log: one decision by id, and a campaign's granted spend. */
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
}
