package io.campaignlab.engine.recommend.session;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;

/**
 * A next-click network over right-padded click sequences: GRU4Rec ({@link Gru4RecNetwork}) or SASRec
 * ({@link SasRecNetwork}). Input: {@code items} (batch × time, int64, right-padded) and {@code positions} (int64,
 * flat indices {@code b · time + t} of the steps to score). Output: the logits of those steps, positions ×
 * catalogue. Both are causal, so the output at step t depends only on {@code items[b][0..t]} and right-padding never
 * changes it.
 */
abstract class SessionNetwork extends AbstractBlock {

    /** How many items the network scores: the output's width. */
    final int catalogue;

    SessionNetwork(int catalogue) {
        super((byte) 1);
        this.catalogue = catalogue;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[]{new Shape(inputShapes[1].get(0), catalogue)};
    }

    /**
     * Registers the catalogue × width item embedding.
     *
     * @param initializer its initializer, or null for the block's default
     */
    final Parameter addItemEmbedding(int catalogue, int width, Initializer initializer) {
        return addParameter(Parameter.builder().setName("item_embedding").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(catalogue, width)).optInitializer(initializer).build());
    }

    /** Registers the per-item output bias. */
    final Parameter addOutputBias(int catalogue) {
        return addParameter(Parameter.builder().setName("output_bias").setType(Parameter.Type.BIAS)
                .optShape(new Shape(catalogue)).build());
    }

    /** The per-item output bias: every item's logit before any click. */
    abstract Parameter outputBias();

    /** A network of the spec's architecture. */
    static SessionNetwork of(Gru4RecSpec spec, int catalogue) {
        return spec.sasRec() ? new SasRecNetwork(catalogue, spec.embedding(), spec.maxLength(), spec.dropout())
                : new Gru4RecNetwork(catalogue, spec.embedding(), spec.hidden(), spec.dropout());
    }
}
