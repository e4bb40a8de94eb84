package io.campaignlab.engine.recommend.session;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Parameter;
import ai.djl.nn.recurrent.GRU;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.campaignlab.engine.device.Scalars;

/**
 * GRU4Rec as one DJL block: item embedding → one GRU layer → a score for every catalogue item
 * ({@code h · W_jᵀ + b_j}, an output embedding separate from the input one).
 *
 * <p>Input: {@code items} (batch × time, int64, right-padded) and {@code positions} (int64, flat indices
 * {@code b · time + t} of the steps to score). Output: the logits of those steps, positions × catalogue. The GRU is
 * causal, so the output at step t depends only on {@code items[b][0..t]} and right-padding never changes it.
 */
final class Gru4RecNetwork extends SessionNetwork {

    private final int embeddingWidth;
    private final int hidden;
    private final float dropout;
    private final Parameter itemEmbedding;
    private final Parameter outputWeight;
    private final Parameter outputBias;
    private final GRU gru;

    Gru4RecNetwork(int catalogue, int embeddingWidth, int hidden, double dropout) {
        super(catalogue);
        this.embeddingWidth = embeddingWidth;
        this.hidden = hidden;
        this.dropout = (float) dropout;
        itemEmbedding = addItemEmbedding(catalogue, embeddingWidth, null);
        outputWeight = addParameter(Parameter.builder().setName("output_weight").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(catalogue, hidden)).build());
        outputBias = addOutputBias(catalogue);
        gru = addChildBlock("gru", GRU.builder().setStateSize(hidden).setNumLayers(1).optBatchFirst(true)
                .optReturnState(false).build());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        gru.initialize(manager, dataType, new Shape(inputShapes[0].get(0), inputShapes[0].get(1), embeddingWidth));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray items = inputs.get(0);
        NDArray positions = inputs.get(1);
        Device device = items.getDevice();
        long batch = items.getShape().get(0);
        long time = items.getShape().get(1);
        NDArray embedded = lookup(items, store.getValue(itemEmbedding, device, training));
        embedded = drop(embedded, training);
        NDArray states = gru.forward(store, new NDList(embedded), training).head();
        NDArray steps = lookup(positions, states.reshape(batch * time, hidden));
        steps = drop(steps, training);
        NDArray logits = steps.matMul(store.getValue(outputWeight, device, training).transpose())
                .add(store.getValue(outputBias, device, training));
        return new NDList(logits);
    }

    /** Inverted dropout with a mask from the engine's uniform generator (serial, so seeded runs repeat). */
    private NDArray drop(NDArray x, boolean training) {
        if (!training || dropout == 0) {
            return x;
        }
        NDArray keep = x.getManager().randomUniform(0f, 1f, x.getShape(), DataType.FLOAT32, x.getDevice())
                .gte(dropout).toType(DataType.FLOAT32, false);
        return Scalars.dividedBy(x.mul(keep), 1 - dropout);
    }

    private static NDArray lookup(NDArray indices, NDArray table) {
        return indices.getNDArrayInternal().embedding(indices, table, SparseFormat.DENSE).head();
    }

    @Override
    Parameter outputBias() {
        return outputBias;
    }

    int catalogue() {
        return catalogue;
    }
}
