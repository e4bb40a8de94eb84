package io.campaignlab.app.gui;

import io.campaignlab.app.testing.SimulatedWorkspaces;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.views.experiments.UpliftJobs;
import io.campaignlab.app.testing.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code campaign-lab snapshot --view experiments --tab uplift} on a small simulated workspace that keeps no uplift
 * run: the command fits a first T-learner (LR) for the guessed arms and outcome, then draws the Qini curve, the uplift
 * curve and the deciles. The snapshot runs in a JVM of its own.
 */
class UpliftSnapshotTest {

    @TempDir
    static Path dir;

    static String ws;

    @BeforeAll
    static void simulate() {
        ws = dir.resolve("ws").toString();
        SimulatedWorkspaces.copy(Path.of(ws), "--users", "1500", "--days", "14", "--json");
    }

    @Test
    void theUpliftTabFitsAFirstModelWhenNoneIsKeptAndDrawsItsQiniCurve() throws Exception {
        Path out = dir.resolve("experiments-uplift.png");

        CommandRun snapshot = CommandRun.inOwnJvm(dir, "snapshot", "--workspace", ws,
                "--view", "experiments", "--tab", "uplift", "--size", "1280x800", "--out", out.toString(), "--json");

        assertThat(snapshot.code()).as(snapshot.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(snapshot.out());
        assertThat(json.get("tab").asText()).isEqualTo("uplift");
        assertThat(json.get("computed").asText()).startsWith("uplift run ");
        assertThat(snapshot.err()).contains("No uplift run yet; fitting a T-learner (LR) for coupon_20 vs control on"
                + " converted first");
        ExplainMonitorSnapshotTest.assertNonTrivial(out, 1280, 800);
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            assertThat(UpliftJobs.newestStored(services)).as("the fit is kept with its run").isPresent();
        }
    }
}
