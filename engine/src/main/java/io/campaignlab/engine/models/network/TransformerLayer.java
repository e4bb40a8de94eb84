package io.campaignlab.engine.models.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.campaignlab.engine.device.Scalars;

/**
 * One Transformer encoder layer (Vaswani et al. 2017, post-norm as in BST and SASRec): multi-head scaled
 * dot-product self-attention, dropout, residual and layer norm, then a two-layer ReLU feed-forward network,
 * dropout, residual and layer norm.
 * <p>
 * Input: {@code x} (batch × positions × width) and {@code mask} (batch × positions, 1 for a real position, 0 for
 * padding). Padding positions are never attended to (their score gets −10⁹ before the softmax); a causal layer also
 * lets position i attend only to positions ≤ i (SASRec). Output: batch × positions × width; the output at a padding
 * position is meaningless and the caller masks it.
 * <p>
 * Shared by the BST click model ({@link BstBlock}) and the SASRec next-item model.
 */
public final class TransformerLayer extends AbstractBlock {

    private static final byte VERSION = 1;
    /** The score added where attention is not allowed: large enough to vanish in the softmax, finite so a row of
     * padding only gives a uniform (and later masked) attention instead of NaN. */
    private static final double BLOCKED = 1e9;

    private final int width;
    private final int heads;
    private final boolean causal;
    private final Linear query;
    private final Linear key;
    private final Linear value;
    private final Linear output;
    private final LayerNorm attentionNorm;
    private final Linear feedForwardIn;
    private final Linear feedForwardOut;
    private final LayerNorm feedForwardNorm;
    private final UniformDropout dropout;

    /**
     * @param width   the model width (the embedding size); a multiple of {@code heads}
     * @param heads   attention heads
     * @param causal  whether position i sees only positions ≤ i
     * @param dropout dropout after the attention and the feed-forward network, 0 for none
     */
    public TransformerLayer(int width, int heads, boolean causal, double dropout) {
        super(VERSION);
        if (heads < 1 || width % heads != 0) {
            throw new IllegalArgumentException("the width " + width + " must be a multiple of the " + heads
                    + " attention heads");
        }
        this.width = width;
        this.heads = heads;
        this.causal = causal;
        query = addChildBlock("query", Linear.builder().setUnits(width).build());
        key = addChildBlock("key", Linear.builder().setUnits(width).build());
        value = addChildBlock("value", Linear.builder().setUnits(width).build());
        output = addChildBlock("output", Linear.builder().setUnits(width).build());
        attentionNorm = addChildBlock("attention_norm", LayerNorm.builder().axis(2).build());
        feedForwardIn = addChildBlock("ff_in", Linear.builder().setUnits(2L * width).build());
        feedForwardOut = addChildBlock("ff_out", Linear.builder().setUnits(width).build());
        feedForwardNorm = addChildBlock("ff_norm", LayerNorm.builder().axis(2).build());
        this.dropout = addChildBlock("dropout", new UniformDropout((float) dropout));
    }

    /** The most heads (of 4, 2, 1) that divide the width into parts of at least 4. */
    public static int headsFor(int width) {
        for (int heads : new int[]{4, 2}) {
            if (width % heads == 0 && width / heads >= 4) {
                return heads;
            }
        }
        return 1;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        for (Linear linear : new Linear[]{query, key, value, output}) {
            linear.initialize(manager, dataType, x);
        }
        attentionNorm.initialize(manager, dataType, x);
        feedForwardIn.initialize(manager, dataType, x);
        feedForwardOut.initialize(manager, dataType, new Shape(x.get(0), x.get(1), 2L * width));
        feedForwardNorm.initialize(manager, dataType, x);
        dropout.initialize(manager, dataType, x);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[]{inputShapes[0]};
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray mask = inputs.get(1);
        NDArray attended = attention(store, x, mask, training);
        NDArray h = attentionNorm.forward(store, new NDList(x.add(drop(store, attended, training))), training)
                .head();
        NDArray ff = Activation.relu(feedForwardIn.forward(store, new NDList(h), training).head());
        ff = feedForwardOut.forward(store, new NDList(ff), training).head();
        return feedForwardNorm.forward(store, new NDList(h.add(drop(store, ff, training))), training);
    }

    private NDArray drop(ParameterStore store, NDArray x, boolean training) {
        return dropout.forward(store, new NDList(x), training).head();
    }

    /** Multi-head attention: softmax(Q Kᵀ / √d_h + blocked) V per head, heads concatenated, then projected. */
    private NDArray attention(ParameterStore store, NDArray x, NDArray mask, boolean training) {
        long batch = x.getShape().get(0);
        long positions = x.getShape().get(1);
        long part = width / heads;
        NDArray q = heads(query.forward(store, new NDList(x), training).head(), batch, positions, part);
        NDArray k = heads(key.forward(store, new NDList(x), training).head(), batch, positions, part);
        NDArray v = heads(value.forward(store, new NDList(x), training).head(), batch, positions, part);
        NDArray scores = Scalars.dividedBy(q.matMul(k.transpose(0, 1, 3, 2)), Math.sqrt(part));
        // (mask − 1) × 10⁹ over the keys: 0 where allowed, −10⁹ at padding
        NDArray blocked = Scalars.times(mask, BLOCKED).sub(Scalars.like(mask, BLOCKED))
                .reshape(batch, 1, 1, positions);
        scores = scores.add(blocked);
        if (causal) {
            scores = scores.add(causalBlock(x, positions));
        }
        NDArray mixed = scores.softmax(3).matMul(v).transpose(0, 2, 1, 3).reshape(batch, positions, width);
        return output.forward(store, new NDList(mixed), training).head();
    }

    private NDArray heads(NDArray projected, long batch, long positions, long part) {
        return projected.reshape(batch, positions, heads, part).transpose(0, 2, 1, 3);
    }

    /** positions × positions: 0 where the key is at or before the query, −10⁹ after it. */
    private static NDArray causalBlock(NDArray like, long positions) {
        NDManager manager = like.getManager();
        NDArray index = manager.arange(0f, (float) positions, 1f, DataType.FLOAT32, like.getDevice());
        NDArray later = index.reshape(1, positions).gt(index.reshape(positions, 1)).toType(DataType.FLOAT32, false);
        return Scalars.times(later, -BLOCKED);
    }
}
