package io.campaignlab.views.models;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.evaluation.BinaryEvaluator;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.RunArtifact;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.views.testing.FakeWorkspace;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A workspace for the Models tests: impressions with a click label (and hidden truth), an events log and a users
 * table, plus stored runs whose evaluations come from {@link BinaryEvaluator} on made-up scores.
 */
public final class ModelsFixtures {

    public static final String IMPRESSIONS = "impressions";
    public static final String EVENTS = "events";
    public static final String USERS = "users";
    /** The dataset hash the fixture runs record. */
    public static final String SHA = "9f2c1e0b7a4d3c2b1a0f9e8d7c6b5a4938271605f4e3d2c1b0a9f8e7d6c5b4a3";
    public static final String ARTIFACT_SHA = "3b7e5f0c9d2a41e8b6c4d2f0a8e6c4b2d0f8e6c4a2b0d8f6e4c2a0b8d6f4e2c0";
    public static final String PARAMS = "{\"embeddingDim\":16,\"hidden\":[64,32],\"dropout\":0.1,\"crossLayers\":2,"
            + "\"learningRate\":0.002,\"embeddingL2\":1.0E-6,\"batchSize\":2048,\"maxEpochs\":10,\"patience\":2,"
            + "\"label\":\"clicked\",\"purchaseLabel\":null}";
    public static final String FEATURES = "{\"fields\":[{\"column\":\"user_id\",\"kind\":\"CATEGORICAL\","
            + "\"encoding\":\"HASHING\",\"hashBuckets\":65536},{\"column\":\"placement\",\"kind\":\"CATEGORICAL\","
            + "\"encoding\":\"VOCABULARY\",\"minCount\":5},{\"column\":\"device\",\"kind\":\"CATEGORICAL\","
            + "\"encoding\":\"VOCABULARY\",\"minCount\":5},{\"column\":\"price\",\"kind\":\"NUMERIC\","
            + "\"transform\":\"LOG1P\"},{\"column\":\"ts\",\"kind\":\"TIMESTAMP\"}],\"behaviour\":null}";
    public static final String SPLIT = "{\"kind\":\"RANDOM\",\"trainShare\":0.8,\"valShare\":0.1,\"seed\":42}";
    public static final String VERSIONS = "{\"djl\":\"0.36.0\",\"pytorch\":\"2.7.1\",\"engine\":\"0.1.0-SNAPSHOT\","
            + "\"java\":\"17.0.12\",\"os\":\"Linux amd64\"}";
    private static final Instant DAY = Instant.parse("2025-03-04T09:00:00Z");

    private ModelsFixtures() {
    }

    /** The three datasets, and no runs yet. */
    public static FakeWorkspace workspace(FakeRunRepository runs) {
        FakeWorkspace workspace = new FakeWorkspace().withRuns(runs);
        workspace.add(USERS, DatasetKind.TABLE, List.of(
                ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                ColumnMeta.of("age_band", ColumnType.CATEGORY, ColumnRole.FEATURE),
                ColumnMeta.groundTruth("price_sensitivity", ColumnType.DECIMAL)),
                5_000, i -> Arrays.asList((long) i, "25-34", 0.4), List.of());
        workspace.add(IMPRESSIONS, DatasetKind.IMPRESSIONS, impressionColumns(), 200_000,
                i -> Arrays.asList((long) i, (long) (i % 5000), (long) (i % 800), Instant.EPOCH, "home", (long) (i % 8),
                        "mobile", 19.99, (long) (i % 12 == 0 ? 1 : 0), (long) (i % 90 == 0 ? 1 : 0), 0.05),
                List.of());
        workspace.add(EVENTS, DatasetKind.EVENTS, List.of(
                ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                ColumnMeta.of("item_id", ColumnType.INTEGER, ColumnRole.ITEM_ID),
                ColumnMeta.of("event_type", ColumnType.CATEGORY, ColumnRole.EVENT_TYPE),
                ColumnMeta.of("ts", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP)),
                1_000_000, i -> Arrays.asList((long) i, (long) i, "view", Instant.EPOCH), List.of());
        return workspace;
    }

