package io.campaignlab.persistence.campaigns;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignCheck;
import io.campaignlab.engine.campaigns.CampaignFileException;
import io.campaignlab.engine.campaigns.CampaignJson;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignRepository;
import io.campaignlab.engine.campaigns.CampaignStatus;
import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.FieldProblem;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Campaigns: a {@code campaign} row holding the draft's JSON, and one {@code campaign_version} row per published
 * version holding the frozen JSON, never updated afterwards. Publishing and stopping lock the campaign's row
 * ({@code SELECT … FOR UPDATE}) and write in one transaction, so two publishers cannot take the same version number.
 */
public final class JdbcCampaignRepository implements CampaignRepository {

    private static final String SELECT = "SELECT c.id, c.name, c.status, c.version, c.draft_json, v.definition_json,"
            + " c.created_at, c.updated_at FROM campaign c LEFT JOIN campaign_version v ON v.campaign_id = c.id"
            + " AND v.version = c.version";

    private final DataSource dataSource;

    public JdbcCampaignRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public CampaignRecord create(Campaign draft) {
        check(draft);
        OffsetDateTime now = now();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO"
                + " campaign (name, status, version, draft_json, created_at, updated_at) VALUES (?, 'draft', 0, ?, ?,"
                + " ?)")) {
            ps.setString(1, draft.name());
            ps.setString(2, CampaignJson.write(draft));
            ps.setObject(3, now);
            ps.setObject(4, now);
            ps.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            throw new IllegalArgumentException("a campaign named '" + draft.name() + "' exists already; campaign-lab"
                    + " campaign import FILE replaces its draft", e);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot store the campaign '" + draft.name() + "': " + e.getMessage(), e);
        }
        return require(draft.name());
    }

    @Override
    public CampaignRecord saveDraft(Campaign draft) {
        check(draft);
        inTransaction(draft.name(), "save the draft of", (c, row) -> {
            if (row.status() == CampaignStatus.STOPPED) {
                throw new IllegalStateException("campaign '" + row.name() + "' is stopped, so it cannot be edited;"
                        + " create a new campaign under another name");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign SET draft_json = ?, updated_at = ?"
                    + " WHERE id = ?")) {
                ps.setString(1, CampaignJson.write(draft));
                ps.setObject(2, now());
                ps.setLong(3, row.id());
                ps.executeUpdate();
            }
            return null;
        });
        return require(draft.name());
    }

    @Override
    public List<CampaignRecord> list() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT
                + " ORDER BY c.name"); ResultSet rs = ps.executeQuery()) {
            List<CampaignRecord> all = new ArrayList<>();
            while (rs.next()) {
                all.add(record(rs));
            }
            return all;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot list the campaigns: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<CampaignRecord> find(String name) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, name, false);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the campaign '" + name + "': " + e.getMessage(), e);
        }
    }

    @Override
    public List<CampaignVersion> versions(String name) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT"
                + " v.campaign_id, c.name, v.version, v.definition_json, v.published_at, v.ended_at FROM"
                + " campaign_version v JOIN campaign c ON c.id = v.campaign_id WHERE c.name = ? ORDER BY v.version")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                List<CampaignVersion> versions = new ArrayList<>();
                while (rs.next()) {
                    String json = rs.getString(4);
                    versions.add(new CampaignVersion(rs.getLong(1), rs.getString(2), rs.getInt(3),
                            CampaignJson.readStored(json, "version " + rs.getInt(3) + " of campaign '" + name + "'"),
                            json, instant(rs, 5), instant(rs, 6)));
                }
                return versions;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the versions of campaign '" + name + "': " + e.getMessage(), e);
        }
    }

    @Override
    public CampaignVersion publish(String name) {
        int version = inTransaction(name, "publish", (c, row) -> {
            if (row.status() == CampaignStatus.STOPPED) {
                throw new IllegalStateException("campaign '" + name + "' is stopped, so it cannot be published"
                        + " again; create a new campaign under another name");
            }
            if (row.draft() == null) {
                throw new IllegalStateException("campaign '" + name + "' has no draft to publish: version "
                        + row.version() + " serves unchanged; import or create a draft first");
            }
            check(row.draft());
            OffsetDateTime now = now();
            endServingVersion(c, row.id(), now);
            int next = row.version() + 1;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO campaign_version (campaign_id, version,"
                    + " definition_json, published_at) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, row.id());
                ps.setInt(2, next);
                ps.setString(3, CampaignJson.write(row.draft()));
                ps.setObject(4, now);
                ps.executeUpdate();
            }
            setStatus(c, row.id(), "published", next, now);
            return next;
        });
        return version(name, version).orElseThrow();
    }

    @Override
    public CampaignRecord stop(String name) {
        inTransaction(name, "stop", (c, row) -> {
            if (row.status() == CampaignStatus.DRAFT) {
                throw new IllegalStateException("campaign '" + name + "' was never published, so there is nothing"
                        + " to stop");
            }
            if (row.status() == CampaignStatus.STOPPED) {
                throw new IllegalStateException("campaign '" + name + "' is stopped already");
            }
            OffsetDateTime now = now();
            endServingVersion(c, row.id(), now);
            setStatus(c, row.id(), "stopped", row.version(), now);
            return null;
        });
        return require(name);
    }

    @Override
    public void delete(String name) {
        inTransaction(name, "delete", (c, row) -> {
            if (row.status() != CampaignStatus.DRAFT) {
                throw new IllegalStateException("campaign '" + name + "' was published (version " + row.version()
                        + "), so it stays: its versions are what its decisions record; stop it instead");
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM campaign WHERE id = ? AND status = 'draft'")) {
                ps.setLong(1, row.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Work on one campaign's locked row, committed together or not at all. */
    private interface Locked<T> {
        T apply(Connection c, CampaignRecord row) throws SQLException;
    }

    private <T> T inTransaction(String name, String what, Locked<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                CampaignRecord row = find(c, name, true).orElseThrow(() -> new NoSuchElementException("there is no"
                        + " campaign '" + name + "'; campaign-lab campaign list shows them"));
                T result = work.apply(c, row);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot " + what + " the campaign '" + name + "'; nothing was changed: "
                    + e.getMessage(), e);
        }
    }

    private static Optional<CampaignRecord> find(Connection c, String name, boolean lock) throws SQLException {
        if (lock) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM campaign WHERE name = ? FOR UPDATE")) {
                ps.setString(1, name);
                ps.executeQuery().close();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE c.name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(record(rs)) : Optional.empty();
            }
        }
    }

    private static void endServingVersion(Connection c, long id, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_version SET ended_at = ? WHERE"
                + " campaign_id = ? AND ended_at IS NULL")) {
            ps.setObject(1, now);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static void setStatus(Connection c, long id, String status, int version, OffsetDateTime now)
            throws SQLException {
        String draft = status.equals("published") ? ", draft_json = NULL" : "";
        try (PreparedStatement ps = c.prepareStatement("UPDATE campaign SET status = ?, version = ?, updated_at = ?"
                + draft + " WHERE id = ?")) {
            ps.setString(1, status);
            ps.setInt(2, version);
            ps.setObject(3, now);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    private static CampaignRecord record(ResultSet rs) throws SQLException {
        String name = rs.getString(2);
        String draft = rs.getString(5);
        String live = rs.getString(6);
        return new CampaignRecord(rs.getLong(1), name, CampaignStatus.parse(rs.getString(3)), rs.getInt(4),
                draft == null ? null : CampaignJson.readStored(draft, "the draft of campaign '" + name + "'"),
                live == null ? null : CampaignJson.readStored(live, "the live version of campaign '" + name + "'"),
                instant(rs, 7), instant(rs, 8));
    }

    private static void check(Campaign campaign) {
        List<FieldProblem> problems = CampaignCheck.problems(campaign);
        if (!problems.isEmpty()) {
            throw new CampaignFileException("campaign '" + campaign.name() + "'", problems);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
