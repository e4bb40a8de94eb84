package io.campaignlab.app.gui;

import io.campaignlab.app.testing.SimulatedWorkspaces;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.app.testing.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

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
        SimulatedWorkspaces.copy(Path.of(ws), "--users", "1500", "--days", "14", "--json");
    }

    @Test
    void theExperimentsSnapshotReadsOutTheSimulatedExperimentAndDrawsIt() throws Exception {
        Path out = dir.resolve("experiments.png");

        CommandRun snapshot = CommandRun.inOwnJvm(dir, "snapshot", "--workspace", ws, "--view", "experiments",
                "--size", "1280x800", "--out",
                out.toString(), "--json");

        assertThat(snapshot.code()).as(snapshot.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(snapshot.out());
        assertThat(json.get("view").asText()).isEqualTo("Experiments");
        assertThat(json.get("dataset").asText()).isEqualTo("campaign_exposures");
        ExplainMonitorSnapshotTest.assertNonTrivial(out, 1280, 800);
    }

    @Test
    void aWorkspaceWithoutAnExperimentIsToldWhatToDo() {
        CommandRun snapshot = CommandRun.inProcess("snapshot", "--workspace", dir.resolve("empty").toString(),
                "--view", "experiments",
                "--out", dir.resolve("none.png").toString());

        assertThat(snapshot.code()).isNotZero();
        assertThat(snapshot.err()).contains("the workspace has no experiment dataset to read out");
    }

    @Test
    void aTabOutsideTheExperimentsViewIsRefused() {
        CommandRun snapshot = CommandRun.inProcess("snapshot", "--workspace", ws, "--view", "data", "--tab", "uplift",
                "--out",
                dir.resolve("none.png").toString());

        assertThat(snapshot.code()).isNotZero();
        assertThat(snapshot.err()).contains("--tab chooses a tab of the").contains("add --view");
    }

}
