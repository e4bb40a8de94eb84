package io.campaignlab.app.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.app.cli.RootCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code campaign-lab snapshot --view experiments} on a small simulated workspace: the view reads out the simulator's
 * campaign_exposures with its first guesses (a job, headless) and draws the health strip, the table and the charts.
 * The snapshot runs in a JVM of its own, as {@code campaign-lab snapshot} does ({@link UpliftSnapshotTest} does the
 * uplift tab).
 */
class ExperimentsSnapshotTest {

    @TempDir
    static Path dir;

    static String ws;

    @BeforeAll
    static void simulate() {
        ws = dir.resolve("ws").toString();
        Run sim = run("simulate", "--workspace", ws, "--users", "1500", "--days", "14", "--json");
        assertThat(sim.code()).as(sim.err()).isZero();
    }

    @Test
    void theExperimentsSnapshotReadsOutTheSimulatedExperimentAndDrawsIt() throws Exception {
        Path out = dir.resolve("experiments.png");

        Run snapshot = launch(dir, "snapshot", "--workspace", ws, "--view", "experiments", "--size", "1280x800", "--out",
                out.toString(), "--json");

        assertThat(snapshot.code()).as(snapshot.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(snapshot.out());
        assertThat(json.get("view").asText()).isEqualTo("Experiments");
        assertThat(json.get("dataset").asText()).isEqualTo("campaign_exposures");
        ExplainMonitorSnapshotTest.assertNonTrivial(out, 1280, 800);
    }

    @Test
    void aWorkspaceWithoutAnExperimentIsToldWhatToDo() {
        Run snapshot = run("snapshot", "--workspace", dir.resolve("empty").toString(), "--view", "experiments",
                "--out", dir.resolve("none.png").toString());

        assertThat(snapshot.code()).isNotZero();
        assertThat(snapshot.err()).contains("the workspace has no experiment dataset to read out");
    }

    @Test
    void aTabOutsideTheExperimentsViewIsRefused() {
        Run snapshot = run("snapshot", "--workspace", ws, "--view", "data", "--tab", "uplift", "--out",
                dir.resolve("none.png").toString());

        assertThat(snapshot.code()).isNotZero();
        assertThat(snapshot.err()).contains("--tab chooses a tab of the Experiments view");
    }

    record Run(int code, String out, String err) {
    }

    /** The command line in a JVM of its own, with this test's class path. */
    static Run launch(Path scratch, String... args) throws Exception {
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Dai.djl.offline=true",
                "-cp", System.getProperty("java.class.path"), "io.campaignlab.app.CampaignLab"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("campaign-lab " + String.join(" ", args) + " did not end in 240 s: "
                    + Files.readString(err));
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = RootCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
