package io.campaignlab.engine.models;

import io.campaignlab.engine.device.ComputeDevices;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.models.network.ScoringSession;
import io.campaignlab.engine.models.network.NetworkShape;

/**
 * A trained model held open for many scoring calls, as explanations make: encoded rows in, the main output's
 * probability or logit out. Not thread-safe; close it to free its native memory.
 */
public final class ModelScorer implements AutoCloseable {

    private final NetworkShape shape;
    private final FeaturePipeline pipeline;
    private final ScoringSession session;

    private ModelScorer(NetworkShape shape, FeaturePipeline pipeline, ScoringSession session) {
        this.shape = shape;
        this.pipeline = pipeline;
        this.session = session;
    }

    /** Opens a model from its parts, on the GPU when present. */
    public static ModelScorer open(NetworkShape shape, FeaturePipeline pipeline, byte[] parameters) {
        return new ModelScorer(shape, pipeline,
                ScoringSession.open(shape, pipeline, ComputeDevices.choose("auto"), parameters));
    }

    public static ModelScorer open(TrainedModel model) {
        return open(model.shape(), model.pipeline(), model.parameters());
    }

    public static ModelScorer open(LoadedModel model) {
        return open(model.artifact().shape(), model.artifact().pipeline(), model.artifact().parameters());
    }

    public FeaturePipeline pipeline() {
        return pipeline;
    }

    public ModelKind kind() {
        return shape.kind();
    }

    public NetworkShape shape() {
        return shape;
    }

    /** P(label) of every row (for ESMM, the click). */
    public double[] probabilities(EncodedRows rows) {
        return session.predict(rows, all(rows.rows()), new CancellationToken()).ctr();
    }

    /** The main output's logit of every row: the margin that the sigmoid turns into a probability. */
    public double[] logits(EncodedRows rows) {
        return session.logits(rows, all(rows.rows()));
    }

    /** The open session: a network's, or gradient-boosted trees' ({@code GbdtSession}). */
    public ScoringSession session() {
        return session;
    }

    /** The shared embedding table, row-major (vocabulary × embedding width), or null for LR and trees. */
    public float[] embeddingTable() {
        return session.embeddingTable();
    }

    /** The first-order weight of each embedding-table row, or null for families without one (DNN). */
    public float[] linearWeights() {
        return session.linearWeights();
    }

    /** The width of each embedding row. */
    public int embeddingWidth() {
        return shape.params().embeddingDim();
    }

    private static int[] all(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    @Override
    public void close() {
        session.close();
    }
}
