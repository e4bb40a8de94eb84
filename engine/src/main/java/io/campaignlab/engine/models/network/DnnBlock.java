package io.campaignlab.engine.models.network;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;

/** DNN: MLP(concat e) on the field embeddings. */
final class DnnBlock extends CtrNetwork {

    private final SequentialBlock deep;

    DnnBlock(NetworkShape shape) {
        super(shape, false, true);
        deep = addChildBlock("deep", mlp(shape.params(), true));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        deep.initialize(manager, dataType, flatShape(inputShapes));
    }

    @Override
    protected NDList logits(ParameterStore store, NDArray linearLogit, NDArray embedded, NDArray flat,
                            Device device, boolean training) {
        return new NDList(deep.forward(store, new NDList(flat), training).head());
    }
}
