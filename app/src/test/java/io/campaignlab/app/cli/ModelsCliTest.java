package io.campaignlab.app.cli;

import io.campaignlab.app.testing.SimulatedWorkspaces;
import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** train, runs, evaluate, score and reproduce on a small simulated workspace, through the command line. */
class ModelsCliTest {

    @TempDir
    static Path dir;

    static String ws;

    static JsonNode trained;

    @BeforeAll
    static void simulateAndTrain() {
        ws = dir.resolve("ws").toString();
        SimulatedWorkspaces.copy(Path.of(ws), "--users", "3000", "--days", "14", "--json");
        CliRun train = CliRun.of("train", "--tune", "off", "--workspace", ws, "--dataset", "impressions", "--label", "clicked",
                "--model", "fm", "--epochs", "2", "--seed", "7", "--json");
        assertThat(train.exitCode()).as(train.err()).isZero();
        trained = train.json();
    }

    @Test
    void trainPrintsTheAgreedJson() {
        assertThat(trained.get("run").asLong()).isEqualTo(1);
        assertThat(trained.get("status").asText()).isEqualTo("completed");
        assertThat(trained.get("device").asText()).isEqualTo("cpu()");
        JsonNode metrics = trained.get("metrics");
        assertThat(metrics.get("val").get("auc").asDouble()).isBetween(0.55, 1.0);
        assertThat(metrics.get("val").get("logloss").asDouble()).isPositive();
        assertThat(metrics.get("test").get("auc").asDouble()).isBetween(0.55, 1.0);
        assertThat(metrics.get("test").get("logloss").asDouble()).isPositive();
        assertThat(metrics.get("test").get("ece").asDouble()).isBetween(0.0, 0.2);
        assertThat(trained.get("epochs")).hasSizeBetween(1, 2);
        assertThat(trained.get("seconds").asDouble()).isPositive();
    }

    @Test
    void runsAndEvaluateReadTheStoredRun() {
        JsonNode runs = CliRun.of("runs", "--workspace", ws, "--json").json().get("runs");
        JsonNode first = null;
        for (JsonNode run : runs) {
            if (run.get("run").asLong() == 1) {
                first = run;
            }
        }
        assertThat(first).isNotNull();
        assertThat(first.get("model").asText()).isEqualTo("fm");
        assertThat(first.get("dataset_sha256").asText()).hasSize(64);
        assertThat(first.get("metrics").get("test").get("auc").asDouble())
                .isEqualTo(trained.get("metrics").get("test").get("auc").asDouble());

        JsonNode eval = CliRun.of("evaluate", "1", "--workspace", ws, "--json").json().get("test");
        assertThat(eval.get("calibration")).hasSize(10);
        assertThat(eval.get("lift")).hasSize(10);
        double rows = 0;
        for (JsonNode decile : eval.get("lift")) {
            rows += decile.get("count").asDouble();
        }
        assertThat(rows).isEqualTo(eval.get("rows").asDouble());
        assertThat(eval.get("lift").get(9).get("cumulative_gain").asDouble()).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        JsonNode ci = eval.get("auc_ci");
        assertThat(ci.get("method").asText()).isEqualTo("delong");
        assertThat(ci.get("low").asDouble()).isLessThan(eval.get("auc").asDouble());
        assertThat(ci.get("high").asDouble()).isGreaterThan(eval.get("auc").asDouble());
        assertThat(first.get("metrics").get("test").get("auc_low").asDouble()).isEqualTo(ci.get("low").asDouble());
    }

    @Test
    void evaluateAgainstAnotherRunSaysWhetherTheDifferenceIsNoise() {
        // a run against itself: the same scores on the same rows, so no difference at all
        JsonNode same = CliRun.of("evaluate", "1", "--against", "1", "--workspace", ws, "--json").json()
                .get("comparison");
        assertThat(same.get("difference").asDouble()).isZero();
        assertThat(same.get("p_value").asDouble()).isEqualTo(1.0);
        assertThat(same.get("shared_rows").asLong()).isEqualTo(trained.get("metrics").get("test").get("rows").asLong());
        assertThat(same.get("significant").asBoolean()).isFalse();
        CliRun text = CliRun.of("evaluate", "1", "--against", "1", "--workspace", ws);
        assertThat(text.out()).contains("could well be noise");
        CliRun missing = CliRun.of("evaluate", "1", "--against", "99", "--workspace", ws);
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("99");
    }

