package io.campaignlab.persistence.frames;

import io.campaignlab.persistence.datasets.JdbcDatasetRepository;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.persistence.importing.JdbcDatasetSink;
import io.campaignlab.persistence.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcFrameReaderTest {

    /** 2024-01-01T00:00Z in epoch milliseconds (19,723 days after 1970-01-01). */
    static final long NEW_YEAR_2024 = 1_704_067_200_000L;

    @TempDir
    Path dir;
    Workspace workspace;
    /** One connection, one pass. */
    JdbcFrameReader reader;
    /** Up to four workers for as little as a row each, so that small tables take the parallel path. */
    JdbcFrameReader parallel;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir);
        reader = new JdbcFrameReader(workspace.dataSource(),
                new JdbcDatasetRepository(workspace.dataSource()), 1, Integer.MAX_VALUE);
        parallel = new JdbcFrameReader(workspace.dataSource(), new JdbcDatasetRepository(workspace.dataSource()), 4, 1);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    static final List<ColumnMeta> MIXED = List.of(
            ColumnMeta.of("n", ColumnType.INTEGER, ColumnRole.FEATURE),
            ColumnMeta.of("x", ColumnType.DECIMAL, ColumnRole.FEATURE),
            ColumnMeta.of("flag", ColumnType.BOOLEAN, ColumnRole.LABEL),
            ColumnMeta.of("city", ColumnType.CATEGORY, ColumnRole.FEATURE),
            ColumnMeta.of("note", ColumnType.TEXT, ColumnRole.FEATURE),
            ColumnMeta.of("at", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP));

    void writeMixed() {
        write("mixed", MIXED, List.of(
                new Object[] {7L, 1.5, true, "Leeds", "first", LocalDateTime.of(2024, 1, 1, 0, 0)},
                new Object[] {null, null, null, null, null, null},
                new Object[] {-3L, -0.25, false, "York", "", LocalDateTime.of(1970, 1, 1, 0, 0)},
                new Object[] {9_007_199_254_740_992L, 1e300, true, "Leeds", "last",
                        LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_600_000)},
                new Object[] {0L, 0.0, false, "Leeds", null, LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6_000_000)}));
    }

    @Test
    void everyTypeArrivesTypedWithItsMissingMarker() {
        writeMixed();
        for (JdbcFrameReader r : List.of(reader, parallel)) {
            checkMixed(r.read("mixed", List.of("n", "x", "flag", "city", "note", "at"), ProgressListener.none(),
                    new CancellationToken()));
        }
    }

    static void checkMixed(Frame frame) {
        assertThat(frame.dataset()).isEqualTo("mixed");
        assertThat(frame.rowIds()).containsExactly(1, 2, 3, 4, 5);
        assertThat(frame.columns().keySet()).containsExactly("n", "x", "flag", "city", "note", "at");
        assertThat(frame.column("n")).isInstanceOf(FrameColumn.Numbers.class);
        assertThat(frame.numbers("n")).containsExactly(7, Double.NaN, -3, 9_007_199_254_740_992.0, 0);
        assertThat(frame.numbers("x")).containsExactly(1.5, Double.NaN, -0.25, 1e300, 0.0);
        assertThat(frame.numbers("flag")).containsExactly(1, Double.NaN, 0, 1, 0);
        assertThat(frame.texts("city")).containsExactly("Leeds", null, "York", "Leeds", "Leeds");
        assertThat(frame.texts("note")).containsExactly("first", null, "", "last", null);
        assertThat(frame.times("at")).containsExactly(NEW_YEAR_2024, FrameColumn.MISSING_TIME, 0L, -1L,
                NEW_YEAR_2024 + 86_400_000L + 3 * 3_600_000L + 4 * 60_000L + 5_000L + 6L);
    }

    @Test
    void onlyTheAskedColumnsAreReadInTheAskedOrder() {
        writeMixed();
        Frame frame = read("mixed", List.of("at", "city", "at"));

        assertThat(frame.columns().keySet()).containsExactly("at", "city");
        assertThat(frame.rows()).isEqualTo(5);
        assertThat(read("mixed", List.of()).rowIds()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aColumnCanBeNamedByItsSourceHeader() {
        write("headers", List.of(new ColumnMeta("amount_eur", "Amount (EUR)", ColumnType.DECIMAL, ColumnRole.REVENUE,
                null, false)), List.of(new Object[] {2.5}, new Object[] {4.0}));

        assertThat(read("headers", List.of("Amount (EUR)")).numbers("Amount (EUR)")).containsExactly(2.5, 4.0);
    }

    @Test
    void repeatedTextSharesOneStringPerValue() {
        String[] cities = {"Leeds", "York", "Bath"};
        write("repeats", List.of(ColumnMeta.of("city", ColumnType.CATEGORY, ColumnRole.FEATURE)), 3_000,
                i -> new Object[] {new String(cities[i % 3])});

        for (JdbcFrameReader r : List.of(reader, parallel)) {
            String[] values = r.read("repeats", List.of("city"), ProgressListener.none(), new CancellationToken())
                    .texts("city");

            assertThat(values).hasSize(3_000);
            for (int i = 0; i < values.length; i++) {
                assertThat(values[i]).isEqualTo(cities[i % 3]).isSameAs(values[i % 3]);
            }
        }
    }

    @Test
    void rowIdsAreTheStoredRowNumbersInOrderEvenWhenTheRowCountIsStale() throws SQLException {
        write("gaps", List.of(ColumnMeta.of("v", ColumnType.INTEGER, ColumnRole.FEATURE)), 40,
                i -> new Object[] {(long) (i + 1) * 10});

        Frame whole = parallel.read("gaps", List.of("v"), ProgressListener.none(), new CancellationToken());
        assertThat(whole.rowIds()).hasSize(40).startsWith(1, 2, 3).endsWith(40);
        for (int i = 0; i < 40; i++) {
            assertThat(whole.numbers("v")[i]).isEqualTo((i + 1) * 10.0);
        }
        execute("DELETE FROM \"ds_" + datasetId("gaps") + "\" WHERE \"_row\" IN (2, 3, 39)");

        // With gaps the rows cannot be placed by number, so even a parallel reader reads them in one pass.
        Frame fewer = parallel.read("gaps", List.of("v"), ProgressListener.none(), new CancellationToken());
        assertThat(fewer.rows()).isEqualTo(37);
        assertThat(fewer.rowIds()).startsWith(1, 4, 5).endsWith(38, 40);
        for (int i = 0; i < fewer.rows(); i++) {
            assertThat(fewer.numbers("v")[i]).isEqualTo(fewer.rowIds()[i] * 10.0);
        }

        // A stored count far below the table's size makes the arrays grow while reading.
        execute("UPDATE dataset SET row_count = 1 WHERE name = 'gaps'");
        Frame grown = read("gaps", List.of("v"));
        assertThat(grown.rowIds()).isEqualTo(fewer.rowIds());
        assertThat(grown.numbers("v")).isEqualTo(fewer.numbers("v"));
    }

    @Test
    void aMissingColumnIsNamedWithTheColumnsThereAre() {
        writeMixed();

        assertThatThrownBy(() -> read("mixed", List.of("n", "price", "flag", "segment")))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("'mixed'")
                .hasMessageContaining("'price', 'segment'")
                .hasMessageContaining("[n, x, flag, city, note, at]");
    }

    @Test
    void aMissingDatasetIsNamed() {
        writeMixed();

        assertThatThrownBy(() -> read("orders", List.of("n")))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("'orders'")
                .hasMessageContaining("[mixed]");
    }

    @Test
    void progressIsReportedEvery65536RowsAndACancelStopsTheRead() {
        int rows = 150_000;
        writeBig(rows);

        List<long[]> reports = new CopyOnWriteArrayList<>();
        Frame frame = reader.read("big", List.of("v"), listener(reports, null), new CancellationToken());
        assertThat(reports).extracting(r -> r[0]).containsExactly(65_536L, 131_072L, 150_000L);
        assertThat(reports).extracting(r -> r[1]).containsOnly((long) rows);
        checkBig(frame, rows);

        CancellationToken cancel = new CancellationToken();
        List<long[]> beforeCancel = new ArrayList<>();
        assertThatThrownBy(() -> reader.read("big", List.of("v"), listener(beforeCancel, cancel), cancel))
                .isInstanceOf(CancelledException.class);
        assertThat(beforeCancel).extracting(r -> r[0]).containsExactly(65_536L);

        CancellationToken already = new CancellationToken();
        already.cancel();
        assertThatThrownBy(() -> reader.read("big", List.of("v"), ProgressListener.none(), already))
                .isInstanceOf(CancelledException.class);
        // The connection went back to the pool in a usable state.
        assertThat(read("big", List.of("v")).rows()).isEqualTo(rows);
    }

    @Test
    void parallelWorkersFillTheSameFrameAsOnePassAndStopTogetherOnCancel() {
        int rows = 150_000;
        writeBig(rows);
        JdbcFrameReader twoWorkers = new JdbcFrameReader(workspace.dataSource(),
                new JdbcDatasetRepository(workspace.dataSource()), 2, 50_000);

        List<long[]> reports = new CopyOnWriteArrayList<>();
        Frame frame = twoWorkers.read("big", List.of("v", "city", "at"), listener(reports, null),
                new CancellationToken());

        checkBig(frame, rows);
        // Each worker reads 75,000 rows and reports once, at its 65,536th; then the total.
        assertThat(reports).extracting(r -> r[0]).hasSize(3).containsExactlyInAnyOrder(65_536L, 131_072L, 150_000L)
                .last().isEqualTo(150_000L);
        assertThat(reporters).hasSize(3).startsWith("frame-reader", "frame-reader")
                .last().isEqualTo(Thread.currentThread().getName());
        String[] cities = frame.texts("city");
        assertThat(cities[0]).isEqualTo("Leeds").isSameAs(cities[149_997]); // read by different workers

        CancellationToken cancel = new CancellationToken();
        assertThatThrownBy(() -> twoWorkers.read("big", List.of("v", "city"), listener(new ArrayList<>(), cancel),
                cancel)).isInstanceOf(CancelledException.class);
        checkBig(parallel.read("big", List.of("v", "city", "at"), ProgressListener.none(), new CancellationToken()),
                rows);
    }

    void writeBig(int rows) {
        String[] cities = {"Leeds", "York", "Bath"};
        write("big", List.of(ColumnMeta.of("v", ColumnType.DECIMAL, ColumnRole.FEATURE),
                        ColumnMeta.of("city", ColumnType.CATEGORY, ColumnRole.FEATURE),
                        ColumnMeta.of("at", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP)), rows,
                i -> new Object[] {i * 0.5, i % 5 == 4 ? null : new String(cities[i % 3]),
                        LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(i)});
    }

    /** Row i (from 0) holds _row i + 1, v = i / 2, its city or null every fifth row, 2024 plus i seconds. */
    static void checkBig(Frame frame, int rows) {
        String[] cities = {"Leeds", "York", "Bath"};
        assertThat(frame.rows()).isEqualTo(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(frame.rowIds()[i]).isEqualTo(i + 1);
            assertThat(frame.numbers("v")[i]).isEqualTo(i * 0.5);
            if (frame.has("city")) {
                assertThat(frame.texts("city")[i]).isEqualTo(i % 5 == 4 ? null : cities[i % 3]);
            }
            if (frame.has("at")) {
                assertThat(frame.times("at")[i]).isEqualTo(NEW_YEAR_2024 + i * 1000L);
            }
        }
    }

    Frame read(String dataset, List<String> columns) {
        return reader.read(dataset, columns, ProgressListener.none(), new CancellationToken());
    }

    /** The threads that reported progress, in order. */
    final List<String> reporters = new CopyOnWriteArrayList<>();

    ProgressListener listener(List<long[]> reports, CancellationToken cancelOnFirst) {
        return new ProgressListener() {
            @Override
            public synchronized void progress(long done, long total) {
                reports.add(new long[] {done, total});
                reporters.add(Thread.currentThread().getName());
                if (cancelOnFirst != null) {
                    cancelOnFirst.cancel();
                }
            }

            @Override
            public void message(String text) {
            }
        };
    }

    void write(String name, List<ColumnMeta> columns, List<Object[]> rows) {
        write(name, columns, rows.size(), rows::get);
    }

    void write(String name, List<ColumnMeta> columns, int rows, IntFunction<Object[]> row) {
        try (DatasetWriter writer = new JdbcDatasetSink(workspace.dataSource())
                .begin(new DatasetDraft(name, DatasetKind.TABLE, "test", "0".repeat(64), columns))) {
            for (int i = 0; i < rows; i++) {
                writer.append(row.apply(i));
            }
            writer.commit(0);
        }
    }

    long datasetId(String name) {
        return new io.campaignlab.persistence.datasets.JdbcDatasetRepository(workspace.dataSource())
                .require(name).id();
    }

    void execute(String sql) throws SQLException {
        try (Connection c = workspace.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
