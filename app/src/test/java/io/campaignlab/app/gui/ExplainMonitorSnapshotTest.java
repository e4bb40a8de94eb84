package io.campaignlab.app.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.explain.ExplainReport;
import io.campaignlab.engine.monitor.DriftAnalysis;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.app.testing.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code campaign-lab snapshot --view explain} and {@code --view monitor} on a small simulated workspace with planted
 * drift and one trained run: the command computes the missing explanation and drift check first (headless, off the
 * JavaFX thread), keeps them with the run, and draws the views to PNGs with real charts in them. The snapshots run in
 * their own JVM, as {@code campaign-lab snapshot} does, so that the JavaFX toolkit they start is not the one the
 * TestFX tests in this JVM start.
 */
class ExplainMonitorSnapshotTest {

    @TempDir
    static Path dir;

    static String ws;

    @BeforeAll
    static void simulateAndTrain() {
        ws = dir.resolve("ws").toString();
        CommandRun sim = CommandRun.inProcess("simulate", "--workspace", ws, "--users", "1500", "--days", "14",
                "--drift-after", "9",
                "--json");
        assertThat(sim.code()).as(sim.err()).isZero();
        CommandRun train = CommandRun.inProcess("train", "--tune", "off", "--workspace", ws, "--dataset", "impressions", "--model",
                "lr", "--split", "time",
                "--epochs", "2", "--json");
        assertThat(train.code()).as(train.err()).isZero();
    }

    @Test
    void theExplainSnapshotComputesTheMissingExplanationAndDrawsImportanceAndAWaterfall() throws Exception {
        Path out = dir.resolve("explain.png");

        CommandRun snapshot = CommandRun.inOwnJvm(dir, "snapshot", "--workspace", ws, "--view", "explain", "--size",
                "1280x800", "--out",
                out.toString(), "--json");

        assertThat(snapshot.code()).as(snapshot.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(snapshot.out());
        assertThat(json.get("view").asText()).isEqualTo("Explain");
        assertThat(json.get("runs").get(0).asLong()).isEqualTo(1);
        assertThat(json.get("computed").asText()).isEqualTo("explanation of run 1");
        assertThat(snapshot.err()).contains("Run 1 has no stored explanation; computing it first");
        assertNonTrivial(out, 1280, 800);
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            assertThat(services.runs().report(1, ExplainReport.KIND, "")).isPresent();
        }

        CommandRun again = CommandRun.inOwnJvm(dir, "snapshot", "--workspace", ws, "--view", "explain", "--run", "1",
                "--size", "1280x800",
                "--out", dir.resolve("explain-again.png").toString(), "--json");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(new ObjectMapper().readTree(again.out()).has("computed")).as("the stored one is shown").isFalse();
    }

    @Test
    void theMonitorSnapshotChecksTheLastSevenDaysAndDrawsTheDriftTableAndADistribution() throws Exception {
        Path out = dir.resolve("monitor.png");

        CommandRun snapshot = CommandRun.inOwnJvm(dir, "snapshot", "--workspace", ws, "--view", "monitor", "--run",
                "1", "--size", "1280x800",
                "--out", out.toString(), "--json");

        assertThat(snapshot.code()).as(snapshot.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(snapshot.out());
        assertThat(json.get("view").asText()).isEqualTo("Monitor");
        assertThat(json.get("computed").asText()).startsWith("drift check of run 1 against impressions ");
        assertNonTrivial(out, 1280, 800);
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            List<RunReport> checks = services.runs().reports(1, DriftAnalysis.KIND);
            assertThat(checks).hasSize(1);
            assertThat(checks.get(0).key()).matches("impressions \\d{4}-\\d{2}-\\d{2}\\.\\.\\d{4}-\\d{2}-\\d{2}");
        }
    }

    @Test
    void aRunThatDoesNotExistIsNamed() {
        CommandRun snapshot = CommandRun.inProcess("snapshot", "--workspace", ws, "--view", "monitor", "--run", "9",
                "--out",
                dir.resolve("none.png").toString());

        assertThat(snapshot.code()).isNotZero();
        assertThat(snapshot.err()).contains("no run 9");
    }

    /** A PNG of the asked size, with many colours in it, and no large blank area where the charts are. */
    static void assertNonTrivial(Path png, int width, int height) throws Exception {
        Path copies = Files.createDirectories(Path.of("target", "snapshots"));
        Files.copy(png, copies.resolve(png.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(png)).isGreaterThan(40_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < height; y += 2) {
            for (int x = 0; x < width; x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours").isGreaterThan(200);
        // the centre of the left and right halves of the section (charts and tables) are not one flat colour
        for (int[] area : List.of(new int[]{250, 250, 600, 650}, new int[]{800, 250, 1250, 650})) {
            Set<Integer> inside = new HashSet<>();
            for (int y = area[1]; y < area[3]; y += 3) {
                for (int x = area[0]; x < area[2]; x += 3) {
                    inside.add(image.getRGB(x, y));
                }
            }
            assertThat(inside.size()).as("colours in " + java.util.Arrays.toString(area)).isGreaterThan(20);
        }
    }

}
