package io.campaignlab.engine.models.network;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import io.campaignlab.engine.device.Scalars;
import io.campaignlab.engine.models.Hyperparameters;

/**
 * BST, the Behaviour Sequence Transformer (Chen et al. 2019): the user's last L items with their categories, and the
 * target item with its category, embedded (item + category + position, layer-normalised), go through one
 * {@link TransformerLayer};
 * the layer's output at the target and the mean of its outputs over the history are concatenated with the other
 * fields' embeddings and fed to an MLP.
 * <p>
 * The sequence arrives as the pipeline's last two fields, both multi-valued with L + 1 slots: the items, then their
 * categories, each oldest first and ending with the target (see
 * {@code engine.features.BehaviourSequences}); a user with k &lt; L earlier events fills k + 1 slots and leaves the
 * rest empty (multiplier 0). The position of a filled slot is its distance from the target (0 for the target, 1 for
 * the most recent event, ...), so that positions mean the same for long and short histories. Both sequence fields
 * share no rows with the other fields; their mean-pooled embeddings are not fed to the MLP (the Transformer reads
 * them).
 */
final class BstBlock extends CtrNetwork {

    private final int dim;
    private final int positions;
    private final int itemSlot;
    private final int categorySlot;
    private final int otherFields;
    private final Parameter positionTable;
    private final LayerNorm inputNorm;
    private final TransformerLayer transformer;
    private final SequentialBlock deep;

    BstBlock(NetworkShape shape) {
        super(shape, false, true);
        Hyperparameters p = shape.params();
        this.dim = p.embeddingDim();
        int fields = shape.fields();
        int[] slotField = shape.slotField();
        int categoryCount = count(slotField, fields - 1);
        int itemCount = count(slotField, fields - 2);
        if (fields < 2 || itemCount < 2 || itemCount != categoryCount) {
            throw new IllegalArgumentException("BST needs the behaviour sequence as its last two fields (items, then"
                    + " categories, each with the sequence length + 1 slots); train it with --behaviour EVENTS");
        }
        this.positions = itemCount;
        this.itemSlot = first(slotField, fields - 2);
        this.categorySlot = first(slotField, fields - 1);
        this.otherFields = fields - 2;
        positionTable = addParameter(Parameter.builder().setName("positions").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(positions, dim)).optInitializer(new NormalInitializer(0.01f)).build());
        inputNorm = addChildBlock("input_norm", LayerNorm.builder().axis(2).build());
        transformer = addChildBlock("transformer", new TransformerLayer(dim, TransformerLayer.headsFor(dim), false,
                p.dropout()));
        deep = addChildBlock("deep", mlp(p, true));
    }

    private static int count(int[] slotField, int field) {
        int n = 0;
        for (int f : slotField) {
            n += f == field ? 1 : 0;
        }
        return n;
    }

    private static int first(int[] slotField, int field) {
        for (int s = 0; s < slotField.length; s++) {
            if (slotField[s] == field) {
                return s;
            }
        }
        throw new IllegalStateException("no slot of field " + field);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        inputNorm.initialize(manager, dataType, new Shape(batch, positions, dim));
        transformer.initialize(manager, dataType, new Shape(batch, positions, dim), new Shape(batch, positions));
        deep.initialize(manager, dataType, new Shape(batch, (long) (otherFields + 2) * dim));
    }

    @Override
    protected NDList logits(ParameterStore store, NDArray linearLogit, NDArray embedded, NDArray flat,
                            Device device, boolean training) {
        throw new IllegalStateException("BST reads the sequence slots");
    }

    @Override
    protected NDList logits(ParameterStore store, NDArray linearLogit, NDArray rows, NDArray values,
                            NDArray embedded, NDArray flat, Device device, boolean training) {
        long batch = rows.getShape().get(0);
        NDArray mask = values.get(new NDIndex(":, {}:{}", itemSlot, itemSlot + positions)).gt(
                Scalars.like(values, 0)).toType(DataType.FLOAT32, false);
        // distance from the target: filled − 1 − slot (negative at empty slots, clipped to 0 there; masked anyway)
        NDArray filled = mask.sum(new int[]{1}, true);
        NDArray slot = mask.getManager().arange(0f, (float) positions, 1f, DataType.FLOAT32, device)
                .reshape(1, positions);
        NDArray distance = filled.sub(Scalars.like(filled, 1)).sub(slot);
        NDArray target = distance.eq(Scalars.like(distance, 0)).toType(DataType.FLOAT32, false);
        NDArray position = distance.maximum(Scalars.like(distance, 0)).toType(DataType.INT64, false);
        NDArray x = rows.get(new NDIndex(":, {}:{}, :", itemSlot, itemSlot + positions))
                .add(rows.get(new NDIndex(":, {}:{}, :", categorySlot, categorySlot + positions)))
                .add(lookup(position, store.getValue(positionTable, device, training)));
        // layer norm of the summed embeddings (as BERT and SASRec do): the 0.01-scale embeddings reach the
        // attention at unit scale, so that its scores are not uniform from the start
        x = inputNorm.forward(store, new NDList(x), training).head().mul(mask.expandDims(2));
        NDArray out = transformer.forward(store, new NDList(x, mask), training).head();
        NDArray atTarget = out.mul(target.expandDims(2)).sum(new int[]{1});
        NDArray history = mask.sub(target);
        NDArray count = history.sum(new int[]{1}, true).maximum(Scalars.like(filled, 1));
        NDArray historyMean = out.mul(history.expandDims(2)).sum(new int[]{1}).div(count);
        NDArray input = atTarget.concat(historyMean, 1);
        if (otherFields > 0) {
            input = embedded.get(new NDIndex(":, 0:{}, :", otherFields)).reshape(batch, (long) otherFields * dim)
                    .concat(input, 1);
        }
        return new NDList(deep.forward(store, new NDList(input), training).head());
    }
}
