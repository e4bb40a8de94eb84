package io.campaignlab.persistence.segments;

import io.campaignlab.engine.segments.NewSegment;
import io.campaignlab.engine.segments.NewSegmentation;
import io.campaignlab.engine.segments.SegmentJson;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentProvenance;
import io.campaignlab.engine.segments.SegmentRecord;
import io.campaignlab.engine.segments.SegmentRepository;
import io.campaignlab.engine.segments.SegmentationRecord;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Segmentations: a {@code segmentation} row with the provenance (dataset name and SHA-256 as columns too, for
 * queries), its {@code segment} rows in order with a member count, and one {@code segment_member} row per user and
 * segment. {@link #save} writes all of it in one transaction, members in batches; a failure rolls everything back.
 */
public final class JdbcSegmentRepository implements SegmentRepository {

    static final int BATCH = 5_000;
    private static final String SEGMENTATION_COLUMNS = "id, name, kind, dataset_name, dataset_sha256, snapshot_date,"
            + " params_json, provenance_json, created_at";

    private final DataSource dataSource;

    public JdbcSegmentRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public SegmentationRecord save(NewSegmentation s) {
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id = insertSegmentation(c, s, createdAt);
                List<SegmentRecord> segments = new ArrayList<>();
                for (int p = 0; p < s.segments().size(); p++) {
                    NewSegment segment = s.segments().get(p);
                    long segmentId = insertSegment(c, id, p, segment);
                    insertMembers(c, segmentId, segment.members());
                    segments.add(new SegmentRecord(segmentId, id, p, segment.name(), segment.definitionJson(),
                            segment.members().size()));
                }
                c.commit();
                return new SegmentationRecord(id, s.name(), s.kind(), s.provenance(), s.snapshotDate(),
                        s.paramsJson(), createdAt, segments);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot store the segmentation '" + s.name() + "'; nothing of it was kept: "
                    + e.getMessage(), e);
        }
    }

    private static long insertSegmentation(Connection c, NewSegmentation s, Instant createdAt) throws SQLException {
        String sql = "INSERT INTO segmentation (name, kind, dataset_id, dataset_name, dataset_sha256, snapshot_date,"
                + " params_json, provenance_json, report_json, created_at) VALUES (?, ?, (SELECT id FROM dataset"
                + " WHERE name = ? AND status = 'ready'), ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, s.name());
            ps.setString(2, s.kind().id());
            ps.setString(3, s.provenance().dataset());
            ps.setString(4, s.provenance().dataset());
            ps.setString(5, s.provenance().datasetSha256());
            ps.setObject(6, s.snapshotDate());
            ps.setString(7, s.paramsJson());
            ps.setString(8, SegmentJson.write(s.provenance()));
            ps.setString(9, s.reportJson());
            ps.setObject(10, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
            ps.executeUpdate();
            return generatedKey(ps);
        }
    }

    private static long insertSegment(Connection c, long segmentationId, int position, NewSegment segment)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO segment (segmentation_id, position, name,"
                + " definition_json, member_count) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, segmentationId);
            ps.setInt(2, position);
            ps.setString(3, segment.name());
            ps.setString(4, segment.definitionJson());
            ps.setLong(5, segment.members().size());
            ps.executeUpdate();
            return generatedKey(ps);
        }
    }

    private static void insertMembers(Connection c, long segmentId, List<String> members) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO segment_member (segment_id, user_id)"
                + " VALUES (?, ?)")) {
            int pending = 0;
            for (String user : members) {
                ps.setLong(1, segmentId);
                ps.setString(2, user);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    @Override
    public List<SegmentationRecord> list() {
        return read("SELECT " + SEGMENTATION_COLUMNS + " FROM segmentation ORDER BY id DESC", null);
    }

    @Override
    public Optional<SegmentationRecord> find(long segmentationId) {
        return read("SELECT " + SEGMENTATION_COLUMNS + " FROM segmentation WHERE id = ?", segmentationId).stream()
                .findFirst();
    }

    @Override
    public Optional<SegmentRecord> segment(long segmentId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, segmentation_id, position, name, definition_json,"
                     + " member_count FROM segment WHERE id = ?")) {
            ps.setLong(1, segmentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(segmentRow(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read segment " + segmentId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> members(long segmentId) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM segment WHERE id = ?")) {
                ps.setLong(1, segmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new NoSuchElementException("no segment " + segmentId);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT user_id FROM segment_member WHERE segment_id = ?"
                    + " ORDER BY user_id")) {
                ps.setLong(1, segmentId);
                List<String> members = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        members.add(rs.getString(1));
                    }
                }
                return members;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the members of segment " + segmentId + ": " + e.getMessage(),
                    e);
        }
    }

    @Override
    public Optional<String> report(long segmentationId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT report_json FROM segmentation WHERE id = ?")) {
            ps.setLong(1, segmentationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the report of segmentation " + segmentationId + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void delete(long segmentationId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM segmentation WHERE id = ?")) {
            ps.setLong(1, segmentationId);
            if (ps.executeUpdate() == 0) {
                throw new NoSuchElementException("no segmentation " + segmentationId);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot delete segmentation " + segmentationId + ": " + e.getMessage(), e);
        }
    }

    private List<SegmentationRecord> read(String sql, Long id) {
        try (Connection c = dataSource.getConnection()) {
            Map<Long, Row> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (id != null) {
                    ps.setLong(1, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Row row = new Row(rs.getLong(1), rs.getString(2), SegmentKind.parse(rs.getString(3)),
                                SegmentJson.read(rs.getString(8), SegmentProvenance.class),
                                rs.getObject(6, LocalDate.class), rs.getString(7),
                                rs.getObject(9, OffsetDateTime.class).toInstant(), new ArrayList<>());
                        rows.put(row.id(), row);
                    }
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            String segments = "SELECT id, segmentation_id, position, name, definition_json, member_count FROM segment"
                    + (id == null ? "" : " WHERE segmentation_id = ?") + " ORDER BY segmentation_id, position";
            try (PreparedStatement ps = c.prepareStatement(segments)) {
                if (id != null) {
                    ps.setLong(1, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SegmentRecord segment = segmentRow(rs);
                        Row row = rows.get(segment.segmentationId());
                        if (row != null) {
                            row.segments().add(segment);
                        }
                    }
                }
            }
            List<SegmentationRecord> result = new ArrayList<>();
            for (Row row : rows.values()) {
                result.add(new SegmentationRecord(row.id(), row.name(), row.kind(), row.provenance(), row.snapshot(),
                        row.paramsJson(), row.createdAt(), row.segments()));
            }
            return result;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the segmentations: " + e.getMessage(), e);
        }
    }

    private static SegmentRecord segmentRow(ResultSet rs) throws SQLException {
        return new SegmentRecord(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getLong(6));
    }

    private record Row(long id, String name, SegmentKind kind, SegmentProvenance provenance, LocalDate snapshot,
                       String paramsJson, Instant createdAt, List<SegmentRecord> segments) {
    }
}
