package io.campaignlab.engine.models.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.campaignlab.engine.device.Scalars;

/**
 * Inverted dropout whose mask comes from the engine's uniform generator. PyTorch's multi-threaded CPU bernoulli
 * kernel (behind DJL's {@code Dropout}) made masks depend on thread timing, so two runs with one seed diverged; the
 * uniform kernel is serial, so the same seed gives the same masks.
 */
final class UniformDropout extends AbstractBlock {

    private final float rate;

    UniformDropout(float rate) {
        super((byte) 1);
        this.rate = rate;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        if (!training || rate == 0) {
            return new NDList(x);
        }
        NDArray keep = x.getManager().randomUniform(0f, 1f, x.getShape(), DataType.FLOAT32, x.getDevice())
                .gte(rate).toType(DataType.FLOAT32, false);
        return new NDList(Scalars.dividedBy(x.mul(keep), 1 - rate));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }
}
