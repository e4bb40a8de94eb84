package io.campaignlab.persistence.workspace;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An open workspace. Opening creates the folder layout, migrates the schema, refuses a schema newer than this
 * build knows, removes what a crashed import left behind, and marks jobs and runs a crash cut short interrupted.
 */
public final class Workspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    private static final String MIGRATIONS = "classpath:db/workspace";

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final DataSource dataSource;
    private final RecoveryReport recovery;

    private Workspace(Path folder, JdbcConnectionPool pool, RecoveryReport recovery, Runnable connectionGuard) {
        this.folder = folder;
        this.pool = pool;
        this.dataSource = new GuardedDataSource(pool, connectionGuard);
        this.recovery = recovery;
    }

    /** Opens the workspace in {@code folder}, creating it when absent. */
    public static Workspace open(Path folder) {
        return open(folder, H2Settings.forThisJvm());
    }

    public static Workspace open(Path folder, H2Settings settings) {
        return open(folder, settings, () -> { });
    }

    /**
     * @param connectionGuard runs before every connection is handed out; the GUI passes one that fails on the
     *                        JavaFX application thread, so SQL there is a bug that shows at once
     */
    public static Workspace open(Path folder, H2Settings settings, Runnable connectionGuard) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new WorkspaceException(dir + " is a file, not a workspace folder");
            }
            Files.createDirectories(dir);
            for (String sub : List.of("models", "exports", "logs")) {
                Files.createDirectories(dir.resolve(sub));
            }
        } catch (IOException e) {
            throw new WorkspaceException("cannot create the workspace folder " + dir + ": " + e.getMessage(), e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(settings.url(dir), "sa", "");
        pool.setMaxConnections(16);
        try {
            try (Connection probe = pool.getConnection()) {
                probe.isValid(1);
            }
            migrate(pool, dir);
            RecoveryReport recovery = recover(pool);
            if (recovery.any()) {
                LOG.warn("Workspace {}: {}", dir, recovery);
            }
            recordOwner(dir);
            return new Workspace(dir, pool, recovery, connectionGuard);
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                String holder = WorkspaceOwner.readLive(WorkspaceOwner.fileIn(dir))
                        .map(WorkspaceOwner::describe).orElse("another process");
                throw new WorkspaceException("Workspace " + dir + " is in use by " + holder + "; close it there first.",
                        e);
            }
            throw new WorkspaceException("cannot open the workspace " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /**
     * Writes this process beside the database, so that a process that finds the database locked can say who holds
     * it. The file stays after closing: a reader trusts it only while the database is locked and its process lives,
     * and the holder of a lock is always the process that opened the workspace last.
     */
    private static void recordOwner(Path dir) {
        try {
            WorkspaceOwner.thisProcess().writeTo(WorkspaceOwner.fileIn(dir));
        } catch (IOException e) {
            LOG.warn("Workspace {}: cannot record this process as its owner: {}", dir, e.getMessage());
        }
    }

    private static void migrate(DataSource dataSource, Path dir) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .table("flyway_schema_history")
                .load();
        try {
            MigrationInfo[] future = Arrays.stream(flyway.info().all())
                    .filter(i -> i.getState().name().startsWith("FUTURE"))
                    .toArray(MigrationInfo[]::new);
            if (future.length > 0) {
                MigrationVersion newest = future[future.length - 1].getVersion();
                MigrationVersion known = Arrays.stream(flyway.info().all())
                        .filter(i -> !i.getState().name().startsWith("FUTURE"))
                        .map(MigrationInfo::getVersion).reduce((a, b) -> b).orElse(MigrationVersion.EMPTY);
                throw new WorkspaceException("the workspace " + dir + " was written by a newer Campaign Lab (schema "
                        + newest + "; this version knows up to " + known + "); update Campaign Lab to open it");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new WorkspaceException("cannot migrate the workspace " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes datasets left half-imported by a crash, and any dataset table no dataset row owns; marks jobs and
     * training runs that were running when the process ended as interrupted.
     */
    private static RecoveryReport recover(DataSource dataSource) throws SQLException {
        List<String> removedDatasets = new ArrayList<>();
        List<String> removedTables = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<Long> staleIds = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, name FROM dataset WHERE status = 'importing'")) {
                while (rs.next()) {
                    staleIds.add(rs.getLong(1));
                    removedDatasets.add(rs.getString(2));
                }
            }
            for (long id : staleIds) {
                s.execute("DROP TABLE IF EXISTS " + DatasetTables.quote(DatasetTables.tableName(id)));
                s.execute("DELETE FROM dataset WHERE id = " + id);
            }
            List<String> orphans = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_name LIKE 'ds\\_%' ESCAPE '\\'"
                    + " AND table_name NOT IN (SELECT table_name FROM dataset)")) {
                while (rs.next()) {
                    orphans.add(rs.getString(1));
                }
            }
            for (String table : orphans) {
                s.execute("DROP TABLE IF EXISTS " + DatasetTables.quote(table));
                removedTables.add(table);
            }
            s.execute("UPDATE job SET status = 'interrupted', finished_at = CURRENT_TIMESTAMP,"
                    + " error_message = 'the process ended while the job was running' WHERE status = 'running'");
            s.execute("UPDATE training_run SET status = 'interrupted', finished_at = CURRENT_TIMESTAMP,"
                    + " status_reason = 'the process ended while the run was training' WHERE status = 'running'");
        }
        return new RecoveryReport(removedDatasets, removedTables);
    }

    public Path folder() {
        return folder;
    }

    public Path modelsFolder() {
        return folder.resolve("models");
    }

    public Path exportsFolder() {
        return folder.resolve("exports");
    }

    public Path logsFolder() {
        return folder.resolve("logs");
    }

    public Path databaseFile() {
        return folder.resolve(H2Settings.DATABASE_FILE + ".mv.db");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** What opening this workspace had to clean up after a crash. */
    public RecoveryReport recovery() {
        return recovery;
    }

    /**
     * Shrinks the database file with {@code SHUTDOWN COMPACT}. The workspace is closed afterwards.
     *
     * @return the file size before and after, in bytes
     */
    public CompactResult compact() {
        long before = sizeOf(databaseFile());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new WorkspaceException("cannot compact the workspace " + folder + ": " + e.getMessage(), e);
        } finally {
            pool.dispose();
        }
        return new CompactResult(before, sizeOf(databaseFile()));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /** Sizes of the database file around a compaction. */
    public record CompactResult(long bytesBefore, long bytesAfter) {
    }

    /** Datasets and tables removed on open because a crashed import left them. */
    public record RecoveryReport(List<String> removedDatasets, List<String> removedTables) {

        public RecoveryReport {
            removedDatasets = List.copyOf(removedDatasets);
            removedTables = List.copyOf(removedTables);
        }

        public boolean any() {
            return !removedDatasets.isEmpty() || !removedTables.isEmpty();
        }

        @Override
        public String toString() {
            return "removed half-imported datasets " + removedDatasets + " and orphan tables " + removedTables;
        }
    }
}
