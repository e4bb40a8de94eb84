package io.campaignlab.engine.models;

import ai.djl.Device;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.network.NetworkSession;
import io.campaignlab.engine.models.network.Predictions;
import io.campaignlab.engine.models.network.ScoringSession;
import io.campaignlab.engine.models.training.CtrTraining;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every model family trains, learns something, and scores identically after a save and load. BST reads a behaviour
 * sequence this data lacks: {@link BstPlantedSequenceTest} checks it on a planted sequence.
 */
class EveryModelKindTest {

    private static PlantedInteractionData data;

    @BeforeAll
    static void generate() {
        data = new PlantedInteractionData(12_000, 11);
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, mode = EnumSource.Mode.EXCLUDE, names = "BST")
    void trainsAndScoresIdenticallyAfterSaveAndLoad(ModelKind kind, @TempDir Path dir) throws Exception {
        TrainingRequest base = CtrTrainingTest.request(kind, 3);
        Hyperparameters params = kind.network() ? base.params().withMaxEpochs(3)
                : base.params().withGbdt(io.campaignlab.engine.models.gbdt.GbdtSettings.defaults().withRounds(3));
        TrainingRequest request = new TrainingRequest(base.dataset(), base.label(), base.features(), base.split(),
                kind, params, 3, "cpu");
        TrainedModel model = CtrTraining.train(new TrainingData(data.frame, null, null), request, Device.cpu(),
                r -> { }, ProgressListener.none(), new CancellationToken());

        assertThat(model.test().auc()).as("%s test AUC", kind).isGreaterThan(0.6);
        assertThat(model.epochs()).hasSizeBetween(1, 3);
        if (kind.multiTask()) {
            // pCVR is learned over all impressions; z drives conversion, so it must rank purchases among clicks
            assertThat(model.extraMetrics().get("test")).containsKeys("cvr_auc", "ctcvr_auc");
            assertThat(model.extraMetrics().get("test").get("cvr_auc")).isGreaterThan(0.6);
        }

        Path file = dir.resolve(ModelArtifact.fileName(1));
        ModelArtifact saved = new ModelArtifact(model.shape(), request.features(), model.pipeline(), "clicked",
                params.purchaseLabel(), model.parameters());
        String sha = saved.write(file);
        assertThat(sha).isEqualTo(sha256(file));
        assertThat(dir).isDirectoryNotContaining("glob:**.part");

        ModelArtifact loaded = ModelArtifact.read(file);
        assertThat(loaded.pipeline().vocabularySize()).isEqualTo(model.pipeline().vocabularySize());
        try (ScoringSession session = ScoringSession.open(loaded.shape(), loaded.pipeline(), Device.cpu(),
                loaded.parameters())) {
            Predictions again = session.predict(loaded.pipeline().encode(data.frame), model.split().test(),
                    new CancellationToken());
            assertThat(again.ctr()).containsExactly(model.testScores());
        }
    }

    @org.junit.jupiter.api.Test
    void lowRankCrossesTrainAndSaveLikeFullRankOnes(@TempDir Path dir) throws Exception {
        TrainingRequest base = CtrTrainingTest.request(ModelKind.DCN, 3);
        // the planted data has 4 fields × 16 = 64 inputs; rank 8 makes each cross U (8 × 64) · V (64 × 8)
        TrainingRequest request = new TrainingRequest(base.dataset(), base.label(), base.features(), base.split(),
                ModelKind.DCN, base.params().withMaxEpochs(3).withCrossRank(8), 3, "cpu");
        TrainedModel model = CtrTraining.train(new TrainingData(data.frame, null, null), request, Device.cpu(),
                r -> { }, ProgressListener.none(), new CancellationToken());
        assertThat(model.test().auc()).isGreaterThan(0.6);
        try (NetworkSession session = NetworkSession.forScoring(model.shape(), Device.cpu(), model.parameters())) {
            assertThat(session.predict(model.pipeline().encode(data.frame), model.split().test(),
                    new CancellationToken()).ctr()).containsExactly(model.testScores());
        }
    }

    @org.junit.jupiter.api.Test
    void rowWiseAdamTrainsLogisticRegressionLikeDjlsDenseAdam() {
        // LR has no dropout and no hidden layers, and in this data every value of every field occurs in every batch
        // of 512 rows, so lazy Adam (rows a batch uses) and DJL's dense Adam (all rows) take the same steps; only
        // the order of float additions differs. (Where a batch misses a row, dense Adam still moves it by its
        // momentum and lazy Adam does not; that is the intended difference.)
        TrainingRequest base = CtrTrainingTest.request(ModelKind.LR, 3);
        TrainedModel[] models = new TrainedModel[2];
        for (int i = 0; i < 2; i++) {
            TrainingRequest request = new TrainingRequest(base.dataset(), base.label(), base.features(), base.split(),
                    ModelKind.LR, base.params().withMaxEpochs(2).withPatience(2).withSparseEmbeddings(i == 1), 3,
                    "cpu");
            models[i] = CtrTraining.train(new TrainingData(data.frame, null, null), request, Device.cpu(), r -> { },
                    ProgressListener.none(), new CancellationToken());
        }
        double[] dense = models[0].testScores();
        double[] rowWise = models[1].testScores();
        double largest = 0;
        for (int i = 0; i < dense.length; i++) {
            largest = Math.max(largest, Math.abs(dense[i] - rowWise[i]));
        }
        assertThat(largest).isLessThan(1e-5);
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
