package io.campaignlab.persistence.campaigns;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetSink;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The loop closes: a campaign's decisions log as an experiment dataset of the workspace, one row per decision with
 * its outcomes joined from {@code decision_feedback}, so that the Experiments section, {@code ab} and {@code uplift}
 * open it like any other. Columns: decision_id, user_id (the decision's unit), arm (treatment or holdout; the group),
 * offer ("none" when none was granted), version, decided_at (UTC), cost (money granted), clicked and converted (1 when
 * at least one such event was reported, else 0), value (the sum of the conversions' values) and discount_pct
 * (the percent off a percentage coupon or a dynamic discount granted, 0 otherwise). It is a snapshot:
 * writing it again replaces the earlier one (deleted first, so a failed write leaves none).
 */
public final class JdbcDecisionDataset {

    static final List<ColumnMeta> COLUMNS = List.of(
            ColumnMeta.of("decision_id", ColumnType.TEXT, ColumnRole.IGNORE),
            ColumnMeta.of("user_id", ColumnType.TEXT, ColumnRole.USER_ID),
            ColumnMeta.of("arm", ColumnType.CATEGORY, ColumnRole.GROUP),
            ColumnMeta.of("offer", ColumnType.CATEGORY, ColumnRole.FEATURE),
            ColumnMeta.of("version", ColumnType.INTEGER, ColumnRole.FEATURE),
            ColumnMeta.of("decided_at", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
            ColumnMeta.of("cost", ColumnType.DECIMAL, ColumnRole.FEATURE),
            ColumnMeta.of("clicked", ColumnType.INTEGER, ColumnRole.LABEL),
            ColumnMeta.of("converted", ColumnType.INTEGER, ColumnRole.LABEL),
            ColumnMeta.of("value", ColumnType.DECIMAL, ColumnRole.REVENUE),
            ColumnMeta.of("discount_pct", ColumnType.DECIMAL, ColumnRole.FEATURE));

    private static final String SQL = "SELECT d.id, d.unit, d.arm, d.offer, d.version, d.decided_at, d.cost_cents,"
            + " COALESCE(f.clicked, 0), COALESCE(f.converted, 0), COALESCE(f.event_value, 0), d.decision_json"
            + " FROM decision d"
            + " LEFT JOIN (SELECT decision_id, MAX(CASE WHEN event = 'click' THEN 1 ELSE 0 END) AS clicked,"
            + " MAX(CASE WHEN event = 'conversion' THEN 1 ELSE 0 END) AS converted,"
            + " SUM(CASE WHEN event = 'conversion' THEN event_value ELSE 0 END) AS event_value"
            + " FROM decision_feedback GROUP BY decision_id) f ON f.decision_id = d.id"
            + " WHERE d.campaign = ? ORDER BY d.decided_at, d.id";
    private static final int CHECK_EVERY = 10_000;

    private final DataSource dataSource;
    private final DatasetRepository datasets;
    private final DatasetSink sink;

    public JdbcDecisionDataset(DataSource dataSource, DatasetRepository datasets, DatasetSink sink) {
        this.dataSource = dataSource;
        this.datasets = datasets;
        this.sink = sink;
    }

    /** The default dataset name of a campaign's log: {@code decisions_} and the name, lower case, as an identifier. */
    public static String defaultName(String campaign) {
        return "decisions_" + campaign.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    /**
     * Writes the campaign's logged decisions as dataset {@code dataset}, replacing an earlier one of that name.
     *
     * @throws IllegalArgumentException when the campaign has logged no decision
     */
    public DatasetInfo write(String campaign, String dataset, ProgressListener progress, CancellationToken cancel) {
        long total = count(campaign);
        if (total == 0) {
            throw new IllegalArgumentException("campaign '" + campaign + "' has logged no decision; serve it first"
                    + " (campaign-lab serve, then decide)");
        }
        datasets.findByName(dataset).ifPresent(d -> datasets.delete(d.name()));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, campaign);
            ps.setFetchSize(CHECK_EVERY);
            try (ResultSet rs = ps.executeQuery();
                 DatasetWriter writer = sink.begin(new DatasetDraft(dataset, DatasetKind.EXPERIMENT,
                         "decisions log of campaign " + campaign, "decisions-" + campaign + "-" + total + "-"
                         + System.nanoTime(), COLUMNS))) {
                long done = 0;
                while (rs.next()) {
                    if (done % CHECK_EVERY == 0) {
                        cancel.throwIfCancelled();
                        progress.progress(done, total);
                    }
                    writer.append(row(rs));
                    done++;
                }
                progress.progress(done, total);
                return writer.commit(0);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the decisions of campaign " + campaign + ": "
                    + e.getMessage(), e);
        }
    }

    private static Object[] row(ResultSet rs) throws SQLException {
        String offer = rs.getString(4);
        return new Object[]{rs.getString(1), rs.getString(2), rs.getString(3), offer == null ? "none" : offer,
                (long) rs.getInt(5), rs.getObject(6, java.time.OffsetDateTime.class)
                .withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), rs.getLong(7) / 100.0,
                (long) rs.getInt(8), (long) rs.getInt(9), rs.getDouble(10), discount(rs.getString(11))};
    }

    /**
     * The percent off the decision granted, from its JSON ({@code discount} when {@code discount_unit} is
     * {@code percent}); 0 when it granted none or an amount.
     */
    static double discount(String json) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = io.campaignlab.engine.json.Json.mapper().readTree(json);
            com.fasterxml.jackson.databind.JsonNode d = node.path("discount");
            return d.isNumber() && "percent".equals(node.path("discount_unit").asText()) ? d.asDouble() : 0.0;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new WorkspaceException("a logged decision's JSON cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private long count(String campaign) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM decision WHERE campaign = ?")) {
            ps.setString(1, campaign);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count the decisions of campaign " + campaign + ": "
                    + e.getMessage(), e);
        }
    }
}
