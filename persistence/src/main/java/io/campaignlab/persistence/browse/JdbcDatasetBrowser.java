package io.campaignlab.persistence.browse;

import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.browse.DatasetBrowser;
import io.campaignlab.engine.browse.RowFilter;
import io.campaignlab.engine.browse.RowPage;
import io.campaignlab.engine.browse.RowSort;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.importing.columns.BadValueException;
import io.campaignlab.engine.importing.columns.ValueParser;
import io.campaignlab.persistence.workspace.DatasetTables;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pages through a dataset table. Without sort and filter it seeks on the row number key, so any page of a
 * million-row table costs the same; with them, the database sorts and filters and skips with OFFSET.
 */
public final class JdbcDatasetBrowser implements DatasetBrowser {

    private final DataSource dataSource;
    private final DatasetRepository datasets;

    public JdbcDatasetBrowser(DataSource dataSource, DatasetRepository datasets) {
        this.dataSource = dataSource;
        this.datasets = datasets;
    }

    @Override
    public long count(String dataset, RowFilter filter) {
        DatasetInfo info = datasets.require(dataset);
        if (filter == null) {
            return info.rows();
        }
        Where where = where(info, filter);
        String sql = "SELECT COUNT(*) FROM " + table(info) + where.sql;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count the rows of '" + dataset + "': " + e.getMessage(), e);
        }
    }

    @Override
    public RowPage page(String dataset, long offset, int limit, RowSort sort, RowFilter filter) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be 0 or more");
        }
        DatasetInfo info = datasets.require(dataset);
        List<String> columns = new ArrayList<>();
        columns.add(DatasetTables.ROW_COLUMN);
        info.columns().forEach(c -> columns.add(c.name()));
        Where where = filter == null ? Where.NONE : where(info, filter);
        String rowKey = DatasetTables.quote(DatasetTables.ROW_COLUMN);
        String sql;
        boolean seek = sort == null && filter == null;
        if (seek) {
            sql = "SELECT * FROM " + table(info) + " WHERE " + rowKey + " > ? ORDER BY " + rowKey + " LIMIT ?";
        } else {
            String order = sort == null ? rowKey
                    : DatasetTables.quote(column(info, sort.column()).name()) + (sort.ascending() ? " ASC" : " DESC")
                    + " NULLS LAST, " + rowKey;
            sql = "SELECT * FROM " + table(info) + where.sql + " ORDER BY " + order + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int next = seek ? 1 : where.bind(ps, 1);
            ps.setLong(next, offset);
            ps.setInt(next + 1, limit);
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        Object value = rs.getObject(i);
                        row.add(value instanceof Timestamp ts ? ts.toLocalDateTime() : value);
                    }
                    rows.add(row);
                }
            }
            return new RowPage(columns, rows, offset);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read rows of '" + dataset + "': " + e.getMessage(), e);
        }
    }

    private static String table(DatasetInfo info) {
        return DatasetTables.quote(DatasetTables.tableName(info.id()));
    }

    private static ColumnMeta column(DatasetInfo info, String name) {
        return info.column(name).orElseThrow(() -> new IllegalArgumentException("dataset '" + info.name()
                + "' has no column '" + name + "'"));
    }

    private static Where where(DatasetInfo info, RowFilter filter) {
        ColumnMeta column = column(info, filter.column());
        String q = DatasetTables.quote(column.name());
        return switch (filter.op()) {
            case IS_NULL -> new Where(" WHERE " + q + " IS NULL", null);
            case NOT_NULL -> new Where(" WHERE " + q + " IS NOT NULL", null);
            case CONTAINS -> new Where(" WHERE LOWER(CAST(" + q + " AS VARCHAR)) LIKE ? ESCAPE '\\'",
                    "%" + filter.value().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                            .replace("_", "\\_") + "%");
            default -> new Where(" WHERE " + q + " " + filter.op().symbol().replace("!=", "<>") + " ?",
                    typed(column, filter.value()));
        };
    }

    private static Object typed(ColumnMeta column, String text) {
        if (column.type() == ColumnType.CATEGORY || column.type() == ColumnType.TEXT) {
            return text;
        }
        try {
            return ValueParser.forColumn(column).parse(text.trim());
        } catch (BadValueException e) {
            throw new IllegalArgumentException("column '" + column.header() + "' is " + column.type().id() + ": "
                    + e.getMessage());
        }
    }

    /** A WHERE clause with at most one parameter. */
    private record Where(String sql, Object value) {
        static final Where NONE = new Where("", null);

        int bind(PreparedStatement ps, int index) throws SQLException {
            if (value == null) {
                return index;
            }
            ps.setObject(index, value);
            return index + 1;
        }
    }
}
