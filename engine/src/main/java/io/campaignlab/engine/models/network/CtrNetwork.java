package io.campaignlab.engine.models.network;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import io.campaignlab.engine.device.Scalars;
import io.campaignlab.engine.models.Hyperparameters;


/**
 * Every model family as one DJL block over a shared embedding table with per-field offsets.
 * <p>
 * Input: {@code indices} (batch × slots, int64, global embedding rows) and {@code values} (batch × slots, float,
 * the multiplier of each slot). Slots of a multi-valued field are pooled into their field by a fixed
 * fields × slots matrix. Output: the click logit (batch × 1); ESMM adds the conversion logit. Each logit includes
 * the constant prior offset of {@link NetworkShape#priorLogits()}. In training the
 * last output is the L2 term: the mean over the batch of the squared norms of the embedding and linear-weight rows
 * it used (lazy L2: rows a batch does not touch are not shrunk).
 * <ul>
 *   <li>LR: Σ w[i]·v + b.</li>
 *   <li>FM: LR + ½ Σ_k ((Σ_f e_fk)² − Σ_f e_fk²), the pairwise interactions (Rendle 2010).</li>
 *   <li>DeepFM: FM + MLP(concat e) (Guo et al. 2017).</li>
 *   <li>DCN-v2: Linear(concat(cross(x0), MLP(x0))) with crosses x_{l+1} = x0 ⊙ (W_l x_l + b_l) + x_l, W_l full
 *       rank or, by default, the paper's low-rank U_l V_lᵀ (Wang et al. 2021, parallel form).</li>
 *   <li>DNN: MLP(concat e).</li>
 *   <li>BST: a Transformer layer over the behaviour sequence and the target item, then an MLP (Chen et al.
 *       2019; see {@link BstBlock}).</li>
 *   <li>ESMM: two MLP towers on the shared embeddings giving the click and the post-click conversion logits
 *       (Ma et al. 2018).</li>
 * </ul>
 * Each family is its own block class ({@link #of} picks it); this base holds what they share: the linear weights
 * and the embedding table, their lookup, pooling and L2 term, and the prior offsets.
 */
abstract class CtrNetwork extends AbstractBlock {

    private static final byte VERSION = 1;
    /** Input name of the gathered embedding rows in row-wise training. */
    static final String EMBEDDING_ROWS = "embedding_rows";
    /** Input name of the gathered linear-weight rows in row-wise training. */
    static final String LINEAR_ROWS = "linear_rows";

    private final NetworkShape shape;
    private final float[] pooling;
    private Parameter embedding;
    private Parameter linear;
    private Parameter bias;

