package io.campaignlab.persistence.importing;

import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.importing.DuplicateDatasetException;
import io.campaignlab.engine.importing.ImportException;
import io.campaignlab.engine.importing.ImportJob;
import io.campaignlab.engine.importing.ImportPlanner;
import io.campaignlab.engine.importing.ImportResult;
import io.campaignlab.engine.importing.ImportSpec;
import io.campaignlab.engine.importing.Rejection;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.persistence.datasets.JdbcDatasetRepository;
import io.campaignlab.persistence.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports into a real workspace (real migrations, a temporary H2 file) and reads the rows back with SQL. */
class JdbcImportTest {

    @TempDir
    Path dir;
    Workspace workspace;
    JdbcDatasetRepository datasets;
    JdbcDatasetSink sink;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws"));
        datasets = new JdbcDatasetRepository(workspace.dataSource());
        sink = new JdbcDatasetSink(workspace.dataSource());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    ImportResult importFile(Path file, String name) {
        return importSpec(ImportSpec.builder().setFile(file).setName(name).build());
    }

    ImportResult importSpec(ImportSpec spec) {
        return new ImportJob(ImportPlanner.plan(spec), sink, datasets).run(ProgressListener.none(), new CancellationToken());
    }

    Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    List<List<Object>> rows(DatasetInfo info) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = workspace.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT * FROM \"ds_" + info.id() + "\" ORDER BY \"_row\"")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 2; i <= n; i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void crlfFileWithQuotedCommasRoundTripsWithTypes() throws Exception {
        Path file = write("hill.csv", "recency,history_segment,history,zip_code,visit,when\r\n"
                + "10,\"2) $100 - $200\",142.44,Surburban,0,2024-01-02 10:00:00\r\n"
                + "6,\"7) $1,000 +\",329.08,Rural,1,2024-01-03 11:30:15\r\n"
                + "2,\"1) $0 - $100\",,Urban,0,\r\n");

        ImportResult result = importFile(file, "hill");

        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.rejected()).isZero();
        DatasetInfo info = datasets.findByName("hill").orElseThrow();
        assertThat(info.columns()).extracting(c -> c.type()).containsExactly(ColumnType.INTEGER, ColumnType.CATEGORY,
                ColumnType.DECIMAL, ColumnType.CATEGORY, ColumnType.INTEGER, ColumnType.TIMESTAMP);
        List<List<Object>> rows = rows(info);
        assertThat(rows.get(1)).containsExactly(6L, "7) $1,000 +", 329.08, "Rural", 1L,
                LocalDateTime.of(2024, 1, 3, 11, 30, 15));
        assertThat(rows.get(2).get(2)).isNull();
        assertThat(rows.get(2).get(5)).isNull();
    }

    @Test
    void badRowsAreStoredWithLineColumnRawValueAndReasonWhileTheRestLoads() throws Exception {
        StringBuilder sb = new StringBuilder("id,amount,label\n");
        for (int i = 1; i <= 300; i++) {
            sb.append(i).append(',').append(i * 1.5).append(",x").append(i % 3).append('\n');
        }
        sb.append("301,not-a-number,x1\n");
        sb.append("302,1.0\n");
        Path file = write("bad.csv", sb.toString());

        ImportResult result = importSpec(ImportSpec.builder().setFile(file).setName("bad").optType("amount", "decimal")
                .optMaxRejects(5).build());

        assertThat(result.rows()).isEqualTo(300);
        assertThat(result.rejected()).isEqualTo(2);
        List<Rejection> stored = new JdbcRejectionRepository(workspace.dataSource(),
                new JdbcDatasetRepository(workspace.dataSource())).list("bad", 0, 10);
        assertThat(stored).hasSize(2);
        Rejection typed = stored.get(0);
        assertThat(typed.line()).isEqualTo(302);
        assertThat(typed.column()).isEqualTo("amount");
        assertThat(typed.rawValue()).isEqualTo("not-a-number");
        assertThat(typed.reason()).contains("not a number");
        assertThat(typed.rawRecord()).isEqualTo("301,not-a-number,x1");
        Rejection ragged = stored.get(1);
        assertThat(ragged.line()).isEqualTo(303);
        assertThat(ragged.column()).isNull();
        assertThat(ragged.reason()).contains("expected 3 fields but found 2");
        assertThat(datasets.findByName("bad").orElseThrow().rejected()).isEqualTo(2);
    }

    @Test
    void linesSwallowedByAnUnclosedQuoteAreStoredAsRejectionsWithTheirLines() throws Exception {
        Path file = write("stray.csv", "id,name,note\n1,a,x\n2,b,y\n3,c,\"oops\n4,d,z\n");

        ImportResult result = importFile(file, "stray");

        assertThat(result.rows()).isEqualTo(2);
        assertThat(datasets.findByName("stray").orElseThrow().rejected()).isEqualTo(2);
        List<Rejection> stored = new JdbcRejectionRepository(workspace.dataSource(),
                new JdbcDatasetRepository(workspace.dataSource())).list("stray", 0, 10);
        assertThat(stored).extracting(Rejection::line).containsExactly(4L, 5L);
        assertThat(stored).extracting(Rejection::column).containsExactly("note", null);
        assertThat(stored).extracting(Rejection::rawValue).containsExactly("3,c,\"oops", "4,d,z");
        assertThat(stored).allSatisfy(r -> assertThat(r.reason()).isEqualTo("unclosed quote opened on line 4 runs to"
                + " the end of the file (lines 4–5)"));
    }

    @Test
    void anAbortedImportLeavesNoDatasetNoTableAndNoRejections() throws Exception {
        Path file = write("abort.csv", "a,b\n1,2\n3,x\n5,6\n");

        assertThatThrownBy(() -> importSpec(ImportSpec.builder().setFile(file).setName("abort")
                .optType("b", "integer").optMaxRejects(0).build()))
                .isInstanceOf(ImportException.class).hasMessageContaining("Max rejects 0").hasMessageNotContaining("--");

        assertThat(datasets.list()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM dataset")).isZero();
        assertThat(count("SELECT COUNT(*) FROM import_rejection")).isZero();
        assertThat(count("SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'ds_%'")).isZero();
    }

    @Test
    void aCancelledImportLeavesNothing() throws Exception {
        StringBuilder sb = new StringBuilder("a,b\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append(i).append(',').append(i % 7).append('\n');
        }
        Path file = write("cancel.csv", sb.toString());
        CancellationToken cancel = new CancellationToken();
        ProgressListener cancelling = new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                cancel.cancel();
            }

            @Override
            public void message(String text) {
            }
        };

        assertThatThrownBy(() -> new ImportJob(ImportPlanner.plan(ImportSpec.builder().setFile(file).setName("c").build()),
                sink, datasets).run(cancelling, cancel)).isInstanceOf(CancelledException.class);

        assertThat(count("SELECT COUNT(*) FROM dataset")).isZero();
        assertThat(count("SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'ds_%'")).isZero();
    }

    @Test
    void reimportingTheSameBytesNamesTheExistingDatasetAndAFixedFileImportsAgain() throws Exception {
        Path file = write("dup.csv", "a,b\n1,2\n");
        importFile(file, "first");

        assertThatThrownBy(() -> importFile(file, "second"))
                .isInstanceOf(DuplicateDatasetException.class)
                .hasMessageContaining("already imported as dataset 'first'");
        assertThat(datasets.list()).extracting(DatasetInfo::name).containsExactly("first");
    }

    @Test
    void aDeletedDatasetCanBeImportedAgainAndRenameKeepsItsTable() throws Exception {
        Path file = write("again.csv", "a,b\n1,2\n3,4\n");
        importFile(file, "one");
        datasets.rename("one", "uno");
        assertThat(rows(datasets.findByName("uno").orElseThrow())).hasSize(2);
        datasets.delete("uno");
        assertThat(datasets.list()).isEmpty();

        ImportResult again = importFile(file, "one");

        assertThat(again.rows()).isEqualTo(2);
    }

    @Test
    void gzipLatin1AndBomFilesDecodeToTheSameText() throws Exception {
        String text = "name,city\nAndré,Zürich\nZoë,Köln\n";
        Path latin1 = Files.write(dir.resolve("latin1.csv"), text.getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        Path withBom = Files.write(dir.resolve("bom.csv"), bom);
        Path gz = dir.resolve("plain.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(utf8);
        }

        for (Path file : List.of(latin1, withBom, gz)) {
            String name = file.getFileName().toString().replace('.', '_');
            importFile(file, name);
            DatasetInfo info = datasets.findByName(name).orElseThrow();
            assertThat(info.columns()).extracting(c -> c.header()).containsExactly("name", "city");
            assertThat(rows(info)).containsExactly(List.of("André", "Zürich"), List.of("Zoë", "Köln"));
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = workspace.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
