package io.campaignlab.engine.explain;

import ai.djl.Device;
import io.campaignlab.engine.explain.importance.ImportanceResult;
import io.campaignlab.engine.explain.importance.PermutationImportance;
import io.campaignlab.engine.explain.importance.PermutationSpec;
import io.campaignlab.engine.explain.importance.PlayerImportance;
import io.campaignlab.engine.explain.pdp.PartialDependence;
import io.campaignlab.engine.explain.pdp.PartialDependenceSpec;
import io.campaignlab.engine.explain.pdp.PdCurve;
import io.campaignlab.engine.explain.weights.ModelWeights;
import io.campaignlab.engine.explain.weights.WeightSummary;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.FittedFields;
import io.campaignlab.engine.features.NumericTransform;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.training.CtrTraining;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.ModelScorer;
import io.campaignlab.engine.models.PlantedInteractionData;
import io.campaignlab.engine.models.TrainedModel;
import io.campaignlab.engine.models.TrainingData;
import io.campaignlab.engine.models.TrainingRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Explanations of real DJL models trained on the planted click log (logit = −2 + A[a] + B[b] + M[a][b] + 0.5·z,
 * c pure noise): efficiency on both scales, the closed form of logistic regression on the logit scale, and the
 * planted noise field ranking last.
 */
class TrainedModelExplanationTest {

    private static PlantedInteractionData data;
    private static TrainedModel lr;
    private static TrainedModel deepFm;
    private static ModelScorer lrScorer;
    private static ModelScorer deepFmScorer;
    private static EncodedRows encoded;

    @BeforeAll
    static void train() {
        data = new PlantedInteractionData(12_000, 11);
        lr = train(ModelKind.LR);
        deepFm = train(ModelKind.DEEPFM);
        lrScorer = ModelScorer.open(lr);
        deepFmScorer = ModelScorer.open(deepFm);
        encoded = lr.pipeline().encode(data.frame);
    }

    @AfterAll
    static void close() {
        lrScorer.close();
        deepFmScorer.close();
    }

    private static TrainedModel train(ModelKind kind) {
        FeatureSpec features = new FeatureSpec(List.of(FieldSpec.categorical("a"), FieldSpec.categorical("b"),
                FieldSpec.categorical("c"), FieldSpec.numeric("z", NumericTransform.STANDARDIZE)), null);
        Hyperparameters params = Hyperparameters.defaults().withBatchSize(512).withMaxEpochs(3).withLearningRate(0.01);
        TrainingRequest request = new TrainingRequest("planted", "clicked", features,
                SplitSpec.of(SplitKind.RANDOM, 42), kind, params, 3, "cpu");
        return CtrTraining.train(new TrainingData(data.frame, null, null), request, Device.cpu(), r -> { },
                ProgressListener.none(), new CancellationToken());
    }

    private static int[] someTestRows(TrainedModel model, int count) {
        int[] test = model.split().test();
        return Rows.sample(test, count, 5);
    }

    private static EncodedRows trainingRows(TrainedModel model) {
        return Rows.select(encoded, model.split().train());
    }

    @Test
    void efficiencyHoldsOnAHundredRowsForLogisticRegressionAndDeepFm() {
        for (ModelScorer scorer : List.of(lrScorer, deepFmScorer)) {
            TrainedModel model = scorer == lrScorer ? lr : deepFm;
            FieldShapley shapley = FieldShapley.sampled(scorer::probabilities, scorer.pipeline(),
                    Players.perField(scorer.pipeline()), trainingRows(model), ShapleySpec.defaults());
            List<ShapleyExplanation> all = shapley.explainRows(encoded, someTestRows(model, 100),
                    ProgressListener.none(), new CancellationToken());
            assertThat(all).hasSize(100);
            for (ShapleyExplanation e : all) {
                // probabilities in (0, 1): the credits telescope exactly, so only double rounding is left
                double sum = e.attributions().stream().mapToDouble(Attribution::value).sum();
                assertThat(sum).as("%s", scorer.kind()).isCloseTo(e.prediction() - e.base(), within(1e-12));
                assertThat(e.efficiencyGap()).isLessThan(1e-12);
            }
        }
    }

