package io.campaignlab.engine.models.network;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import io.campaignlab.engine.device.Scalars;

/**
 * FM: LR + ½ Σ_k ((Σ_f e_fk)² − Σ_f e_fk²), the pairwise interactions (Rendle 2010); with a deep part, DeepFM:
 * FM + MLP(concat e) (Guo et al. 2017).
 */
final class FmBlock extends CtrNetwork {

    private final SequentialBlock deep;

    FmBlock(NetworkShape shape, boolean withDeep) {
        super(shape, true, true);
        deep = withDeep ? addChildBlock("deep", mlp(shape.params(), true)) : null;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        if (deep != null) {
            deep.initialize(manager, dataType, flatShape(inputShapes));
        }
    }

    @Override
    protected NDList logits(ParameterStore store, NDArray linearLogit, NDArray embedded, NDArray flat,
                            Device device, boolean training) {
        NDArray sum = embedded.sum(new int[]{1});
        NDArray pairs = Scalars.times(
                sum.square().sub(embedded.square().sum(new int[]{1})).sum(new int[]{1}, true), 0.5);
        NDArray logit = linearLogit.add(pairs);
        if (deep != null) {
            logit = logit.add(deep.forward(store, new NDList(flat), training).head());
        }
        return new NDList(logit);
    }
}
