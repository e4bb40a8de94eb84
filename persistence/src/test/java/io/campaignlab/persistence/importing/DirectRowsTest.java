package io.campaignlab.persistence.importing;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.persistence.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows written straight into H2's table map ({@link DirectRows}) read back exactly as rows written with SQL
 * {@code INSERT}s, and a crash in the middle of such a write leaves nothing once the workspace opens again.
 */
class DirectRowsTest {

    @TempDir
    java.nio.file.Path dir;

    private static final List<ColumnMeta> COLUMNS = List.of(
            ColumnMeta.of("n", ColumnType.INTEGER, ColumnRole.FEATURE),
            ColumnMeta.of("x", ColumnType.DECIMAL, ColumnRole.FEATURE),
            ColumnMeta.of("b", ColumnType.BOOLEAN, ColumnRole.FEATURE),
            ColumnMeta.of("t", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
            ColumnMeta.of("c", ColumnType.CATEGORY, ColumnRole.FEATURE),
            ColumnMeta.of("s", ColumnType.TEXT, ColumnRole.FEATURE));

    private static final Object[][] ROWS = {
            {42L, 1.5, true, LocalDateTime.of(2024, 3, 1, 12, 0, 0, 123_456_789), "view", "a, \"quoted\" text"},
            {null, null, null, null, null, null},
            {Long.MIN_VALUE, -0.0, false, LocalDateTime.of(1900, 1, 1, 0, 0), "", "é ü 日本"},
            {Long.MAX_VALUE, Double.MAX_VALUE, true, LocalDateTime.of(2100, 12, 31, 23, 59, 59), "cart", "x".repeat(5000)}
    };

    private static DatasetDraft draft(String name) {
        return new DatasetDraft(name, DatasetKind.TABLE, "f.csv", name.repeat(64).substring(0, 64), COLUMNS);
    }

    @Test
    void directRowsReadBackAsSqlInsertedRows() throws SQLException {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            DatasetInfo direct = write(new JdbcDatasetSink(ws.dataSource(), true), draft("d"), true);
            DatasetInfo batch = write(new JdbcDatasetSink(ws.dataSource(), false), draft("b"), false);

            List<List<Object>> directRows = rows(ws, direct);
            assertThat(directRows).isEqualTo(rows(ws, batch));
            assertThat(directRows).hasSize(ROWS.length);
            // TIMESTAMP keeps microseconds: .123456789 rounds to .123457, as an INSERT stores it
            assertThat(directRows.get(0).get(3)).isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 0, 0, 123_457_000));
            assertThat(directRows.get(1)).containsOnlyNulls();
            assertThat(directRows.get(3).get(5)).isEqualTo("x".repeat(5000));
            assertThat(direct.rows()).isEqualTo(ROWS.length);
            assertThat(count(ws, "SELECT COUNT(*) FROM \"ds_" + direct.id() + "\" WHERE n > 0")).isEqualTo(2);
        }
    }

    @Test
    void aCrashWhileWritingDirectlyLeavesNoDatasetAndNoTable() throws SQLException {
        long id;
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            JdbcDatasetWriter writer = (JdbcDatasetWriter) new JdbcDatasetSink(ws.dataSource(), true).begin(draft("c"));
            assertThat(writer.direct()).isTrue();
            for (int i = 0; i < 5_000; i++) {
                writer.append(new Object[] {(long) i, 1.0, true, LocalDateTime.of(2024, 1, 1, 0, 0), "v", "s"});
            }
            id = count(ws, "SELECT MAX(id) FROM dataset");
            try (Connection c = ws.dataSource().getConnection(); Statement s = c.createStatement()) {
                // the rows are in the store, and on disk after a checkpoint, before the dataset is committed
                assertThat(count(ws, "SELECT COUNT(*) FROM \"ds_" + id + "\"")).isEqualTo(5_000);
                assertThat(count(ws, "SELECT COUNT(*) FROM dataset WHERE status = 'ready'")).isZero();
                s.execute("CHECKPOINT");
                s.execute("SHUTDOWN IMMEDIATELY");
            }
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            assertThat(ws.recovery().removedDatasets()).containsExactly("c");
            assertThat(count(ws, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'ds_" + id + "'"))
                    .isZero();
        }
    }

    private static DatasetInfo write(JdbcDatasetSink sink, DatasetDraft draft, boolean direct) {
        try (DatasetWriter writer = sink.begin(draft)) {
            assertThat(((JdbcDatasetWriter) writer).direct()).isEqualTo(direct);
            for (Object[] row : ROWS) {
                writer.append(row.clone());
            }
            return writer.commit(0);
        }
    }

    private static List<List<Object>> rows(Workspace ws, DatasetInfo info) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = ws.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT * FROM \"ds_" + info.id() + "\" ORDER BY \"_row\"")) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 2; i <= COLUMNS.size() + 1; i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof Timestamp ts ? ts.toLocalDateTime() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static long count(Workspace ws, String sql) throws SQLException {
        try (Connection c = ws.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
