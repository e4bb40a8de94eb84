package io.campaignlab.app.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.bench.EventsCsvGenerator;
import io.campaignlab.app.testing.CommandRun;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.jobs.JobStatus;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.persistence.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Ctrl-C (SIGINT) sent to a real campaign-lab process while its job runs: the job ends {@code cancelled} (not
 * {@code interrupted}, which is what a workspace reopened after a killed JVM finds), the workspace opens clean with
 * nothing half-written, and the process exits with 130.
 */
class CtrlCTest {

    /** Shows progress on stderr although it is a file, so that the test can wait for the job to be under way. */
    static final List<String> SHOW_PROGRESS = List.of("-D" + ConsoleProgress.ALWAYS + "=true");

    @TempDir
    Path dir;

    @BeforeEach
    void sigintReachesChildren() throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeFalse(!CommandRun.CAN_RESET_SIGINT && Files.exists(status) && Files.readAllLines(status).stream()
                        .filter(l -> l.startsWith("SigIgn:"))
                        .anyMatch(l -> new BigInteger(l.substring(7).trim(), 16).testBit(1)),
                "this JVM was started with SIGINT ignored (a background job of a shell without job control); its"
                        + " children inherit that, and this system's env cannot reset it (--default-signal)");
    }

    @Test
    void ctrlCDuringTrainingEndsTheRunCancelledAndExitsWith130() throws Exception {
        String ws = dir.resolve("ws").toString();
        CommandRun simulated = CommandRun.inProcess("simulate", "--users", "4000", "--days", "10", "--workspace", ws);
        assertThat(simulated.code()).as(simulated.err()).isZero();
        List<String> before = datasets(ws);

        // small batches, so that an epoch is long enough to be interrupted in its middle
        CommandRun.Launched train = CommandRun.launch(dir, SHOW_PROGRESS, "train", "--tune", "off", "--workspace", ws, "--dataset",
                "impressions", "--label", "clicked", "--model", "deepfm", "--batch-size", "64", "--epochs", "5",
                "--device", "cpu");
        CommandRun ended = interruptWhenUnderWay(train);

        assertThat(ended.code()).as("exit code; stderr: %s", ended.err()).isEqualTo(130);
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            assertThat(services.workspace().recovery().any()).as("anything the reopening had to clean up").isFalse();
            RunRecord run = services.runs().list().get(0);
            assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(run.finishedAt()).isNotNull();
            assertThat(services.runs().artifacts(run.id())).isEmpty();
            assertThat(services.jobs().recent(1)).extracting(j -> j.status()).containsExactly(JobStatus.CANCELLED);
        }
        assertThat(Files.list(dir.resolve("ws").resolve("models")).toList()).isEmpty();
        assertThat(ended.err()).contains("campaign-lab: cancelled (Ctrl-C)");
        JsonNode runs = CommandRun.inProcess("runs", "--workspace", ws, "--json").json().get("runs");
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("status").asText()).isEqualTo("cancelled");
        assertThat(datasets(ws)).as("datasets, their rows and contents").isEqualTo(before);
    }

    @Test
    void ctrlCDuringAnImportRollsItBackAndExitsWith130() throws Exception {
        Path csv = EventsCsvGenerator.write(dir.resolve("events.csv"), 1_500_000, 11);
        String ws = dir.resolve("ws").toString();

        CommandRun.Launched load = CommandRun.launch(dir, SHOW_PROGRESS, "import", csv.toString(), "--name", "events",
                "--workspace", ws);
        CommandRun ended = interruptWhenUnderWay(load);

        assertThat(ended.code()).as("exit code; stderr: %s", ended.err()).isEqualTo(130);
        try (Workspace workspace = Workspace.open(Path.of(ws))) {
            assertThat(workspace.recovery().any()).as("anything the reopening had to clean up: %s",
                    workspace.recovery()).isFalse();
            try (Connection c = workspace.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                         + " WHERE table_schema = 'public' AND table_name LIKE 'ds_%'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("dataset tables").isZero();
            }
        }
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            assertThat(services.jobs().recent(1)).extracting(j -> j.status()).containsExactly(JobStatus.CANCELLED);
        }
        assertThat(CommandRun.inProcess("datasets", "--workspace", ws, "--json").json().get("datasets")).isEmpty();
        assertThat(ended.err()).contains("campaign-lab: cancelled (Ctrl-C)");
    }

    /** Each dataset's name, rows and content hash. */
    private static List<String> datasets(String ws) {
        List<String> all = new ArrayList<>();
        CommandRun.inProcess("datasets", "--workspace", ws, "--json").json().get("datasets").forEach(d ->
                all.add(d.get("name").asText() + " " + d.get("rows").asLong() + " " + d.get("sha256").asText()));
        return all;
    }

    /** Waits until the command shows progress, sends it SIGINT, and waits for it to end. */
    private static CommandRun interruptWhenUnderWay(CommandRun.Launched launched) throws Exception {
        Process process = launched.process();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (process.isAlive() && !launched.err().contains("%") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(process.isAlive()).as("the job must still run when Ctrl-C comes; stderr: %s", launched.err())
                .isTrue();
        assertThat(launched.err()).as("progress shown").contains("%");
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("no exit within 120 s of Ctrl-C; stderr: " + launched.err());
        }
        return launched.result();
    }
}
