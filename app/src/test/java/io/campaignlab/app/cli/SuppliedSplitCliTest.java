package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code train --split column:COL}, {@code --test-dataset} and {@code --valid-dataset} on small files written here,
 * checked against counts and an AUC worked out in this test.
 */
class SuppliedSplitCliTest {

    @TempDir
    static Path dir;

    static String ws;

    /** Rows of each part in the file with a split column, counted as it is written. */
    static final Map<String, Integer> FOLD_COUNTS = new HashMap<>();

    @BeforeAll
    static void importFiles() throws IOException {
        ws = dir.resolve("ws").toString();
        Random random = new Random(11);
        List<String> folded = new ArrayList<>(List.of("x1,site,clicked,fold"));
        String[] spelled = {"train", "Valid", "TEST", "validation", "val"};
        for (int i = 0; i < 900; i++) {
            String fold = spelled[random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(4)];
            String part = fold.toLowerCase(Locale.ROOT).startsWith("val") ? "valid" : fold.toLowerCase(Locale.ROOT);
            FOLD_COUNTS.merge(part, 1, Integer::sum);
            folded.add(row(random) + "," + fold);
        }
        write("folded", folded);
        for (String name : List.of("fit", "tuning", "holdout")) {
            List<String> lines = new ArrayList<>(List.of("x1,site,clicked"));
            int rows = name.equals("fit") ? 600 : name.equals("tuning") ? 150 : 250;
            for (int i = 0; i < rows; i++) {
                lines.add(row(random));
            }
            write(name, lines);
        }
        write("bad_schema", List.of("x2,site,clicked", "1.0,1,0", "2.0,2,1", "0.5,1,1"));
    }

    private static String row(Random random) {
        double x = random.nextGaussian();
        int site = random.nextInt(3);
        double logit = 1.5 * x + (site == 2 ? 1 : 0) - 0.5;
        int clicked = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
        return String.format(Locale.ROOT, "%.4f,%s,%d", x, "abc".charAt(site), clicked);
    }

