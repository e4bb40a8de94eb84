package io.campaignlab.engine.models.network;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;

/**
 * ESMM: two MLP towers on the shared embeddings giving the click and the post-click conversion logits (Ma et al.
 * 2018).
 */
final class EsmmBlock extends CtrNetwork {

    private final SequentialBlock ctrTower;
    private final SequentialBlock cvrTower;

    EsmmBlock(NetworkShape shape) {
        super(shape, false, true);
        ctrTower = addChildBlock("ctr_tower", mlp(shape.params(), true));
        cvrTower = addChildBlock("cvr_tower", mlp(shape.params(), true));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape flat = flatShape(inputShapes);
        ctrTower.initialize(manager, dataType, flat);
        cvrTower.initialize(manager, dataType, flat);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = inputShapes[0].get(0);
        return new Shape[]{new Shape(batch, 1), new Shape(batch, 1)};
    }

    @Override
    protected NDList logits(ParameterStore store, NDArray linearLogit, NDArray embedded, NDArray flat,
                            Device device, boolean training) {
        return new NDList(ctrTower.forward(store, new NDList(flat), training).head(),
                cvrTower.forward(store, new NDList(flat), training).head());
    }
}
