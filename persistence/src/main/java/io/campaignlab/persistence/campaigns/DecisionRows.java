package io.campaignlab.persistence.campaigns;

import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionJson;
import io.campaignlab.engine.campaigns.decide.Feedback;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;

/** Writes one batch of decisions and feedback in one transaction, as JDBC batches. */
final class DecisionRows {

    private DecisionRows() {
    }

    /**
     * Inserts and commits, then checkpoints: H2 writes committed transactions to its file in the background (within
     * about a second), and the checkpoint makes the batch reach the file before the caller acknowledges it.
     */
    static void insert(DataSource dataSource, List<Object> records) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement d = c.prepareStatement("INSERT INTO decision (id, unit, campaign, version, arm,"
                    + " offer, cost_cents, fallback, decided_at, decision_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement f = c.prepareStatement("INSERT INTO decision_feedback (decision_id, event,"
                         + " event_value, received_at) VALUES (?, ?, ?, ?)")) {
                for (Object record : records) {
                    if (record instanceof Decision decision) {
                        bind(d, decision);
                        d.addBatch();
                    } else if (record instanceof Feedback feedback) {
                        f.setString(1, feedback.decisionId());
                        f.setString(2, feedback.event().id());
                        f.setDouble(3, feedback.value());
                        f.setObject(4, feedback.receivedAt().atOffset(ZoneOffset.UTC));
                        f.addBatch();
                    }
                }
                d.executeBatch();
                f.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
        }
    }

    private static void bind(PreparedStatement ps, Decision d) throws SQLException {
        ps.setString(1, d.decisionId());
        ps.setString(2, d.userId());
        ps.setString(3, d.campaign());
        ps.setInt(4, d.version());
        ps.setString(5, d.arm());
        ps.setString(6, d.offer());
        ps.setLong(7, d.costCents());
        ps.setString(8, d.trace().fallback());
        ps.setObject(9, d.decidedAt().atOffset(ZoneOffset.UTC));
        ps.setString(10, DecisionJson.write(d));
    }
}
