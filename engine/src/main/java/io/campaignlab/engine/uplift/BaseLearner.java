package io.campaignlab.engine.uplift;

import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelKind;

import java.util.List;
import java.util.Locale;

/** The project's classifiers as uplift base learners, with settings sized for tens of thousands of units. */
public enum BaseLearner {
    LR(ModelKind.LR), DNN(ModelKind.DNN);

    private final ModelKind kind;

    BaseLearner(ModelKind kind) {
        this.kind = kind;
    }

    public ModelKind kind() {
        return kind;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Batches of 256 (a few thousand units give a few dozen steps an epoch), early stopping with patience 3. */
    public Hyperparameters params() {
        Hyperparameters base = Hyperparameters.defaultsFor(kind).withBatchSize(256).withMaxEpochs(30).withPatience(3);
        return this == DNN ? base.withHidden(List.of(32, 16)).withDropout(0.1).withEmbeddingDim(8)
                .withLearningRate(0.003) : base;
    }

    public static BaseLearner parse(String text) {
        for (BaseLearner b : values()) {
            if (b.id().equalsIgnoreCase(text.trim())) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown base learner '" + text + "'; expected lr or dnn");
    }
}
