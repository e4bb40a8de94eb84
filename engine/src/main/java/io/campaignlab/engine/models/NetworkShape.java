package io.campaignlab.engine.models;

/**
 * The sizes a network is built from, saved with the model so that it can be rebuilt for scoring.
 *
 * @param kind           the family
 * @param vocabularySize rows of the shared embedding table
 * @param fields         feature fields (after pooling)
 * @param slotField      the field owning each input slot
 * @param params         hyper-parameters
 */
public record NetworkShape(ModelKind kind, int vocabularySize, int fields, int[] slotField, Hyperparameters params) {

    public int slots() {
        return slotField.length;
    }

    public boolean pooled() {
        return slotField.length != fields;
    }

    /** The width of the concatenated field embeddings. */
    public int flatWidth() {
        return fields * params.embeddingDim();
    }
}
