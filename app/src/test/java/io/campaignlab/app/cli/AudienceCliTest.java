package io.campaignlab.app.cli;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code audience export} on a small simulated workspace: each kind of audience agrees with a list made here from
 * the stored rows (segment members; users whose mean score is at least the threshold; the top k by uplift).
 */
class AudienceCliTest {

    @TempDir
    static Path dir;
    static String ws;

    @BeforeAll
    static void workspace() {
        ws = dir.resolve("ws").toString();
        ok(CliRun.of("simulate", "--workspace", ws, "--users", "1200", "--days", "14", "--json"));
        ok(CliRun.of("segment", "rfm", "--dataset", "events", "--workspace", ws, "--json"));
        ok(CliRun.of("train", "--dataset", "impressions", "--model", "lr", "--epochs", "1", "--workspace", ws,
                "--json"));
        ok(CliRun.of("score", "1", "--dataset", "impressions", "--workspace", ws, "--json"));
        ok(CliRun.of("uplift", "campaign_exposures", "--control", "control", "--treatment", "group=coupon_20",
                "--outcome", "converted", "--workspace", ws, "--json"));
    }

    @Test
    void aSegmentIsExportedWithItsMembers() throws Exception {
        Path out = dir.resolve("segment.csv");
        CliRun run = ok(CliRun.of("audience", "export", "--segment", "3", "--out", out.toString(), "--workspace", ws,
                "--json"));
        List<String> members;
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            members = services.segments().members(3);
        }
        assertThat(members).isNotEmpty();
        assertThat(ids(out)).containsExactlyElementsOf(members);
        assertThat(run.json().get("users").asLong()).isEqualTo(members.size());
    }

    @Test
    void scoredUsersAboveTheThresholdAndTheTopByUplift() throws Exception {
        Map<String, double[]> scores = new HashMap<>();
        List<Map.Entry<String, Double>> uplift = new ArrayList<>();
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            Frame s = services.frames().read("scores_run1_impressions", List.of("user_id", "score"),
                    ProgressListener.none(), new CancellationToken());
            for (int i = 0; i < s.rows(); i++) {
                double[] sum = scores.computeIfAbsent(Long.toString((long) s.numbers("user_id")[i]),
                        u -> new double[2]);
                sum[0] += s.numbers("score")[i];
                sum[1]++;
            }
            Frame u = services.frames().read("uplift_run2_campaign_exposures", List.of("user_id", "uplift"),
                    ProgressListener.none(), new CancellationToken());
            for (int i = 0; i < u.rows(); i++) {
                uplift.add(Map.entry(Long.toString((long) u.numbers("user_id")[i]), u.numbers("uplift")[i]));
            }
        }
        List<Double> means = scores.values().stream().map(v -> v[0] / v[1]).sorted().toList();
        double threshold = means.get(means.size() * 9 / 10);
        List<String> above = scores.entrySet().stream().filter(e -> e.getValue()[0] / e.getValue()[1] >= threshold)
                .map(Map.Entry::getKey).toList();
        Path scoreFile = dir.resolve("score.csv");
        ok(CliRun.of("audience", "export", "--score-run", "1", "--min", Double.toString(threshold), "--out",
                scoreFile.toString(), "--workspace", ws));
        assertThat(ids(scoreFile)).containsExactlyInAnyOrderElementsOf(above);

        uplift.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Path top = dir.resolve("top.csv");
        ok(CliRun.of("audience", "export", "--uplift-run", "2", "--top", "25", "--out", top.toString(),
                "--workspace", ws));
        assertThat(ids(top)).containsExactlyElementsOf(uplift.subList(0, 25).stream().map(Map.Entry::getKey)
                .toList());
    }

    @Test
    void aMissingPartIsNamed() {
        CliRun noMin = CliRun.of("audience", "export", "--score-run", "1", "--out", dir.resolve("x.csv").toString(),
                "--workspace", ws);
        assertThat(noMin.exitCode()).isNotZero();
        assertThat(noMin.err()).contains("--score-run needs --min");
        CliRun wrongRun = CliRun.of("audience", "export", "--uplift-run", "1", "--top", "5", "--out",
                dir.resolve("x.csv").toString(), "--workspace", ws);
        assertThat(wrongRun.err()).contains("run 1 has no per-user output (no dataset uplift_run1_");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    private static List<String> ids(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("user_id");
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).toList();
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

}
