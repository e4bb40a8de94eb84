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
 * What a marketer reaches for, on one small simulated workspace: {@code audience export} (each kind of audience
 * agrees with a list made here from the stored rows: segment members, users whose mean score is at least the
 * threshold, the top k by uplift) and {@code recommend for} with items by name and the popularity fallback for an
 * unknown user (against counts made here from the events).
 */
class MarketerCliTest {

    @TempDir
    static Path dir;
    static String ws;

    @BeforeAll
    static void workspace() {
        ws = dir.resolve("ws").toString();
        ok(CliRun.of("simulate", "--workspace", ws, "--users", "800", "--days", "14", "--json"));
        ok(CliRun.of("segment", "rfm", "--dataset", "events", "--workspace", ws, "--json"));
        writeScores();
        ok(CliRun.of("recommend", "train", "--dataset", "events", "--model", "itemknn", "--workspace", ws,
                "--tune", "off", "--json"));
        ok(CliRun.of("uplift", "campaign_exposures", "--control", "control", "--treatment", "group=coupon_20",
                "--outcome", "converted", "--workspace", ws, "--json"));
    }

    /**
     * A scores table as {@code campaign-lab score} writes it (row id, the scored rows' user ids, the score), here
     * with one to three rows per user and scores drawn from a seeded stream, so that no model need be trained.
     */
    private static void writeScores() {
        java.util.Random random = new java.util.Random(7);
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws));
             var writer = services.sink().begin(new io.campaignlab.engine.importing.DatasetDraft(
                    "scores_run9_impressions", io.campaignlab.engine.datasets.DatasetKind.TABLE, "test", "sha-scores",
                    List.of(io.campaignlab.engine.datasets.ColumnMeta.of("row_id",
                                    io.campaignlab.engine.datasets.ColumnType.INTEGER,
                                    io.campaignlab.engine.datasets.ColumnRole.FEATURE),
                            io.campaignlab.engine.datasets.ColumnMeta.of("user_id",
                                    io.campaignlab.engine.datasets.ColumnType.INTEGER,
                                    io.campaignlab.engine.datasets.ColumnRole.USER_ID),
                            io.campaignlab.engine.datasets.ColumnMeta.of("score",
                                    io.campaignlab.engine.datasets.ColumnType.DECIMAL,
                                    io.campaignlab.engine.datasets.ColumnRole.FEATURE))))) {
            long row = 1;
            for (long user = 1; user <= 800; user++) {
                for (int r = random.nextInt(3); r >= 0; r--) {
                    writer.append(new Object[]{row++, user, random.nextDouble() * 0.2});
                }
            }
            writer.commit(0);
        }
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
            Frame s = services.frames().read("scores_run9_impressions", List.of("user_id", "score"),
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
        ok(CliRun.of("audience", "export", "--score-run", "9", "--min", Double.toString(threshold), "--out",
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
        CliRun noMin = CliRun.of("audience", "export", "--score-run", "9", "--out", dir.resolve("x.csv").toString(),
                "--workspace", ws);
        assertThat(noMin.exitCode()).isNotZero();
        assertThat(noMin.err()).contains("--score-run needs --min");
        CliRun wrongRun = CliRun.of("audience", "export", "--uplift-run", "1", "--top", "5", "--out",
                dir.resolve("x.csv").toString(), "--workspace", ws);
        assertThat(wrongRun.err()).contains("run 1 has no per-user output (no dataset uplift_run1_");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void anUnknownUserGetsThePopularItemsByName() throws Exception {
        Map<String, java.util.Set<String>> usersOf = new HashMap<>();
        Map<String, String> category = new HashMap<>();
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            Frame e = services.frames().read("events", List.of("user_id", "item_id"), ProgressListener.none(),
                    new CancellationToken());
            for (int i = 0; i < e.rows(); i++) {
                usersOf.computeIfAbsent(Long.toString((long) e.numbers("item_id")[i]), k -> new java.util.HashSet<>())
                        .add(Long.toString((long) e.numbers("user_id")[i]));
            }
            Frame items = services.frames().read("items", List.of("item_id", "category"), ProgressListener.none(),
                    new CancellationToken());
            for (int i = 0; i < items.rows(); i++) {
                category.put(Long.toString((long) items.numbers("item_id")[i]), items.texts("category")[i]);
            }
        }
        List<String> popular = usersOf.keySet().stream().sorted(java.util.Comparator.<String>comparingInt(
                i -> -usersOf.get(i).size()).thenComparing(java.util.Comparator.naturalOrder())).toList();
        CliRun run = ok(CliRun.of("recommend", "for", "no-such-user", "--run", "1", "--k", "5", "--workspace", ws,
                "--json"));
        var json = run.json();
        assertThat(json.get("fallback").asText()).isEqualTo("popularity");
        List<String> got = new ArrayList<>();
        json.get("recommendations").forEach(r -> got.add(r.get("item").asText()));
        assertThat(got).containsExactlyElementsOf(popular.subList(0, 5));
        for (String item : got) {
            assertThat(json.get("items").get(item).get("category").asText()).isEqualTo(category.get(item));
        }
        CliRun text = ok(CliRun.of("recommend", "for", "no-such-user", "--run", "1", "--k", "3", "--category",
                "audio", "--workspace", ws));
        assertThat(text.out()).contains("fallback: popularity in category audio").contains(" · audio (item ");
    }

    @Test
    void anAbTestIsReadNetOfItsCost() {
        double[] sum = new double[4];
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            Frame f = services.frames().read("campaign_exposures", List.of("group", "spend", "converted"),
                    ProgressListener.none(), new CancellationToken());
            for (int i = 0; i < f.rows(); i++) {
                String arm = f.texts("group")[i];
                double spend = f.numbers("spend")[i];
                if (arm.equals("control")) {
                    sum[0] += spend;
                    sum[1]++;
                } else if (arm.equals("coupon_20")) {
                    sum[2] += spend - 0.25 - 2 * f.numbers("converted")[i];
                    sum[3]++;
                }
            }
        }
        CliRun run = ok(CliRun.of("ab", "campaign_exposures", "--group", "group", "--control", "control", "--metrics",
                "converted,spend", "--cost-per-unit", "0.25", "--cost-per-conversion", "2", "--workspace", ws,
                "--json"));
        var net = run.json().get("net_value");
        assertThat(net).hasSize(2);
        assertThat(net.get(1).get("arm").asText()).isEqualTo("coupon_20");
        assertThat(net.get(1).get("net_diff").asDouble()).isCloseTo(sum[2] / sum[3] - sum[0] / sum[1],
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(run.json().get("plain").toString()).contains("Net of its cost (0.25 per treated unit + 2.00 per"
                + " conversion");
        CliRun text = ok(CliRun.of("ab", "campaign_exposures", "--group", "group", "--control", "control",
                "--metrics", "converted", "--workspace", ws));
        assertThat(text.out()).contains("In plain words:").doesNotContainPattern("\\de-\\d");
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
