package io.campaignlab.engine.recommend.bpr;

import io.campaignlab.engine.recommend.RecommenderSpec;

/**
 * The settings of BPR-MF ({@link BprRecommender}) that the other recommenders do not share; the factor count and the
 * seed come from {@link RecommenderSpec}.
 *
 * @param epochs         passes over the training cells; each positive cell is drawn once per epoch
 * @param learningRate   Adam's step size
 * @param negatives      negatives sampled per positive cell and epoch
 * @param regularization L2 weight on the factors and biases of every sampled triple, per triple
 * @param batchSize      triples per Adam step
 * @param device         auto (the GPU when the engine sees one), cpu or gpu
 */
public record BprSettings(int epochs, double learningRate, int negatives, double regularization, int batchSize,
                          String device) {

    public BprSettings {
        if (epochs < 0 || negatives < 1 || batchSize < 1) {
            throw new IllegalArgumentException("BPR epochs must be >= 0, negatives and batch size >= 1");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the BPR learning rate must be a positive number, was " + learningRate);
        }
        if (!(regularization >= 0) || Double.isInfinite(regularization)) {
            throw new IllegalArgumentException("the BPR regularization must be finite and >= 0, was "
                    + regularization);
        }
        device = device == null ? "auto" : device;
    }

    public static final int DEFAULT_EPOCHS = 10;
    public static final double DEFAULT_REGULARIZATION = 0.03;

    /**
     * 10 epochs, Adam 0.01, one negative per positive, L2 0.03 per triple, 512 triples per step, auto device. Chosen
     * by a sweep on the simulator (4,000 users × 30 days, seed 42, leave-last-out purchases, Recall@20; see
     * SimulatedRecommendersTest#sweep): L2 1e-3 overfits (no gain over popularity), 0.1 underfits (ties it), 0.01–0.03
     * gains 4–6 points; more epochs lowered Recall@20 at every L2. Batches of 512 keep each op below PyTorch's
     * parallel grain on the CPU, where larger ones ran many times slower on busy cores.
     */
    public static BprSettings defaults() {
        return new BprSettings(DEFAULT_EPOCHS, 0.01, 1, DEFAULT_REGULARIZATION, 512, "auto");
    }

    public BprSettings withEpochs(int n) {
        return new BprSettings(n, learningRate, negatives, regularization, batchSize, device);
    }

    public BprSettings withLearningRate(double lr) {
        return new BprSettings(epochs, lr, negatives, regularization, batchSize, device);
    }

    public BprSettings withNegatives(int n) {
        return new BprSettings(epochs, learningRate, n, regularization, batchSize, device);
    }

    public BprSettings withRegularization(double l2) {
        return new BprSettings(epochs, learningRate, negatives, l2, batchSize, device);
    }

    public BprSettings withBatchSize(int n) {
        return new BprSettings(epochs, learningRate, negatives, regularization, n, device);
    }

    public BprSettings withDevice(String d) {
        return new BprSettings(epochs, learningRate, negatives, regularization, batchSize, d);
    }
}
