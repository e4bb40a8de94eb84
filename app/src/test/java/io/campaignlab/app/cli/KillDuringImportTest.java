package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.bench.EventsCsvGenerator;
import io.campaignlab.engine.jobs.JobStatus;
import io.campaignlab.persistence.jobs.JdbcJobRepository;
import io.campaignlab.persistence.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills (SIGKILL) a separate campaign-lab process in the middle of a large import, then checks that the workspace
 * opens, lists no partial dataset, and imports the same file again.
 */
class KillDuringImportTest {

    static final long ROWS = 600_000;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesAWorkspaceThatOpensCleanAndImportsTheFileAgain() throws Exception {
        Path csv = EventsCsvGenerator.write(dir.resolve("events.csv"), ROWS, 11);
        Path ws = dir.resolve("ws");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "io.campaignlab.app.CampaignLab", "import", csv.toString(), "--name", "events", "--workspace", ws.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path db = ws.resolve("workspace.mv.db");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && (!Files.exists(db) || Files.size(db) < 6L << 20) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the import must still be running when it is killed; log: %s",
                Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : "").isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);

        try (Workspace workspace = Workspace.open(ws)) {
            assertThat(workspace.recovery().removedDatasets()).containsExactly("events");
            try (Connection c = workspace.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                         + " WHERE table_schema = 'public' AND table_name LIKE 'ds_%'")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
            assertThat(new JdbcJobRepository(workspace.dataSource()).recent(1))
                    .extracting(r -> r.status()).containsExactly(JobStatus.INTERRUPTED);
        }
        CliRun listRun = CliRun.of("datasets", "--workspace", ws.toString(), "--json");
        assertThat(listRun.exitCode()).as(listRun.err()).isZero();
        JsonNode listed = listRun.json();
        assertThat(listed.get("datasets")).isEmpty();

        JsonNode again = CliRun.of("import", csv.toString(), "--name", "events", "--workspace", ws.toString(), "--json").json();
        assertThat(again.get("rows").asLong()).isEqualTo(ROWS);
        assertThat(CliRun.of("datasets", "--workspace", ws.toString(), "--json").json().get("datasets"))
                .extracting(d -> d.get("name").asText()).isEqualTo(List.of("events"));
    }
}
