package io.campaignlab.engine.models;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each wither changes its one setting, keeps every other, and is validated like the constructor. */
class HyperparametersTest {

    private static final Hyperparameters BASE = new Hyperparameters(8, List.of(16, 4), 0.2, 3, 0.05, 1e-4, 128, 7, 3,
            "bought", false, 5);

    @Test
    void eachWitherChangesOnlyItsSetting() {
        assertThat(BASE.withEmbeddingDim(32)).isEqualTo(new Hyperparameters(32, List.of(16, 4), 0.2, 3, 0.05, 1e-4,
                128, 7, 3, "bought", false, 5));
        assertThat(BASE.withHidden(List.of(9))).isEqualTo(new Hyperparameters(8, List.of(9), 0.2, 3, 0.05, 1e-4, 128,
                7, 3, "bought", false, 5));
        assertThat(BASE.withDropout(0.5)).isEqualTo(new Hyperparameters(8, List.of(16, 4), 0.5, 3, 0.05, 1e-4, 128, 7,
                3, "bought", false, 5));
        assertThat(BASE.withLearningRate(0.3)).isEqualTo(new Hyperparameters(8, List.of(16, 4), 0.2, 3, 0.3, 1e-4, 128,
                7, 3, "bought", false, 5));
        assertThat(BASE.withEmbeddingL2(0.0)).isEqualTo(new Hyperparameters(8, List.of(16, 4), 0.2, 3, 0.05, 0.0, 128,
                7, 3, "bought", false, 5));
        assertThat(BASE.withBatchSize(64)).isEqualTo(new Hyperparameters(8, List.of(16, 4), 0.2, 3, 0.05, 1e-4, 64, 7,
                3, "bought", false, 5));
        assertThat(BASE.withMaxEpochs(1)).isEqualTo(new Hyperparameters(8, List.of(16, 4), 0.2, 3, 0.05, 1e-4, 128, 1,
                3, "bought", false, 5));
        assertThat(BASE.withPatience(9)).isEqualTo(new Hyperparameters(8, List.of(16, 4), 0.2, 3, 0.05, 1e-4, 128, 7,
                9, "bought", false, 5));
        assertThat(BASE.withPurchaseLabel(null)).isEqualTo(new Hyperparameters(8, List.of(16, 4), 0.2, 3, 0.05, 1e-4,
                128, 7, 3, null, false, 5));
        assertThat(BASE.withSparseEmbeddings(true)).isEqualTo(new Hyperparameters(8, List.of(16, 4), 0.2, 3, 0.05,
                1e-4, 128, 7, 3, "bought", true, 5));
        assertThat(BASE.withCrossRank(0)).isEqualTo(new Hyperparameters(8, List.of(16, 4), 0.2, 3, 0.05, 1e-4, 128, 7,
                3, "bought", false, 0));
    }

    @Test
    void aWitherLeavesTheOriginalAsItWasAndRejectsAnOutOfRangeValue() {
        assertThat(BASE.withBatchSize(64).batchSize()).isEqualTo(64);
        assertThat(BASE.batchSize()).isEqualTo(128);
        assertThatThrownBy(() -> BASE.withDropout(1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dropout in [0, 1)");
        assertThatThrownBy(() -> BASE.withPatience(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("patience must be positive");
    }

    @Test
    void logisticRegressionDefaultsTakeAFiveTimesLargerStep() {
        assertThat(Hyperparameters.defaultsFor(ModelKind.LR).learningRate()).isEqualTo(0.01);
        assertThat(Hyperparameters.defaultsFor(ModelKind.DEEPFM)).isEqualTo(Hyperparameters.defaults());
    }
}
