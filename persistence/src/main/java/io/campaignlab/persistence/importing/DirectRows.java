package io.campaignlab.persistence.importing;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.db.MVDelegateIndex;
import org.h2.mvstore.db.MVPrimaryIndex;
import org.h2.mvstore.db.MVTable;
import org.h2.result.Row;
import org.h2.result.SearchRow;
import org.h2.table.Column;
import org.h2.table.Table;
import org.h2.util.JSR310Utils;
import org.h2.value.Value;
import org.h2.value.ValueBigint;
import org.h2.value.ValueBoolean;
import org.h2.value.ValueDouble;
import org.h2.value.ValueNull;
import org.h2.value.ValueVarchar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Writes the rows of a dataset table that nobody can see yet straight into its H2 primary-index map, as committed
 * values, instead of through SQL {@code INSERT}s.
 * <p>
 * An {@code INSERT} makes H2 do, for each row, a statement's bookkeeping, an uncommitted write with an undo-log
 * record, and at commit a second write that marks the row committed: on the import bench that was most of the time
 * (and the same per-row work that {@code CREATE TABLE AS SELECT * FROM CSVREAD(...)} does). Here each row is one map
 * write. That skips the row-level transaction, which is safe only because the table is new and hidden: its dataset
 * row says {@code importing} until the writer commits, so no listing or query reaches it; an abort drops the table;
 * and a crash leaves an {@code importing} row whose table the next open of the workspace drops
 * ({@code Workspace.recover}). H2 writes the map's pages in the same store versions as everything else, so the
 * commit that turns the dataset {@code ready} also makes every row written before it durable.
 * <p>
 * Values are converted for assignment to the table's own column types, as an {@code INSERT} converts them (timestamp
 * precision, text length), so the same value is stored either way. This relies on H2 2.x's MVStore internals; where they are not there (another
 * H2 version or storage), {@link #open} says so and the writer keeps to SQL batches.
 */
final class DirectRows {

    private static final Logger LOG = LoggerFactory.getLogger(DirectRows.class);

    private final SessionLocal session;
    @SuppressWarnings("rawtypes")
    private final MVMap map;
    private final Column[] columns;

    @SuppressWarnings("rawtypes")
    private DirectRows(SessionLocal session, MVMap map, Column[] columns) {
        this.session = session;
        this.map = map;
        this.columns = columns;
    }

    /**
     * The direct writer for {@code table}, which must have been created (and committed) with its row number as the
     * first column and primary key, followed by {@code width} data columns, and no other index (the primary-key
     * constraint's index only points at the table's map); empty when this H2 cannot take it.
     */
    static Optional<DirectRows> open(Connection connection, String table, int width) {
        try {
            JdbcConnection jdbc = connection.unwrap(JdbcConnection.class);
            if (!(jdbc.getSession() instanceof SessionLocal session)) {
                return Optional.empty();
            }
            Table found = session.getDatabase().getMainSchema().findTableOrView(session, table);
            if (!(found instanceof MVTable mvTable) || !(mvTable.getScanIndex(session) instanceof MVPrimaryIndex index)
                    || index.getMainIndexColumn() != 0 || mvTable.getColumns().length != width + 1
                    || !mvTable.getIndexes().stream().allMatch(i -> i == index || i instanceof MVDelegateIndex)) {
                return Optional.empty();
            }
            return Optional.of(new DirectRows(session, index.getMVMap(), mvTable.getColumns()));
        } catch (SQLException | RuntimeException | LinkageError e) {
            LOG.debug("direct row writes unavailable for {}; using SQL batches", table, e);
            return Optional.empty();
        }
    }

    /** Writes data row {@code key} (1, 2, …), its values in column order as {@code DatasetWriter} takes them. */
    @SuppressWarnings("unchecked")
    void put(long key, Object[] row) {
        Value[] values = new Value[columns.length];
        values[0] = ValueBigint.get(key);
        for (int i = 0; i < row.length; i++) {
            Column column = columns[i + 1];
            Value value = value(row[i]);
            values[i + 1] = value == ValueNull.INSTANCE ? value
                    : value.convertForAssignTo(column.getType(), session, column);
        }
        map.put(key, Row.get(values, SearchRow.MEMORY_CALCULATE, key));
    }

    private static Value value(Object v) {
        if (v == null) {
            return ValueNull.INSTANCE;
        }
        if (v instanceof Long l) {
            return ValueBigint.get(l);
        }
        if (v instanceof Double d) {
            return ValueDouble.get(d);
        }
        if (v instanceof Boolean b) {
            return ValueBoolean.get(b);
        }
        if (v instanceof LocalDateTime t) {
            return JSR310Utils.localDateTimeToValue(t);
        }
        return ValueVarchar.get((String) v);
    }
}
