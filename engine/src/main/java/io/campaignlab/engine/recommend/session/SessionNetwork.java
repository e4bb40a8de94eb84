package io.campaignlab.engine.recommend.session;

import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;

/**
 * A next-click network over right-padded click sequences: GRU4Rec ({@link Gru4RecNetwork}) or SASRec
 * ({@link SasRecNetwork}). Input: {@code items} (batch × time, int64, right-padded) and {@code positions} (int64,
 * flat indices {@code b · time + t} of the steps to score). Output: the logits of those steps, positions ×
 * catalogue. Both are causal, so the output at step t depends only on {@code items[b][0..t]} and right-padding never
 * changes it.
 */
abstract class SessionNetwork extends AbstractBlock {

    SessionNetwork() {
        super((byte) 1);
    }

    /** The per-item output bias: every item's logit before any click. */
    abstract Parameter outputBias();

    /** A network of the spec's architecture. */
    static SessionNetwork of(Gru4RecSpec spec, int catalogue) {
        return spec.sasRec() ? new SasRecNetwork(catalogue, spec.embedding(), spec.maxLength(), spec.dropout())
                : new Gru4RecNetwork(catalogue, spec.embedding(), spec.hidden(), spec.dropout());
    }
}
