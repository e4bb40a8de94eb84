package io.campaignlab.engine.explain;

import ai.djl.Device;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.training.CtrTraining;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.ModelScorer;
import io.campaignlab.engine.models.TrainedModel;
import io.campaignlab.engine.models.TrainingData;
import io.campaignlab.engine.models.TrainingRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times single-prediction Shapley explanations, end to end as the explain view makes them: sample the background,
 * score it, explain one row. Two untimed explanations warm up first. Not a test: the app's {@code bench} command
 * prints the figures.
 */
public final class ExplainBenchmark {

    private static final int WARM_UP = 2;

    private ExplainBenchmark() {
    }

    /**
     * Explains {@code explanations} different rows of {@code rows} (probabilities, one field per player) and times
     * each.
     *
     * @param pool rows to draw the background from
     */
    public static ExplainTimings time(ModelScorer scorer, EncodedRows rows, EncodedRows pool, int explanations,
                                      ShapleySpec spec) {
        List<Player> players = Players.perField(scorer.pipeline());
        double[] millis = new double[explanations];
        int walks = 0;
        int perRow = 0;
        for (int i = -WARM_UP; i < explanations; i++) {
            int row = Math.floorMod(i * 7919, rows.rows());
            long started = System.nanoTime();
            FieldShapley shapley = FieldShapley.sampled(scorer::probabilities, scorer.pipeline(), players, pool, spec);
            ShapleyExplanation e = shapley.explain(rows, row);
            double elapsed = (System.nanoTime() - started) / 1e6;
            if (i >= 0) {
                millis[i] = elapsed;
            }
            walks = e.walks();
            perRow = shapley.rowsPerExplanation();
        }
        return new ExplainTimings(scorer.kind().id(), players.size(), walks, perRow, millis, median(millis));
    }

    /**
     * Trains a small DeepFM (one epoch) on synthetic impressions with {@code fields} categorical fields, then times
     * {@code explanations} explanations with the default settings.
     */
    public static ExplainTimings syntheticDeepFm(int fields, int explanations) {
        Frame frame = syntheticFrame(fields, 20_000, 42);
        List<FieldSpec> specs = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            specs.add(FieldSpec.categorical(column(f)));
        }
        TrainingRequest request = new TrainingRequest("synthetic", "clicked", new FeatureSpec(specs, null),
                SplitSpec.of(SplitKind.RANDOM, 42), ModelKind.DEEPFM,
                Hyperparameters.defaults().withMaxEpochs(1).withBatchSize(1024), 42, "cpu");
        TrainedModel model = CtrTraining.train(new TrainingData(frame, null, null), request, Device.cpu(), r -> { },
                ProgressListener.none(), new CancellationToken());
        try (ModelScorer scorer = ModelScorer.open(model)) {
            EncodedRows all = model.pipeline().encode(frame);
            return time(scorer, Rows.select(all, model.split().test()), Rows.select(all, model.split().train()),
                    explanations, ShapleySpec.defaults());
        }
    }

    /** Categorical columns {@code f00…} of 5–40 levels with additive effects and a few pairwise ones. */
    static Frame syntheticFrame(int fields, int rows, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] levels = new int[fields];
        double[][] effects = new double[fields][];
        for (int f = 0; f < fields; f++) {
            levels[f] = 5 + rng.nextInt(36);
            effects[f] = new double[levels[f]];
            for (int v = 0; v < levels[f]; v++) {
                effects[f][v] = rng.nextGaussian() * 0.3;
            }
        }
        String[][] values = new String[fields][rows];
        double[] clicked = new double[rows];
        long[] ids = new long[rows];
        for (int r = 0; r < rows; r++) {
            double logit = -2;
            int[] chosen = new int[fields];
            for (int f = 0; f < fields; f++) {
                chosen[f] = rng.nextInt(levels[f]);
                values[f][r] = "v" + chosen[f];
                logit += effects[f][chosen[f]];
            }
            if (fields >= 2) {
                logit += chosen[0] % 2 == chosen[1] % 2 ? 0.5 : -0.5;
            }
            clicked[r] = rng.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
            ids[r] = r + 1;
        }
        List<FrameColumn> columns = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            columns.add(new FrameColumn.Texts(column(f), values[f]));
        }
        columns.add(new FrameColumn.Numbers("clicked", clicked));
        return Frame.of("synthetic", ids, columns);
    }

    private static String column(int f) {
        return String.format(java.util.Locale.ROOT, "f%02d", f);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
