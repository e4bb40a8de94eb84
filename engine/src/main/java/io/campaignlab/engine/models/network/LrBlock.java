package io.campaignlab.engine.models.network;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;

/** Logistic regression: Σ w[i]·v + b. Linear weights only, no embeddings. */
final class LrBlock extends CtrNetwork {

    LrBlock(NetworkShape shape) {
        super(shape, true, false);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    }

    @Override
    protected NDList logits(ParameterStore store, NDArray linearLogit, NDArray embedded, NDArray flat,
                            Device device, boolean training) {
        return new NDList(linearLogit);
    }
}
