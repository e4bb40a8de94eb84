package io.campaignlab.app.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.RecommendTrainingJob;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.app.testing.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code campaign-lab snapshot --view recommend --user ID} on a small simulated workspace: with no recommendation run,
 * the command trains a quick item-kNN run first (keeping its report with the recall@K curve) and draws the User tab
 * on that user (one launch keeps the test short; the Runs tab is drawn by the views module's RecommendViewTest). The snapshots run in a JVM of their own, as {@code campaign-lab
 * snapshot} does, so that their JavaFX toolkit is not the one of the TestFX tests in this JVM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecommendSnapshotTest {

    @TempDir
    static Path dir;

    static String ws;

    @BeforeAll
    static void simulate() {
        ws = dir.resolve("ws").toString();
        CommandRun sim = CommandRun.inProcess("simulate", "--workspace", ws, "--users", "800", "--days", "10",
                "--json");
        assertThat(sim.code()).as(sim.err()).isZero();
    }

    @Test
    @Order(1)
    void withoutARecommendationRunTheSnapshotTrainsItemKnnAndShowsAUser() throws Exception {
        String user;
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            user = io.campaignlab.views.recommend.RecommendJobs.ENGINE.users(services, "events",
                    io.campaignlab.engine.jobs.ProgressListener.none(),
                            new io.campaignlab.engine.jobs.CancellationToken())
                    .get(0);
        }
        Path out = dir.resolve("recommend-user.png");

        CommandRun snapshot = CommandRun.inOwnJvm(dir, "snapshot", "--workspace", ws, "--view", "recommend", "--user",
                user, "--size",
                "1280x800", "--out", out.toString(), "--json");

        assertThat(snapshot.code()).as(snapshot.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(snapshot.out());
        assertThat(json.get("view").asText()).isEqualTo("Recommend");
        long runId = json.get("runs").get(0).asLong();
        assertThat(json.get("computed").asText()).isEqualTo("item-kNN run " + runId + " on events");
        assertThat(snapshot.err()).contains("training item-kNN on events first");
        ExplainMonitorSnapshotTest.assertNonTrivial(out, 1280, 800);
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            RunRecord run = services.runs().require(runId);
            assertThat(run.spec().modelKind()).isEqualTo("rec-itemknn");
            RecommendOutcome outcome = ReportJson.read(services.runs().report(runId,
                    RecommendTrainingJob.REPORT_KIND, "").orElseThrow().json(), RecommendOutcome.class);
            assertThat(outcome.evaluation().curve().maxK()).isEqualTo(50);
            assertThat(outcome.evaluation().curve().recallAt(20)).isEqualTo(outcome.evaluation().recall());
        }
    }

    @Test
    @Order(2)
    void aUserOutsideTheRecommendViewIsRefused() {
        CommandRun snapshot = CommandRun.inProcess("snapshot", "--workspace", ws, "--view", "data", "--user", "1",
                "--out",
                dir.resolve("none.png").toString());

        assertThat(snapshot.code()).isNotZero();
        assertThat(snapshot.err()).contains("--user opens a user in the Recommend view");
    }

    @Test
    @Order(3)
    void aRunThatDoesNotExistIsNamed() {
        CommandRun snapshot = CommandRun.inProcess("snapshot", "--workspace", ws, "--view", "recommend", "--run", "99",
                "--out",
                dir.resolve("none.png").toString());

        assertThat(snapshot.code()).isNotZero();
        assertThat(snapshot.err()).contains("no run 99");
    }

}
