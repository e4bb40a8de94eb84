package io.campaignlab.persistence.importing;

import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.importing.Rejection;
import io.campaignlab.engine.importing.RejectionRepository;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the rejections stored by an import. */
public final class JdbcRejectionRepository implements RejectionRepository {

    private final DataSource dataSource;
    private final DatasetRepository datasets;

    public JdbcRejectionRepository(DataSource dataSource, DatasetRepository datasets) {
        this.dataSource = dataSource;
        this.datasets = datasets;
    }

    @Override
    public List<Rejection> list(String dataset, long offset, int limit) {
        long id = datasets.require(dataset).id();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT line_number, column_name, raw_value, reason, raw_record"
                     + " FROM import_rejection WHERE dataset_id = ? ORDER BY line_number, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            ps.setLong(1, id);
            ps.setLong(2, offset);
            ps.setInt(3, limit);
            List<Rejection> rejections = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rejections.add(new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            return rejections;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the rejections of '" + dataset + "': " + e.getMessage(), e);
        }
    }

    @Override
    public long count(String dataset) {
        long id = datasets.require(dataset).id();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM import_rejection WHERE dataset_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count the rejections of '" + dataset + "': " + e.getMessage(), e);
        }
    }
}
