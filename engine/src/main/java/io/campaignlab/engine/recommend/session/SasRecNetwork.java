package io.campaignlab.engine.recommend.session;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import io.campaignlab.engine.device.Scalars;
import io.campaignlab.engine.models.network.TransformerLayer;

/**
 * SASRec (Kang and McAuley 2018) as one DJL block: item embedding plus a learned positional embedding,
 * layer-normalised, through one causal {@link TransformerLayer} (position t attends to positions ≤ t), then a score
 * for every catalogue item from the shared item embedding, {@code h · E_jᵀ + b_j}.
 * <p>
 * Positions past the training window ({@code maxLength}) share the last positional embedding, so that a scoring
 * session longer than the windows still runs whole. Right padding is harmless: it lies after every real step.
 */
final class SasRecNetwork extends SessionNetwork {

    private final int width;
    private final int maxLength;
    private final Parameter itemEmbedding;
    private final Parameter positionEmbedding;
    private final Parameter outputBias;
    private final LayerNorm inputNorm;
    private final TransformerLayer transformer;

    SasRecNetwork(int catalogue, int width, int maxLength, double dropout) {
        super(catalogue);
        this.width = width;
        this.maxLength = maxLength;
        itemEmbedding = addItemEmbedding(catalogue, width, new NormalInitializer(0.05f));
        positionEmbedding = addParameter(Parameter.builder().setName("position_embedding")
                .setType(Parameter.Type.WEIGHT).optShape(new Shape(maxLength, width))
                .optInitializer(new NormalInitializer(0.05f)).build());
        outputBias = addOutputBias(catalogue);
        inputNorm = addChildBlock("input_norm", LayerNorm.builder().axis(2).build());
        transformer = addChildBlock("transformer", new TransformerLayer(width, TransformerLayer.headsFor(width), true,
                dropout));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = new Shape(inputShapes[0].get(0), inputShapes[0].get(1), width);
        inputNorm.initialize(manager, dataType, x);
        transformer.initialize(manager, dataType, x, new Shape(inputShapes[0].get(0), inputShapes[0].get(1)));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray items = inputs.get(0);
        NDArray positions = inputs.get(1);
        Device device = items.getDevice();
        long batch = items.getShape().get(0);
        long time = items.getShape().get(1);
        NDArray table = store.getValue(itemEmbedding, device, training);
        NDArray step = items.getManager().arange(0f, (float) time, 1f, DataType.FLOAT32, device)
                .minimum(Scalars.like(table, maxLength - 1)).toType(DataType.INT64, false).reshape(1, time);
        NDArray x = lookup(items, table).add(lookup(step, store.getValue(positionEmbedding, device, training)));
        x = inputNorm.forward(store, new NDList(x), training).head();
        // every position is real as far as each query can see: padding lies only after it (causal)
        NDArray mask = items.getManager().ones(new Shape(batch, time), DataType.FLOAT32, device);
        NDArray states = transformer.forward(store, new NDList(x, mask), training).head();
        NDArray steps = lookup(positions, states.reshape(batch * time, width));
        NDArray logits = steps.matMul(table.transpose()).add(store.getValue(outputBias, device, training));
        return new NDList(logits);
    }

    private static NDArray lookup(NDArray indices, NDArray table) {
        return indices.getNDArrayInternal().embedding(indices, table, SparseFormat.DENSE).head();
    }

    @Override
    Parameter outputBias() {
        return outputBias;
    }
}
