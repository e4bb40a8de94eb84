package io.campaignlab.persistence.datasets;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.persistence.workspace.DatasetTables;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lists, finds, renames and deletes the workspace's ready datasets. */
public final class JdbcDatasetRepository implements DatasetRepository {

    private final DataSource dataSource;

    public JdbcDatasetRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<DatasetInfo> list() {
        return query("SELECT " + DatasetRows.COLUMNS + " FROM dataset WHERE status = 'ready' ORDER BY created_at, id");
    }

    @Override
    public Optional<DatasetInfo> findByName(String name) {
        return query("SELECT " + DatasetRows.COLUMNS + " FROM dataset WHERE status = 'ready' AND name = ?", name).stream().findFirst();
    }

    @Override
    public Optional<DatasetInfo> findBySha256(String sha256) {
        return query("SELECT " + DatasetRows.COLUMNS + " FROM dataset WHERE status = 'ready' AND sha256 = ? ORDER BY id", sha256)
                .stream().findFirst();
    }

    @Override
    public long sizeBytes(String name) {
        DatasetInfo info = require(name);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT DISK_SPACE_USED(?)")) {
            ps.setString(1, DatasetTables.quote(DatasetTables.tableName(info.id())));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    @Override
    public void rename(String from, String to) {
        DatasetInfo info = require(from);
        if (findByName(to).isPresent()) {
            throw new WorkspaceException("a dataset named '" + to + "' already exists");
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE dataset SET name = ? WHERE id = ?")) {
            ps.setString(1, to);
            ps.setLong(2, info.id());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot rename dataset '" + from + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String name) {
        DatasetInfo info = require(name);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // Row first: if the process dies before the DROP, the orphan table is removed on the next open.
            s.executeUpdate("DELETE FROM dataset WHERE id = " + info.id());
            s.execute("DROP TABLE IF EXISTS " + DatasetTables.quote(DatasetTables.tableName(info.id())));
        } catch (SQLException e) {
            throw new WorkspaceException("cannot delete dataset '" + name + "': " + e.getMessage(), e);
        }
    }

    private List<DatasetInfo> query(String sql, String... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            List<DatasetInfo> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(DatasetRows.map(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the dataset list: " + e.getMessage(), e);
        }
    }
}
