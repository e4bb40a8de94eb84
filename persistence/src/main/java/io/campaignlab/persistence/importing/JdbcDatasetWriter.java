package io.campaignlab.persistence.importing;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.importing.Rejection;
import io.campaignlab.persistence.datasets.DatasetRows;
import io.campaignlab.persistence.workspace.DatasetTables;
import io.campaignlab.persistence.workspace.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Fills one dataset table on its own connection: straight into H2's table map where it can ({@link DirectRows}),
 * otherwise with JDBC batches, committed in chunks to keep H2's undo log small. Either way the dataset stays
 * invisible until {@link #commit(long)} flips its status.
 */
final class JdbcDatasetWriter implements DatasetWriter {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcDatasetWriter.class);
    static final int BATCH_ROWS = 8192;
    /**
     * Whether rows go straight into H2's map ({@link DirectRows}) by default; {@code -Dcampaignlab.import.direct=false}
     * keeps every row on SQL batches, to compare the two.
     */
    static final boolean DIRECT = !"false".equals(System.getProperty("campaignlab.import.direct"));
    private static final int ROWS_PER_COMMIT = BATCH_ROWS * 8;

    private final DataSource dataSource;
    private final long id;
    private final String table;
    private final DatasetDraft draft;
    private final int[] sqlTypes;
    private final Connection connection;
    private final PreparedStatement insert;
    private final PreparedStatement rejectionInsert;
    private final DirectRows direct;
    private long rows;
    private int pendingRows;
    private int pendingSinceCommit;
    private int pendingRejections;
    private boolean finished;

    JdbcDatasetWriter(DataSource dataSource, long id, String table, DatasetDraft draft, boolean direct) {
        this.dataSource = dataSource;
        this.id = id;
        this.table = table;
        this.draft = draft;
        List<ColumnMeta> columns = draft.columns();
        this.sqlTypes = columns.stream().mapToInt(c -> switch (c.type()) {
            case INTEGER -> Types.BIGINT;
            case DECIMAL -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case TIMESTAMP -> Types.TIMESTAMP;
            case CATEGORY, TEXT -> Types.VARCHAR;
        }).toArray();
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(DatasetTables.quote(table)).append(" VALUES (?");
            sql.append(", ?".repeat(columns.size())).append(')');
            insert = connection.prepareStatement(sql.toString());
            rejectionInsert = connection.prepareStatement("INSERT INTO import_rejection (dataset_id, line_number,"
                    + " column_name, raw_value, reason, raw_record) VALUES (?, ?, ?, ?, ?, ?)");
            this.direct = direct ? DirectRows.open(connection, table, columns.size()).orElse(null) : null;
        } catch (SQLException e) {
            abortQuietly();
            throw new WorkspaceException("cannot write dataset '" + draft.name() + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void append(Object[] row) {
        if (direct != null) {
            try {
                direct.put(++rows, row);
            } catch (RuntimeException e) {
                throw new WorkspaceException("cannot write dataset '" + draft.name() + "' at row " + rows + ": "
                        + e.getMessage(), e);
            }
            return;
        }
        try {
            insert.setLong(1, ++rows);
            for (int i = 0; i < row.length; i++) {
                bind(i + 2, sqlTypes[i], row[i]);
            }
            insert.addBatch();
            if (++pendingRows >= BATCH_ROWS) {
                flushRows();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void bind(int index, int sqlType, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, sqlType);
            return;
        }
        switch (sqlType) {
            case Types.BIGINT -> insert.setLong(index, (Long) value);
            case Types.DOUBLE -> insert.setDouble(index, (Double) value);
            case Types.BOOLEAN -> insert.setBoolean(index, (Boolean) value);
            case Types.TIMESTAMP -> insert.setObject(index, (LocalDateTime) value);
            default -> insert.setString(index, (String) value);
        }
    }

    /** Whether rows go straight into H2's table map rather than through SQL batches. */
    boolean direct() {
        return direct != null;
    }

    @Override
    public void reject(Rejection r) {
        try {
            rejectionInsert.setLong(1, id);
            rejectionInsert.setLong(2, r.line());
            rejectionInsert.setString(3, r.column());
            rejectionInsert.setString(4, r.rawValue());
            rejectionInsert.setString(5, r.reason().length() > 2000 ? r.reason().substring(0, 2000) : r.reason());
            rejectionInsert.setString(6, r.rawRecord());
            rejectionInsert.addBatch();
            if (++pendingRejections >= 1024) {
                rejectionInsert.executeBatch();
                pendingRejections = 0;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void flushRows() throws SQLException {
        if (pendingRows > 0) {
            insert.executeBatch();
            pendingSinceCommit += pendingRows;
            pendingRows = 0;
        }
        if (pendingSinceCommit >= ROWS_PER_COMMIT) {
            connection.commit();
            pendingSinceCommit = 0;
        }
    }

    @Override
    public DatasetInfo commit(long rejectedRows) {
        try {
            flushRows();
            if (pendingRejections > 0) {
                rejectionInsert.executeBatch();
                pendingRejections = 0;
            }
            try (Statement s = connection.createStatement()) {
                if (direct != null && rows > 0) {
                    // one row through SQL, so that H2's table notes it was modified (query caches, statistics)
                    String row = DatasetTables.quote(DatasetTables.ROW_COLUMN);
                    s.executeUpdate("UPDATE " + DatasetTables.quote(table) + " SET " + row + " = " + row + " WHERE "
                            + row + " = " + rows);
                }
                s.executeUpdate("UPDATE dataset SET status = 'ready', row_count = " + rows + ", rejected_count = "
                        + rejectedRows + ", created_at = TIMESTAMP WITH TIME ZONE '"
                        + OffsetDateTime.now(ZoneOffset.UTC) + "' WHERE id = " + id);
            }
            connection.commit();
            finished = true;
            closeConnection();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT " + DatasetRows.COLUMNS + " FROM dataset WHERE id = " + id)) {
                rs.next();
                return DatasetRows.map(rs);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        abortQuietly();
    }

    private void abortQuietly() {
        try {
            if (connection != null) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.debug("rollback of dataset {} failed", draft.name(), e);
        }
        closeConnection();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM dataset WHERE id = " + id);
            s.execute("DROP TABLE IF EXISTS " + DatasetTables.quote(table));
        } catch (SQLException e) {
            LOG.warn("Could not remove the aborted dataset {}; it will be removed when the workspace opens next",
                    draft.name(), e);
        }
    }

    private void closeConnection() {
        try {
            if (connection != null && !connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.debug("closing the writer connection failed", e);
        }
    }

    private WorkspaceException failure(SQLException e) {
        return new WorkspaceException("cannot write dataset '" + draft.name() + "' at row " + rows + ": "
                + e.getMessage(), e);
    }

    @Override
    public void close() {
        if (!finished) {
            abort();
        }
    }
}