    public static List<ColumnMeta> impressionColumns() {
        return List.of(
                ColumnMeta.of("impression_id", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                ColumnMeta.of("item_id", ColumnType.INTEGER, ColumnRole.ITEM_ID),
                ColumnMeta.of("ts", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                ColumnMeta.of("placement", ColumnType.CATEGORY, ColumnRole.FEATURE),
                ColumnMeta.of("position", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("device", ColumnType.CATEGORY, ColumnRole.FEATURE),
                ColumnMeta.of("price", ColumnType.DECIMAL, ColumnRole.PRICE),
                ColumnMeta.of("clicked", ColumnType.INTEGER, ColumnRole.LABEL),
                ColumnMeta.of("purchased", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.groundTruth("true_ctr", ColumnType.DECIMAL));
    }

    /**
     * Stores run 1 (LR, completed), run 2 (DeepFM, completed, the better one) and, when asked, run 3 (DCN-v2,
     * failed, the newest).
     */
    public static FakeRunRepository runs(boolean withFailed) {
        FakeRunRepository runs = new FakeRunRepository();
        completed(runs, 1, "lr", 0.45, "cpu()", DAY, 38.4);
        completed(runs, 2, "deepfm", 0.95, "gpu(0)", DAY.plusSeconds(3600), 212.7);
        if (withFailed) {
            runs.add(new RunRecord(3, newRun("dcn", "gpu(0)", 7L), RunStatus.FAILED,
                    "CUDA out of memory: tried to allocate 2.0 GiB", DAY.plusSeconds(7200), DAY.plusSeconds(7262)));
            runs.record(3, List.of(new RunMetric("train", 1, "loss", 0.31)));
        }
        return runs;
    }

    /** A completed run with per-epoch and final metrics, validation and test evaluations, and an artifact. */
    public static void completed(FakeRunRepository runs, long id, String kind, double quality, String device,
                                 Instant started, double seconds) {
        runs.add(new RunRecord(id, newRun(kind, device, 7L), RunStatus.COMPLETED, null, started,
                started.plusMillis((long) (seconds * 1000))));
        List<RunMetric> metrics = new ArrayList<>();
        int epochs = 6;
        for (int e = 1; e <= epochs; e++) {
            double t = e / (double) epochs;
            metrics.add(new RunMetric("train", e, "loss", 0.262 - 0.03 * quality * t - 0.004 * e));
            metrics.add(new RunMetric("val", e, "loss", 0.258 - 0.025 * quality * Math.sin(t * 2.2) + 0.001 * e));
            metrics.add(new RunMetric("val", e, "auc", 0.62 + 0.12 * quality * Math.sin(t * 2.2)));
        }
        BinaryEvaluation val = evaluation(quality, 11 + id);
        BinaryEvaluation test = evaluation(quality, 23 + id);
        for (String split : List.of("val", "test")) {
            BinaryEvaluation ev = split.equals("val") ? val : test;
            metrics.add(new RunMetric(split, null, "auc", ev.auc()));
            metrics.add(new RunMetric(split, null, "logloss", ev.logLoss()));
            metrics.add(new RunMetric(split, null, "pr_auc", ev.prAuc()));
            metrics.add(new RunMetric(split, null, "ece", ev.expectedCalibrationError()));
        }
        runs.record(id, metrics);
        runs.saveEvaluation(id, "val", val);
        runs.saveEvaluation(id, "test", test);
        runs.addArtifact(new RunArtifact(id, Path.of("models", "run-" + id, "model.zip"), ARTIFACT_SHA,
                1_843_200 + id * 1000, started.plusMillis((long) (seconds * 1000))));
    }

    public static NewRun newRun(String kind, String device, Long jobId) {
        return new NewRun(jobId, IMPRESSIONS, SHA, kind, PARAMS, FEATURES, SPLIT, 42, device, VERSIONS);
    }

    /**
     * An evaluation of made-up click scores: 3,000 rows whose true click probability is {@code
     * sigmoid(-2.6 + 1.3 x)}; the model sees {@code x} blurred by noise, less so the higher its quality (0 to 1).
     */
    public static BinaryEvaluation evaluation(double quality, long seed) {
        Random random = new Random(seed);
        int n = 3_000;
        double[] scores = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double x = random.nextGaussian();
            double truth = sigmoid(-2.6 + 1.3 * x);
            labels[i] = random.nextDouble() < truth ? 1 : 0;
            double seen = quality * x + (1 - quality) * random.nextGaussian();
            scores[i] = sigmoid(-2.5 + 1.2 * seen);
        }
        return BinaryEvaluator.evaluate(scores, labels);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
