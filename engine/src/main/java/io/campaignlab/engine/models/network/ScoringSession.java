package io.campaignlab.engine.models.network;

import ai.djl.Device;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.models.gbdt.GbdtSession;

/**
 * A trained model held open to score encoded rows: a network ({@link NetworkSession}) or gradient-boosted trees
 * ({@link GbdtSession}). Not thread-safe; close it to free its native memory.
 */
public interface ScoringSession extends AutoCloseable {

    /**
     * Opens a saved model for scoring, by its family.
     *
     * @param shape      the saved shape (its kind picks the implementation)
     * @param pipeline   the fitted pipeline the rows were encoded with
     * @param device     where a network runs (trees score on the CPU)
     * @param parameters the saved parameters: DJL's for a network, the booster for trees
     */
    static ScoringSession open(NetworkShape shape, FeaturePipeline pipeline, Device device, byte[] parameters) {
        return shape.kind().network() ? NetworkSession.forScoring(shape, device, parameters)
                : GbdtSession.open(pipeline, parameters);
    }

    /** Probabilities for the given rows, in their order. */
    Predictions predict(EncodedRows data, int[] rows, CancellationToken cancel);

    /** The main output's logit (before the sigmoid) for the given rows, in their order. */
    double[] logits(EncodedRows data, int[] rows);

    /** The main output's logit of every row, for the small batches of serving. */
    double[] logitsOnePass(EncodedRows data);

    /** The shared embedding table, row-major (rows × width), or null when the family has none. */
    float[] embeddingTable();

    /** The first-order weight of every embedding-table row, or null when the family has none. */
    float[] linearWeights();

    @Override
    void close();
}