    /**
     * Registers the shared parameters, in this order: the linear weights and bias, then the embedding table. A
     * family registers its own after them, so that parameters initialise (and draw random numbers) in a fixed order.
     */
    protected CtrNetwork(NetworkShape shape, boolean linearTerms, boolean embeddings) {
        super(VERSION);
        this.shape = shape;
        this.pooling = shape.pooled() ? poolingMatrix(shape) : null;
        Hyperparameters p = shape.params();
        if (linearTerms) {
            linear = addParameter(Parameter.builder().setName("linear").setType(Parameter.Type.WEIGHT)
                    .optShape(new Shape(shape.vocabularySize(), 1)).optInitializer(new ConstantInitializer(0))
                    .optRequiresGrad(!p.sparseEmbeddings()).build());
            bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS)
                    .optShape(new Shape(1)).optInitializer(new ConstantInitializer(0)).build());
        }
        if (embeddings) {
            embedding = addParameter(Parameter.builder().setName("embedding").setType(Parameter.Type.WEIGHT)
                    .optShape(new Shape(shape.vocabularySize(), p.embeddingDim()))
                    .optInitializer(new NormalInitializer(0.01f)).optRequiresGrad(!p.sparseEmbeddings()).build());
        }
    }

    /** The block of a shape's model family. */
    static CtrNetwork of(NetworkShape shape) {
        return switch (shape.kind()) {
            case LR -> new LrBlock(shape);
            case FM -> new FmBlock(shape, false);
            case DEEPFM -> new FmBlock(shape, true);
            case DNN -> new DnnBlock(shape);
            case DCN -> new DcnBlock(shape);
            case ESMM -> new EsmmBlock(shape);
            case BST -> new BstBlock(shape);
            case GBDT -> throw new IllegalArgumentException("gradient-boosted trees are no network; they train and"
                    + " score through models.gbdt");
        };
    }

    NetworkShape networkShape() {
        return shape;
    }

    /**
     * The family's logits before the prior offsets: the click logit first (ESMM adds the conversion logit).
     *
     * @param linearLogit Σ w[i]·v + b, or null without linear terms
     * @param embedded    the (pooled) field embeddings, batch × fields × dim, or null without embeddings
     * @param flat        the same, flattened to batch × (fields · dim)
     */
    protected abstract NDList logits(ParameterStore store, NDArray linearLogit, NDArray embedded, NDArray flat,
                                     Device device, boolean training);

    /**
     * The family's logits from the slot embeddings as well: a family that reads the slots themselves, not only
     * their pooled fields (BST reads the behaviour sequence slot by slot), overrides this; the others keep
     * {@link #logits(ParameterStore, NDArray, NDArray, NDArray, Device, boolean)}.
     *
     * @param rows   the embedding row of each slot, batch × slots × dim, or null without embeddings
     * @param values the multiplier of each slot, batch × slots (0 for an empty slot of a multi-valued field)
     */
    protected NDList logits(ParameterStore store, NDArray linearLogit, NDArray rows, NDArray values,
                            NDArray embedded, NDArray flat, Device device, boolean training) {
        return logits(store, linearLogit, embedded, flat, device, training);
    }

    /** An MLP of the hidden layers (ReLU, dropout), with a one-unit output layer if asked. */
    protected static SequentialBlock mlp(Hyperparameters p, boolean withOutput) {
        SequentialBlock block = new SequentialBlock();
        for (int units : p.hidden()) {
            block.add(Linear.builder().setUnits(units).build());
            block.add(Activation.reluBlock());
            if (p.dropout() > 0) {
                block.add(new UniformDropout((float) p.dropout()));
            }
        }
        if (withOutput) {
            block.add(Linear.builder().setUnits(1).build());
        }
        return block;
    }

    /** The shape of the flattened embeddings for a batch of the given input shapes. */
    protected Shape flatShape(Shape... inputShapes) {
        return new Shape(inputShapes[0].get(0), shape.flatWidth());
    }

    private static float[] poolingMatrix(NetworkShape shape) {
        int slots = shape.slots();
        float[] matrix = new float[shape.fields() * slots];
        for (int s = 0; s < slots; s++) {
            matrix[shape.slotField()[s] * slots + s] = 1f;
        }
        return matrix;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[]{new Shape(inputShapes[0].get(0), 1)};
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray indices = inputs.get(0);
        NDArray values = inputs.get(1);
        Device device = indices.getDevice();
        long batch = indices.getShape().get(0);
        NDArray logit = null;
        NDArray regulariser = null;
        if (linear != null) {
            NDArray w = lookup(inputs, LINEAR_ROWS, indices, linear, store, device, training).squeeze(2);
            logit = w.mul(values).sum(new int[]{1}, true).add(store.getValue(bias, device, training));
            regulariser = training ? Scalars.dividedBy(w.square().sum(), batch) : null;
        }
        NDArray e = null;
        NDArray flat = null;
        NDArray rows = null;
        if (embedding != null) {
            rows = lookup(inputs, EMBEDDING_ROWS, indices, embedding, store, device, training);
            if (training) {
                NDArray r = Scalars.dividedBy(rows.square().sum(), batch);
                regulariser = regulariser == null ? r : regulariser.add(r);
            }
            e = rows.mul(values.expandDims(2));
            if (pooling != null) {
                NDArray pool = indices.getManager().create(pooling, new Shape(shape.fields(), shape.slots()))
                        .toDevice(device, false);
                e = pool.matMul(e);
            }
            flat = e.reshape(batch, shape.flatWidth());
        }
        NDList out = logits(store, logit, rows, values, e, flat, device, training);
        for (int i = 0; i < out.size(); i++) {
            out.set(i, Scalars.plus(out.get(i), shape.priorLogits()[i]));
        }
        if (training) {
            out.add(regulariser);
        }
        return out;
    }

    Parameter embeddingParameter() {
        return embedding;
    }

    Parameter linearParameter() {
        return linear;
    }

    /**
     * The looked-up rows (batch × slots × width): passed in as a named input in row-wise training, else looked up in
     * the parameter table.
     */
    private static NDArray lookup(NDList inputs, String name, NDArray indices, Parameter parameter,
                                  ParameterStore store, Device device, boolean training) {
        for (int i = 2; i < inputs.size(); i++) {
            if (name.equals(inputs.get(i).getName())) {
                return inputs.get(i);
            }
        }
        return lookup(indices, store.getValue(parameter, device, training));
    }

    static NDArray lookup(NDArray indices, NDArray table) {
        return indices.getNDArrayInternal().embedding(indices, table, SparseFormat.DENSE).head();
    }
}
