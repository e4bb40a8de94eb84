package io.campaignlab.engine.models;

import ai.djl.Device;
import io.campaignlab.engine.evaluation.Auc;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.training.CtrTraining;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CtrTrainingTest {

    private static PlantedInteractionData data;

    @BeforeAll
    static void generate() {
        data = new PlantedInteractionData(40_000, 7);
    }

    static TrainingRequest request(ModelKind kind, long seed) {
        FeatureSpec features = new FeatureSpec(List.of(FieldSpec.categorical("a"), FieldSpec.categorical("b"),
                FieldSpec.categorical("c"), FieldSpec.numeric("z", NumericTransform.STANDARDIZE)), null);
        Hyperparameters params = Hyperparameters.defaults().withBatchSize(512).withMaxEpochs(8)
                .withLearningRate(0.01).withPurchaseLabel(kind.multiTask() ? "bought" : null);
        return new TrainingRequest("planted", "clicked", features, SplitSpec.of(SplitKind.RANDOM, 42), kind, params,
                seed, "cpu");
    }

    static TrainedModel train(ModelKind kind, long seed) {
        return CtrTraining.train(new TrainingData(data.frame, null, null), request(kind, seed), Device.cpu(),
                r -> { }, ProgressListener.none(), new CancellationToken());
    }

    private static double oracleAuc(TrainedModel model) {
        int[] test = model.split().test();
        double[] truth = new double[test.length];
        int[] labels = new int[test.length];
        double[] clicks = data.frame.numbers("clicked");
        for (int i = 0; i < test.length; i++) {
            truth[i] = data.truth[test[i]];
            labels[i] = (int) clicks[test[i]];
        }
        return Auc.of(truth, labels);
    }

    @Test
    void factorizationMachineLearnsThePlantedInteractionThatLogisticRegressionCannot() {
        TrainedModel lr = train(ModelKind.LR, 1);
        TrainedModel fm = train(ModelKind.FM, 1);
        double oracle = oracleAuc(fm);
        System.out.printf("planted: oracle %.4f, LR %.4f, FM %.4f%n", oracle, lr.test().auc(), fm.test().auc());
        assertThat(fm.test().auc()).isGreaterThan(lr.test().auc() + 0.02);
        assertThat(fm.test().auc()).isGreaterThan(oracle - 0.02);
    }

    @Test
    void sameSeedGivesIdenticalScoresOnCpu() {
        TrainedModel first = train(ModelKind.DEEPFM, 5);
        TrainedModel second = train(ModelKind.DEEPFM, 5);
        assertThat(second.testScores()).containsExactly(first.testScores());
        assertThat(first.epochs()).isNotEmpty();
    }
}
