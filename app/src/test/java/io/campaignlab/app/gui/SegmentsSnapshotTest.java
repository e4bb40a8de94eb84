package io.campaignlab.app.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentationRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        ExplainMonitorSnapshotTest.Run sim = ExplainMonitorSnapshotTest.run("simulate", "--workspace", ws, "--users",
                "1500", "--days", "21", "--json");
        assertThat(sim.code()).as(sim.err()).isZero();
    }

    @Test
    void theSegmentsSnapshotComputesRfmWhenThereIsNoneAndDrawsTheProfile() throws Exception {
        Path out = dir.resolve("segments.png");

        ExplainMonitorSnapshotTest.Run snapshot = launch("snapshot", "--workspace", ws, "--view", "segments",
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
        ExplainMonitorSnapshotTest.Run k = ExplainMonitorSnapshotTest.run("segment", "kmeans", "--dataset", "events",
                "--k-range", "2..4", "--restarts", "2", "--workspace", ws, "--json");
        assertThat(k.code()).as(k.err()).isZero();
        kMeans = new ObjectMapper().readTree(k.out()).get("segmentation_id").asLong();

        Path chosen = dir.resolve("segments-kmeans.png");
        ExplainMonitorSnapshotTest.Run again = launch("snapshot", "--workspace", ws, "--view", "segments",
                "--segmentation", Long.toString(kMeans), "--size", "1280x800", "--out", chosen.toString(), "--json");
        assertThat(again.code()).as(again.err()).isZero();
        JsonNode shown = new ObjectMapper().readTree(again.out());
        assertThat(shown.get("segmentation").asLong()).isEqualTo(kMeans);
        assertThat(shown.has("computed")).isFalse();
        ExplainMonitorSnapshotTest.assertNonTrivial(chosen, 1280, 800);
    }

    @Test
    void aSegmentationThatDoesNotExistIsNamed() {
        ExplainMonitorSnapshotTest.Run snapshot = ExplainMonitorSnapshotTest.run("snapshot", "--workspace", ws,
                "--view", "segments", "--segmentation", "99", "--out", dir.resolve("none.png").toString());
        assertThat(snapshot.code()).isNotZero();
        assertThat(snapshot.err()).contains("no segmentation 99");
    }

    /** The command line in a JVM of its own, with this test's class path. */
    static ExplainMonitorSnapshotTest.Run launch(String... args) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Dai.djl.offline=true",
                "-cp", System.getProperty("java.class.path"), "io.campaignlab.app.CampaignLab"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(240, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("campaign-lab " + String.join(" ", args) + " did not end in 240 s: "
                    + Files.readString(err));
        }
        return new ExplainMonitorSnapshotTest.Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
