package io.campaignlab.engine.models.network;

import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelKind;

/**
 * The sizes a network is built from, saved with the model so that it can be rebuilt for scoring.
 *
 * @param kind           the family
 * @param vocabularySize rows of the shared embedding table
 * @param fields         feature fields (after pooling)
 * @param slotField      the field owning each input slot
 * @param params         hyper-parameters
 * @param priorLogits    constant offsets added to the output logits: the training split's log-odds of each label
 *                       (ESMM: the click, then the purchase among clicks), so that an untrained network already
 *                       predicts the base rate and every weight learns a deviation from it
 */
public record NetworkShape(ModelKind kind, int vocabularySize, int fields, int[] slotField, Hyperparameters params,
                           double[] priorLogits) {

    /** A shape with zero prior offsets. */
    public NetworkShape(ModelKind kind, int vocabularySize, int fields, int[] slotField, Hyperparameters params) {
        this(kind, vocabularySize, fields, slotField, params, new double[kind.multiTask() ? 2 : 1]);
    }

    /** The log-odds of a rate, clipped away from 0 and 1. */
    public static double logit(double rate) {
        double p = Math.min(1 - 1e-6, Math.max(1e-6, rate));
        return Math.log(p / (1 - p));
    }

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