    @Test
    void scoreWritesOneScorePerRowAndNamesMissingColumns() {
        CliRun score = CliRun.of("score", "1", "--dataset", "impressions", "--workspace", ws, "--json");
        assertThat(score.exitCode()).as(score.err()).isZero();
        JsonNode json = score.json();
        assertThat(json.get("scores_dataset").asText()).isEqualTo("scores_run1_impressions");
        JsonNode datasets = CliRun.of("datasets", "--workspace", ws, "--json").json().get("datasets");
        long impressions = 0;
        for (JsonNode d : datasets) {
            if (d.get("name").asText().equals("impressions")) {
                impressions = d.get("rows").asLong();
            }
        }
        assertThat(json.get("rows").asLong()).isEqualTo(impressions);

        // scoring again replaces the scores: one dataset of that name, as many rows
        assertThat(CliRun.of("score", "1", "--dataset", "impressions", "--workspace", ws).exitCode()).isZero();
        long named = 0;
        for (JsonNode d : CliRun.of("datasets", "--workspace", ws, "--json").json().get("datasets")) {
            if (d.get("name").asText().startsWith("scores_run1_impressions")) {
                named++;
                assertThat(d.get("name").asText()).isEqualTo("scores_run1_impressions");
                assertThat(d.get("rows").asLong()).isEqualTo(impressions);
            }
        }
        assertThat(named).isEqualTo(1);

        CliRun wrong = CliRun.of("score", "1", "--dataset", "users", "--workspace", ws);
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).contains("users lacks columns").contains("placement").contains("position")
                .doesNotContain("\tat ");
    }

    @Test
    void scoresCarryTheScoredRowsKeyColumnsSoTheyCanBeJoined() {
        assertThat(CliRun.of("score", "1", "--dataset", "impressions", "--workspace", ws).exitCode()).isZero();
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            List<ColumnMeta> columns = services.datasets().require("scores_run1_impressions").columns();
            assertThat(columns).extracting(ColumnMeta::name).containsExactly("row_id", "user_id", "item_id",
                    "score");
            assertThat(columns).extracting(ColumnMeta::role).containsSubsequence(ColumnRole.USER_ID,
                    ColumnRole.ITEM_ID);
            Frame source = services.frames().read("impressions", List.of("user_id", "item_id"),
                    ProgressListener.none(), new CancellationToken());
            Map<Long, Integer> sourceRow = new HashMap<>();
            for (int r = 0; r < source.rows(); r++) {
                sourceRow.put(source.rowIds()[r], r);
            }
            Frame scores = services.frames().read("scores_run1_impressions", List.of("row_id", "user_id",
                    "item_id"), ProgressListener.none(), new CancellationToken());
            assertThat(scores.rows()).isEqualTo(source.rows());
            double[] rowIds = scores.numbers("row_id");
            for (int i = 0; i < scores.rows(); i++) {
                Integer r = sourceRow.get((long) rowIds[i]);
                assertThat(r).as("scored row %s is a row of the source", (long) rowIds[i]).isNotNull();
                assertThat(scores.numbers("user_id")[i]).as("user of row %s", (long) rowIds[i])
                        .isEqualTo(source.numbers("user_id")[r]);
                assertThat(scores.numbers("item_id")[i]).as("item of row %s", (long) rowIds[i])
                        .isEqualTo(source.numbers("item_id")[r]);
            }
        }
    }

    @Test
    void aBadLabelFailsTheRunInOneSentenceAndRecordsWhy() {
        CliRun run = CliRun.of("train", "--workspace", ws, "--dataset", "users", "--label", "device", "--model", "lr");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("label column device of users must hold 1/0, but row 1 holds");
        JsonNode failed = CliRun.of("runs", "--workspace", ws, "--json").json().get("runs").get(0);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("status_reason").asText()).contains("must hold 1/0");
    }

    @Test
    void tooFewPositivesForTheSplitIsExplained() throws Exception {
        StringBuilder csv = new StringBuilder("user_id,device,clicked\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i).append(',').append(i % 2 == 0 ? "m" : "d").append(',').append(i == 3 || i == 17 ? 1 : 0)
                    .append('\n');
        }
        Path file = java.nio.file.Files.writeString(dir.resolve("tiny.csv"), csv);
        String tiny = dir.resolve("tiny-ws").toString();
        assertThat(CliRun.of("import", file.toString(), "--workspace", tiny, "--name", "tiny").exitCode()).isZero();

        CliRun run = CliRun.of("train", "--workspace", tiny, "--dataset", "tiny", "--label", "clicked", "--model", "lr");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("split of tiny has").contains("2 positive clicked of 30 rows");
    }

    @Test
    void reproduceRetrainsAndTheMetricsMatch() throws Exception {
        CliRun run = CliRun.of("reproduce", "1", "--workspace", ws, "--json");
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("match").asBoolean()).isTrue();
        assertThat(json.get("same_data").asBoolean()).isTrue();
        assertThat(json.get("metrics").get("test_auc").get("difference").asDouble()).isLessThanOrEqualTo(1e-6);
        assertThat(Files.list(dir.resolve("ws/models")).filter(p -> p.toString().endsWith(".model.zip")))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aSearchIsRecordedShownAndReplayedAndAGivenFlagLeavesIt() {
        CliRun train = CliRun.of("train", "--workspace", ws, "--dataset", "impressions", "--label", "clicked",
                "--model", "lr", "--epochs", "2", "--seed", "7", "--budget", "3", "--lr", "0.01", "--json");
        assertThat(train.exitCode()).as(train.err()).isZero();
        JsonNode search = train.json().get("search");
        assertThat(search.get("metric").asText()).isEqualTo("val_auc");
        assertThat(search.get("trials")).hasSize(3);
        List<String> searched = new java.util.ArrayList<>();
        search.get("space").get("dimensions").forEach(d -> searched.add(d.get("name").asText()));
        assertThat(searched).contains("embeddingL2").doesNotContain("learningRate", "embeddingDim");
        int chosen = search.get("chosen").asInt();
        double best = search.get("trials").get(chosen).get("score").asDouble();
        search.get("trials").forEach(t -> assertThat(t.get("score").asDouble()).isLessThanOrEqualTo(best));
        assertThat(train.json().get("metrics").get("val").get("auc").asDouble()).isEqualTo(best);
        long runId = train.json().get("run").asLong();

        JsonNode shown = CliRun.of("runs", "show", String.valueOf(runId), "--workspace", ws, "--json").json();
        assertThat(shown.get("search")).isEqualTo(search);
        assertThat(shown.get("params").get("tuning").get("fixed").get(0).asText()).isEqualTo("learningRate");

        CliRun again = CliRun.of("reproduce", String.valueOf(runId), "--workspace", ws, "--json");
        assertThat(again.exitCode()).as(again.err() + again.out()).isZero();
        JsonNode replay = again.json().get("search");
        assertThat(replay.get("same_trials").asBoolean()).isTrue();
        assertThat(replay.get("same_choice").asBoolean()).isTrue();
        assertThat(replay.get("chosen").asInt()).isEqualTo(chosen);
    }
}
