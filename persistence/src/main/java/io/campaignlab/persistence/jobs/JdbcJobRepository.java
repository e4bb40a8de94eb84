package io.campaignlab.persistence.jobs;

import io.campaignlab.engine.jobs.JobRecord;
import io.campaignlab.engine.jobs.JobRepository;
import io.campaignlab.engine.jobs.JobStatus;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Job history rows: written when a job starts, updated as it progresses and when it ends. */
public final class JdbcJobRepository implements JobRepository {

    private static final int MAX_ERROR = 4000;

    private final DataSource dataSource;

    public JdbcJobRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long started(String kind, String title) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO job (kind, title, status, progress, started_at)"
                     + " VALUES (?, ?, 'running', 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind);
            ps.setString(2, title.length() > 1000 ? title.substring(0, 1000) : title);
            ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot record the job '" + title + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void progressed(long id, double fraction) {
        update("UPDATE job SET progress = ? WHERE id = ? AND status = 'running'", ps -> {
            ps.setDouble(1, fraction);
            ps.setLong(2, id);
        });
    }

    @Override
    public void finished(long id, JobStatus status, String errorMessage) {
        update("UPDATE job SET status = ?, finished_at = ?, error_message = ? WHERE id = ?", ps -> {
            ps.setString(1, status.name().toLowerCase(Locale.ROOT));
            ps.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setString(3, errorMessage == null || errorMessage.length() <= MAX_ERROR ? errorMessage
                    : errorMessage.substring(0, MAX_ERROR));
            ps.setLong(4, id);
        });
    }

    @Override
    public List<JobRecord> recent(int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, kind, title, status, progress, started_at,"
                     + " finished_at, error_message FROM job ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            List<JobRecord> jobs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    jobs.add(new JobRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                            JobStatus.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)), rs.getDouble(5),
                            instant(rs.getObject(6, OffsetDateTime.class)), instant(rs.getObject(7, OffsetDateTime.class)),
                            rs.getString(8)));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the job history: " + e.getMessage(), e);
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot update the job history: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }
}
