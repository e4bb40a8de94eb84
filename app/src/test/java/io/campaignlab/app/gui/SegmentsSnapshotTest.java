package io.campaignlab.app.gui;

import io.campaignlab.app.testing.SimulatedWorkspaces;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentationRecord;
import io.campaignlab.app.testing.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code campaign-lab snapshot --view segments} on a small simulated workspace: with no segmentation yet it computes
 * an RFM one first, and draws the section with its table and charts; {@code --segmentation} shows a chosen one (a
 * k-means run here, with its k sweep). The snapshots run in a JVM of their own, as the command does.
 */
class SegmentsSnapshotTest {

    @TempDir
    static Path dir;
    static String ws;

    @BeforeAll
    static void simulate() {
        ws = dir.resolve("ws").toString();
        SimulatedWorkspaces.copy(Path.of(ws), "--users", "1500", "--days", "21", "--json");
    }

    @Test
    void theSegmentsSnapshotComputesRfmWhenThereIsNoneAndDrawsTheProfile() throws Exception {
        Path out = dir.resolve("segments.png");

        CommandRun snapshot = CommandRun.inOwnJvm(dir, "snapshot", "--workspace", ws, "--view", "segments",
                "--size", "1280x800", "--out", out.toString(), "--json");

        assertThat(snapshot.code()).as(snapshot.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(snapshot.out());
        assertThat(json.get("view").asText()).isEqualTo("Segments");
        assertThat(json.get("computed").asText()).isEqualTo("RFM segmentation of events");
        assertThat(snapshot.err()).contains("computing RFM segments of events first");
        ExplainMonitorSnapshotTest.assertNonTrivial(out, 1280, 800);
        long kMeans;
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            List<SegmentationRecord> stored = services.segments().list();
            assertThat(stored).hasSize(1);
            assertThat(stored.get(0).kind()).isEqualTo(SegmentKind.RFM);
            assertThat(json.get("segmentation").asLong()).isEqualTo(stored.get(0).id());
        }
        CommandRun k = CommandRun.inProcess("segment", "kmeans", "--dataset", "events",
                "--k-range", "2..4", "--restarts", "2", "--workspace", ws, "--json");
        assertThat(k.code()).as(k.err()).isZero();
        kMeans = new ObjectMapper().readTree(k.out()).get("segmentation_id").asLong();

        Path chosen = dir.resolve("segments-kmeans.png");
        CommandRun again = CommandRun.inOwnJvm(dir, "snapshot", "--workspace", ws, "--view", "segments",
                "--segmentation", Long.toString(kMeans), "--size", "1280x800", "--out", chosen.toString(), "--json");
        assertThat(again.code()).as(again.err()).isZero();
        JsonNode shown = new ObjectMapper().readTree(again.out());
        assertThat(shown.get("segmentation").asLong()).isEqualTo(kMeans);
        assertThat(shown.has("computed")).isFalse();
        ExplainMonitorSnapshotTest.assertNonTrivial(chosen, 1280, 800);
    }

    @Test
    void aSegmentationThatDoesNotExistIsNamed() {
        CommandRun snapshot = CommandRun.inProcess("snapshot", "--workspace", ws,
                "--view", "segments", "--segmentation", "99", "--out", dir.resolve("none.png").toString());
        assertThat(snapshot.code()).isNotZero();
        assertThat(snapshot.err()).contains("no segmentation 99");
    }

}
