package io.campaignlab.persistence.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void openingCreatesTheFolderLayoutAndTheSchema() throws SQLException {
        Path folder = dir.resolve("new-workspace");
        try (Workspace ws = Workspace.open(folder)) {
            assertThat(folder.resolve("models")).isDirectory();
            assertThat(folder.resolve("exports")).isDirectory();
            assertThat(folder.resolve("logs")).isDirectory();
            assertThat(ws.databaseFile()).exists();
            assertThat(tables(ws)).contains("dataset", "import_rejection", "job", "training_run", "run_metric",
                    "model_artifact", "dataset_profile", "run_evaluation");
        }
    }

    @Test
    void reopeningKeepsTheSchemaAndData() throws SQLException {
        try (Workspace ws = Workspace.open(dir)) {
            execute(ws, "INSERT INTO workspace_info VALUES ('k', 'v')");
        }
        try (Workspace ws = Workspace.open(dir); Connection c = ws.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT info_value FROM workspace_info WHERE info_key = 'k'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("v");
        }
    }

    @Test
    void aWorkspaceWrittenByANewerSchemaIsRefusedWithAClearMessage() throws SQLException {
        try (Workspace ws = Workspace.open(dir)) {
            execute(ws, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
        }
        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("newer Campaign Lab")
                .hasMessageContaining("99");
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("is a file");
    }

    @Test
    void openingRemovesWhatACrashedImportLeftAndMarksRunningJobsInterrupted() throws SQLException {
        try (Workspace ws = Workspace.open(dir)) {
            execute(ws, "INSERT INTO dataset (id, name, kind, source_file, sha256, table_name, status, created_at,"
                    + " column_meta) VALUES (41, 'half', 'table', 'f.csv', '" + "a".repeat(64) + "', 'ds_41',"
                    + " 'importing', CURRENT_TIMESTAMP, '[]')");
            execute(ws, "CREATE TABLE \"ds_41\" (\"_row\" BIGINT PRIMARY KEY)");
            execute(ws, "CREATE TABLE \"ds_77\" (\"_row\" BIGINT PRIMARY KEY)");
            execute(ws, "INSERT INTO job (kind, title, status, started_at) VALUES ('import', 'x', 'running', CURRENT_TIMESTAMP)");
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.recovery().removedDatasets()).containsExactly("half");
            assertThat(ws.recovery().removedTables()).containsExactly("ds_77");
            assertThat(tables(ws)).doesNotContain("ds_41", "ds_77");
            assertThat(query(ws, "SELECT COUNT(*) FROM dataset")).isEqualTo("0");
            assertThat(query(ws, "SELECT status FROM job")).isEqualTo("interrupted");
        }
    }

    @Test
    void compactShrinksAFileWithDeletedData() throws SQLException {
        long before;
        try (Workspace ws = Workspace.open(dir)) {
            execute(ws, "CREATE TABLE \"ds_9\" AS SELECT \"X\" AS \"_row\", REPEAT('x', 200) AS v FROM SYSTEM_RANGE(1, 100000)");
            execute(ws, "DROP TABLE \"ds_9\"");
            Workspace.CompactResult result = ws.compact();
            before = result.bytesBefore();
            assertThat(result.bytesAfter()).isLessThan(before);
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(tables(ws)).contains("dataset");
        }
    }

    @Test
    void settingsGrowWithTheHeap() {
        H2Settings small = H2Settings.forHeap(256L << 20);
        H2Settings large = H2Settings.forHeap(8L << 30);
        assertThat(large.cacheSizeKb()).isGreaterThan(small.cacheSizeKb());
        assertThat(large.maxMemoryRows()).isGreaterThan(small.maxMemoryRows());
        assertThat(small.url(dir)).contains("MAX_MEMORY_ROWS=").contains("CACHE_SIZE=");
    }

    static List<String> tables(Workspace ws) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = ws.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static String query(Workspace ws, String sql) throws SQLException {
        try (Connection c = ws.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void execute(Workspace ws, String sql) throws SQLException {
        try (Connection c = ws.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