    private static void write(String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name + ".csv");
        Files.write(file, lines);
        CliRun run = CliRun.of("import", file.toString(), "--workspace", ws, "--name", name, "--kind", "table",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static CliRun train(String... extra) {
        List<String> args = new ArrayList<>(List.of("train", "--workspace", ws, "--label", "clicked", "--model", "lr",
                "--epochs", "3", "--batch-size", "64", "--seed", "3", "--json"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static JsonNode storedRun(long id) {
        for (JsonNode run : CliRun.of("runs", "--workspace", ws, "--json").json().get("runs")) {
            if (run.get("run").asLong() == id) {
                return run;
            }
        }
        throw new AssertionError("no run " + id);
    }

    @Test
    void aColumnSplitTrainsValidatesAndTestsOnExactlyTheRowsItsColumnNames() {
        CliRun run = train("--dataset", "folded", "--split", "column:fold");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("split").get("kind").asText()).isEqualTo("column");
        assertThat(json.get("split").get("column").asText()).isEqualTo("fold");
        JsonNode metrics = storedRun(json.get("run").asLong()).get("metrics");
        assertThat(metrics.get("train").get("rows").asInt()).isEqualTo(FOLD_COUNTS.get("train"));
        assertThat(metrics.get("val").get("rows").asInt()).isEqualTo(FOLD_COUNTS.get("valid"));
        assertThat(metrics.get("test").get("rows").asInt()).isEqualTo(FOLD_COUNTS.get("test"));
    }

    @Test
    void aTestDatasetIsEvaluatedOnExactlyItsRows() {
        CliRun run = train("--dataset", "fit", "--test-dataset", "holdout", "--valid-dataset", "tuning");

        assertThat(run.exitCode()).as(run.err()).isZero();
        long id = run.json().get("run").asLong();
        JsonNode stored = storedRun(id);
        assertThat(stored.get("split").get("test_dataset").asText()).isEqualTo("holdout");
        assertThat(stored.get("split").get("valid_dataset").asText()).isEqualTo("tuning");
        JsonNode metrics = stored.get("metrics");
        assertThat(metrics.get("train").get("rows").asInt()).isEqualTo(600);
        assertThat(metrics.get("val").get("rows").asInt()).isEqualTo(150);
        assertThat(metrics.get("test").get("rows").asInt()).isEqualTo(250);

        CliRun score = CliRun.of("score", String.valueOf(id), "--dataset", "holdout", "--workspace", ws, "--json");
        assertThat(score.exitCode()).as(score.err()).isZero();
        double auc = mannWhitneyAuc(score.json().get("scores_dataset").asText());
        assertThat(metrics.get("test").get("auc").asDouble()).isCloseTo(auc, within(1e-6));

        JsonNode again = CliRun.of("reproduce", String.valueOf(id), "--workspace", ws, "--json").json();
        assertThat(again.get("same_data").asBoolean()).isTrue();
        assertThat(again.get("match").asBoolean()).isTrue();

        // a test dataset alone: the training dataset trains and validates, 10% of it validating
        CliRun alone = train("--dataset", "fit", "--test-dataset", "holdout");
        assertThat(alone.exitCode()).as(alone.err()).isZero();
        long aloneId = alone.json().get("run").asLong();
        JsonNode aloneMetrics = storedRun(aloneId).get("metrics");
        int train = aloneMetrics.get("train").get("rows").asInt();
        int val = aloneMetrics.get("val").get("rows").asInt();
        assertThat(train + val).isEqualTo(600);
        assertThat(val).as("10% of the training dataset, within the strata's rounding").isBetween(58, 62);
        assertThat(aloneMetrics.get("test").get("rows").asInt()).isEqualTo(250);
        // two runs tested on the same dataset are compared row by row
        JsonNode paired = CliRun.of("evaluate", String.valueOf(aloneId), "--against", String.valueOf(id),
                "--workspace", ws, "--json").json().get("comparison");
        assertThat(paired.get("shared_rows").asInt()).isEqualTo(250);
    }

    @Test
    void mismatchedColumnsAndIncompleteOptionsAreRefusedNamingThem() {
        CliRun badSchema = train("--dataset", "fit", "--test-dataset", "bad_schema");
        assertThat(badSchema.exitCode()).isNotZero();
        assertThat(badSchema.err()).contains("the test dataset bad_schema must have the feature and label columns"
                + " of the training dataset fit, but it lacks column x1 and has column site (integer there,");

        CliRun validOnly = train("--dataset", "fit", "--valid-dataset", "tuning");
        assertThat(validOnly.exitCode()).isNotZero();
        assertThat(validOnly.err()).contains("--valid-dataset needs --test-dataset too");

        CliRun noColumn = train("--dataset", "fit", "--split", "column:fold");
        assertThat(noColumn.exitCode()).isNotZero();
        assertThat(noColumn.err()).contains("--split names column 'fold', which dataset fit does not have");
    }

    /** The AUC of the stored scores against the holdout file's labels: P(score⁺ > score⁻) + ½ P(tie). */
    private static double mannWhitneyAuc(String scoresDataset) {
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            Frame labels = services.frames().read("holdout", List.of("clicked"), ProgressListener.none(),
                    new CancellationToken());
            Frame scores = services.frames().read(scoresDataset, List.of("row_id", "score"),
                    ProgressListener.none(), new CancellationToken());
            Map<Long, Double> label = new HashMap<>();
            for (int i = 0; i < labels.rows(); i++) {
                label.put(labels.rowIds()[i], labels.numbers("clicked")[i]);
            }
            List<Double> positives = new ArrayList<>();
            List<Double> negatives = new ArrayList<>();
            for (int i = 0; i < scores.rows(); i++) {
                double s = scores.numbers("score")[i];
                (label.get((long) scores.numbers("row_id")[i]) > 0 ? positives : negatives).add(s);
            }
            assertThat(positives.size() + negatives.size()).isEqualTo(250);
            double wins = 0;
            for (double p : positives) {
                for (double n : negatives) {
                    wins += p > n ? 1 : p == n ? 0.5 : 0;
                }
            }
            return wins / ((double) positives.size() * negatives.size());
        }
    }
}
