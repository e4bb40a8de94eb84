package io.campaignlab.persistence.importing;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetSink;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.persistence.datasets.ColumnMetaJson;
import io.campaignlab.persistence.workspace.DatasetTables;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Starts dataset writes. The dataset row is created first with status {@code importing}, which hides it from
 * every listing; the table is then filled and the row turns {@code ready} only on commit. A crash at any point
 * leaves an {@code importing} row that the next open removes, with its table and rejections.
 */
public final class JdbcDatasetSink implements DatasetSink {

    private final DataSource dataSource;
    private final boolean direct;

    public JdbcDatasetSink(DataSource dataSource) {
        this(dataSource, JdbcDatasetWriter.DIRECT);
    }

    /** @param direct whether rows may go straight into H2's table map ({@link DirectRows}) rather than SQL batches */
    JdbcDatasetSink(DataSource dataSource, boolean direct) {
        this.dataSource = dataSource;
        this.direct = direct;
    }

    @Override
    public DatasetWriter begin(DatasetDraft draft) {
        long id;
        String table;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM dataset WHERE name = ?")) {
                exists.setString(1, draft.name());
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        throw new WorkspaceException("a dataset named '" + draft.name() + "' already exists");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset (name, kind, source_file, sha256,"
                    + " table_name, status, created_at, column_meta) VALUES (?, ?, ?, ?, '', 'importing', ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, draft.name());
                ps.setString(2, draft.kind().id());
                ps.setString(3, draft.sourceFile());
                ps.setString(4, draft.sha256());
                ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setString(6, ColumnMetaJson.write(draft.columns()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            table = DatasetTables.tableName(id);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE dataset SET table_name = '" + table + "' WHERE id = " + id);
                s.execute(createTable(table, draft));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot create dataset '" + draft.name() + "': " + e.getMessage(), e);
        }
        return new JdbcDatasetWriter(dataSource, id, table, draft, direct);
    }

    private static String createTable(String table, DatasetDraft draft) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(DatasetTables.quote(table)).append(" (")
                .append(DatasetTables.quote(DatasetTables.ROW_COLUMN)).append(" BIGINT PRIMARY KEY");
        for (ColumnMeta column : draft.columns()) {
            sql.append(", ").append(DatasetTables.quote(column.name())).append(' ')
                    .append(DatasetTables.sqlType(column.type()));
        }
        return sql.append(')').toString();
    }
}