    @Test
    void logisticRegressionOnTheLogitScaleMatchesItsClosedForm() {
        FeaturePipeline pipeline = lrScorer.pipeline();
        float[] w = lrScorer.linearWeights();
        List<Player> players = Players.perField(pipeline);
        EncodedRows background = Rows.select(trainingRows(lr), Rows.sample(lr.split().train().length, 100, 3));
        FieldShapley shapley = new FieldShapley(lrScorer::logits, pipeline, players, background,
                ShapleySpec.defaults());
        int[] rows = someTestRows(lr, 20);
        List<ShapleyExplanation> all = shapley.explainRows(encoded, rows, ProgressListener.none(),
                new CancellationToken());
        double largest = 0;
        for (int i = 0; i < rows.length; i++) {
            for (Player player : players) {
                // φ_j = Σ_{slots of j} w[index]·value at x, minus the background mean of the same
                double expected = linear(w, player, encoded, rows[i]);
                double mean = 0;
                for (int z = 0; z < background.rows(); z++) {
                    mean += linear(w, player, background, z);
                }
                expected -= mean / background.rows();
                double error = Math.abs(all.get(i).of(player.name()).value() - expected);
                largest = Math.max(largest, error);
            }
        }
        // LR on logits is additive in the fields, so the estimate is exact but for the network's float32 sums: each
        // scored logit (about −2 ± 3) carries ~1e-7 of rounding, and every value is a mean of differences of them
        // (the largest error seen was 5e-8)
        assertThat(largest).isLessThan(1e-6);
    }

    private static double linear(float[] w, Player player, EncodedRows rows, int row) {
        double sum = 0;
        for (int s : player.slots()) {
            int at = row * rows.slots() + s;
            sum += (double) w[rows.indices()[at]] * rows.values()[at];
        }
        return sum;
    }

    @Test
    void partialDependenceOfLogisticRegressionOnTheLogitScaleIsAStraightLine() {
        FeaturePipeline pipeline = lrScorer.pipeline();
        int z = 3;
        FittedFields.Scaled scaled = (FittedFields.Scaled) pipeline.fields().get(z);
        double slope = lrScorer.linearWeights()[pipeline.offset(z) + 1] / scaled.sd();
        PdCurve curve = PartialDependence.compute(lrScorer::logits, pipeline, data.frame, "z",
                PartialDependenceSpec.defaults(), new CancellationToken());
        assertThat(curve.grid()).hasSize(20);
        for (int k = 1; k < curve.grid().length; k++) {
            assertThat(curve.pd()[k] - curve.pd()[0]).isCloseTo(slope * (curve.grid()[k] - curve.grid()[0]),
                    within(1e-5));
        }
        // planted +0.5 per unit of z; the model learns roughly that
        assertThat(slope).isBetween(0.3, 0.7);
    }

    @Test
    void thePlantedNoiseFieldIsTheLeastImportant() {
        int[] validation = deepFm.split().validation();
        int[] labels = new int[validation.length];
        double[] clicks = data.frame.numbers("clicked");
        for (int i = 0; i < validation.length; i++) {
            labels[i] = (int) clicks[validation[i]];
        }
        ImportanceResult result = PermutationImportance.run(deepFmScorer::probabilities,
                Rows.select(encoded, validation), labels, Players.perField(deepFmScorer.pipeline()),
                PermutationSpec.defaults(), ProgressListener.none(), new CancellationToken());
        assertThat(result.players()).extracting(PlayerImportance::player).last().isEqualTo("c");
        assertThat(result.players().get(0).lower()).isGreaterThan(0);

        WeightSummary weights = ModelWeights.of(deepFmScorer, Rows.select(encoded, validation));
        assertThat(weights.linear()).isTrue();
        assertThat(weights.embedding()).isTrue();
        assertThat(weights.fields()).hasSize(4);
    }
}
