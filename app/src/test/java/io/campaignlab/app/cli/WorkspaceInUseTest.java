package io.campaignlab.app.cli;

import io.campaignlab.app.testing.CommandRun;
import io.campaignlab.app.testing.HoldWorkspace;
import io.campaignlab.persistence.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command on a workspace that another process (the workbench window) holds open fails at once, in one sentence
 * naming that process, instead of waiting two minutes for a view that never loads.
 */
class WorkspaceInUseTest {

    @TempDir
    Path dir;

    private Process holder;
    private Path ws;

    @BeforeEach
    void holdTheWorkspaceInAnotherProcess() throws Exception {
        ws = dir.resolve("ws");
        Workspace.open(ws).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        holder = new ProcessBuilder(java, "-Xmx256m", "-Dcampaignlab.command=campaign-lab gui",
                "-cp", System.getProperty("java.class.path"), HoldWorkspace.class.getName(), ws.toString())
                .redirectError(dir.resolve("holder.err").toFile()).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).as("the holder opened the workspace").startsWith("open ");
    }

    @AfterEach
    void release() throws Exception {
        holder.getOutputStream().close();
        if (!holder.waitFor(20, TimeUnit.SECONDS)) {
            holder.destroyForcibly();
        }
    }

    @Test
    void aCommandSaysAtOnceWhichProcessHoldsTheWorkspace() {
        long started = System.nanoTime();
        CommandRun run = CommandRun.inProcess("datasets", "--workspace", ws.toString());
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).matches(Pattern.quote("campaign-lab: Workspace " + ws.toAbsolutePath()
                + " is in use by process " + holder.pid() + " (campaign-lab gui, since ") + "\\d\\d:\\d\\d"
                + Pattern.quote("); close it there first."));
        assertThat(seconds).isLessThan(10);
    }

    @Test
    void snapshotFailsAtOnceInsteadOfWaitingForTheView() throws Exception {
        long started = System.nanoTime();
        CommandRun run = CommandRun.inOwnJvm(dir, "snapshot", "--view", "data", "--workspace", ws.toString(),
                "--out", dir.resolve("data.png").toString());
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("Workspace " + ws.toAbsolutePath() + " is in use by process " + holder.pid()
                + " (campaign-lab gui, since ").contains("close it there first.").doesNotContain("Timeout");
        assertThat(seconds).as("a fresh JVM starts, finds the lock and ends").isLessThan(30);
    }
}
