package io.campaignlab.engine.models.gbdt;

import ai.djl.Device;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelArtifact;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.TrainedModel;
import io.campaignlab.engine.models.TrainingData;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.models.network.ScoringSession;
import io.campaignlab.engine.models.training.CtrTraining;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Gradient-boosted trees on a planted logistic problem: P(click) = sigmoid(−1.5 + 1.2·x − 0.8·|y| + effect[g]),
 * with a categorical g of 12 levels, a missing share of x, and a noise column. The oracle AUC (the truth's own
 * probabilities ranking the test rows) is worked out here with a plain pairwise count, independently of the
 * engine's AUC code.
 */
class GbdtTrainingTest {

    private static final int ROWS = 20_000;
    private static Frame frame;
    private static double[] truth;
    private static TrainedModel model;

    @BeforeAll
    static void train() {
        SplittableRandom rng = new SplittableRandom(5);
        double[] effect = new double[12];
        for (int g = 0; g < effect.length; g++) {
            effect[g] = rng.nextGaussian();
        }
        double[] x = new double[ROWS];
        double[] y = new double[ROWS];
        String[] group = new String[ROWS];
        String[] noise = new String[ROWS];
        double[] click = new double[ROWS];
        long[] ids = new long[ROWS];
        truth = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            int g = rng.nextInt(effect.length);
            double xr = rng.nextGaussian();
            y[r] = rng.nextGaussian();
            // x is missing for a tenth of the rows; the truth still uses it
            x[r] = rng.nextDouble() < 0.1 ? Double.NaN : xr;
            group[r] = "g" + g;
            noise[r] = "n" + rng.nextInt(30);
            truth[r] = 1 / (1 + Math.exp(-(-1.5 + 1.2 * xr - 0.8 * Math.abs(y[r]) + effect[g])));
            click[r] = rng.nextDouble() < truth[r] ? 1 : 0;
            ids[r] = r + 1;
        }
        frame = Frame.of("planted", ids, List.of(new FrameColumn.Numbers("x", x), new FrameColumn.Numbers("y", y),
                new FrameColumn.Texts("g", group), new FrameColumn.Texts("noise", noise),
                new FrameColumn.Numbers("clicked", click)));
        model = CtrTraining.train(new TrainingData(frame, null, null), request(3), Device.cpu(), r -> { },
                ProgressListener.none(), new CancellationToken());
    }

    static TrainingRequest request(long seed) {
        FeatureSpec features = new FeatureSpec(List.of(FieldSpec.numeric("x", NumericTransform.STANDARDIZE),
                FieldSpec.numeric("y", NumericTransform.STANDARDIZE), FieldSpec.categorical("g"),
                FieldSpec.categorical("noise")), null);
        Hyperparameters params = Hyperparameters.defaultsFor(ModelKind.GBDT)
                .withGbdt(GbdtSettings.defaults().withRounds(300).withEta(0.1).withMaxDepth(4));
        return new TrainingRequest("planted", "clicked", features, SplitSpec.of(SplitKind.RANDOM, 42), ModelKind.GBDT,
                params, seed, "cpu");
    }

    /** AUC as the share of (positive, negative) pairs ranked right, ties counting half: O(P·N), no sorting. */
    static double pairwiseAuc(double[] scores, int[] labels) {
        List<Double> pos = new ArrayList<>();
        List<Double> neg = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            (labels[i] == 1 ? pos : neg).add(scores[i]);
        }
        double right = 0;
        for (double p : pos) {
            for (double n : neg) {
                right += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return right / ((double) pos.size() * neg.size());
    }

    private static int[] testLabels() {
        int[] test = model.split().test();
        int[] labels = new int[test.length];
        double[] clicks = frame.numbers("clicked");
        for (int i = 0; i < test.length; i++) {
            labels[i] = (int) clicks[test[i]];
        }
        return labels;
    }

    @Test
    void reachesThePlantedTruthsAucAndStopsEarlyOnValidation() {
        int[] test = model.split().test();
        double[] oracle = new double[test.length];
        for (int i = 0; i < test.length; i++) {
            oracle[i] = truth[test[i]];
        }
        int[] labels = testLabels();
        double oracleAuc = pairwiseAuc(oracle, labels);
        double gbdtAuc = pairwiseAuc(model.testScores(), labels);
        assertThat(model.test().auc()).as("the engine's AUC of the GBDT scores").isCloseTo(gbdtAuc, within(1e-9));
        assertThat(gbdtAuc).as("GBDT test AUC against the oracle's %.4f", oracleAuc)
                .isBetween(oracleAuc - 0.02, oracleAuc + 0.01);
        assertThat(model.epochs().size()).as("rounds run").isLessThan(300);
        assertThat(model.epochs().size() - model.bestEpoch())
                .isEqualTo(GbdtSettings.defaults().earlyStopping());
        double bestValAuc = model.epochs().stream().mapToDouble(e -> e.valAuc()).max().orElseThrow();
        assertThat(model.epochs().get(model.bestEpoch() - 1).valAuc()).isEqualTo(bestValAuc);
        assertThat(model.validation().auc()).as("the kept round's validation AUC, rescored")
                .isCloseTo(bestValAuc, within(1e-4));
    }

    @Test
    void theSavedArtifactScoresIdentically(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ModelArtifact.fileName(1));
        new ModelArtifact(model.shape(), request(3).features(), model.pipeline(), "clicked", null,
                model.parameters()).write(file);
        ModelArtifact loaded = ModelArtifact.read(file);
        assertThat(loaded.shape().kind()).isEqualTo(ModelKind.GBDT);
        assertThat(loaded.shape().params().gbdt()).isEqualTo(model.shape().params().gbdt());
        try (ScoringSession session = ScoringSession.open(loaded.shape(), loaded.pipeline(), Device.cpu(),
                loaded.parameters())) {
            double[] again = session.predict(loaded.pipeline().encode(frame), model.split().test(),
                    new CancellationToken()).ctr();
            assertThat(again).containsExactly(model.testScores());
            double[] logits = session.logits(loaded.pipeline().encode(frame), model.split().test());
            for (int i = 0; i < logits.length; i++) {
                assertThat(1 / (1 + Math.exp(-logits[i]))).isCloseTo(again[i], within(1e-6));
            }
        }
    }

    @Test
    void theSameSeedGrowsTheSameTrees() {
        TrainedModel again = CtrTraining.train(new TrainingData(frame, null, null), request(3), Device.cpu(),
                r -> { }, ProgressListener.none(), new CancellationToken());
        assertThat(again.testScores()).containsExactly(model.testScores());
        assertThat(again.bestEpoch()).isEqualTo(model.bestEpoch());
    }

    @Test
    void shapContributionsSumToTheLogitPerRow() {
        int[] rows = java.util.Arrays.copyOf(model.split().test(), 50);
        var encoded = model.pipeline().encode(frame);
        try (GbdtSession session = GbdtSession.open(model.pipeline(), model.parameters())) {
            double[][] contributions = session.contributions(encoded, rows);
            double[] logits = session.logits(encoded, rows);
            for (int i = 0; i < rows.length; i++) {
                double sum = java.util.Arrays.stream(contributions[i]).sum();
                assertThat(sum).isCloseTo(logits[i], within(1e-4));
            }
            double spreadX = 0;
            double spreadNoise = 0;
            for (double[] c : contributions) {
                spreadX += Math.abs(c[0]);
                spreadNoise += Math.abs(c[3]);
            }
            assertThat(spreadX).as("x moves the logit far more than the noise column").isGreaterThan(3 * spreadNoise);
        }
    }
}
