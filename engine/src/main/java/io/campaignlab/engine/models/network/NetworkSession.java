package io.campaignlab.engine.models.network;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.campaignlab.engine.device.ParameterBytes;
import io.campaignlab.engine.device.Scalars;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.jobs.CancellationToken;

import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelKind;
import java.util.SplittableRandom;

/**
 * One network on one device, for training (Adam, per-batch sub-managers so native memory stays flat) and for
 * prediction. Not thread-safe.
 */
public final class NetworkSession implements ScoringSession {

    /** Rows per prediction batch. */
    public static final int PREDICT_BATCH = 8192;

    private final NetworkShape shape;
    private final Device device;
    private final Model model;
    private final CtrNetwork network;
    private Trainer trainer;
    private RowWiseAdam sparseEmbedding;
    private RowWiseAdam sparseLinear;
    /** The input buffers of {@link #logitsOnePass}, grown to the largest batch it was given. */
    private BatchInputs onePass;

    private NetworkSession(NetworkShape shape, Device device) {
        this.shape = shape;
        this.device = device;
        this.network = CtrNetwork.of(shape);
        this.model = Model.newInstance("ctr-" + shape.kind().id(), device, "PyTorch");
        this.model.setBlock(network);
    }

    /** A freshly initialised network, seeded: the same seed gives the same initial weights and dropout masks. */
    public static NetworkSession forTraining(NetworkShape shape, Device device, long seed) {
        Engine.getInstance().setRandomSeed((int) (seed ^ (seed >>> 32)));
        NetworkSession session = new NetworkSession(shape, device);
        Hyperparameters p = shape.params();
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.sigmoidBinaryCrossEntropyLoss())
                .optDevices(new Device[]{device})
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) p.learningRate()))
                        .build());
        session.trainer = session.model.newTrainer(config);
        session.trainer.initialize(new Shape(p.batchSize(), shape.slots()), new Shape(p.batchSize(), shape.slots()));
        if (p.sparseEmbeddings()) {
            CtrNetwork net = session.network;
            if (net.embeddingParameter() != null) {
                session.sparseEmbedding = new RowWiseAdam(net.embeddingParameter().getArray().toFloatArray(),
                        p.embeddingDim(), p.learningRate());
            }
            if (net.linearParameter() != null) {
                session.sparseLinear = new RowWiseAdam(net.linearParameter().getArray().toFloatArray(), 1,
                        p.learningRate());
            }
        }
        return session;
    }

    /** A network with stored parameters, for prediction. */
    public static NetworkSession forScoring(NetworkShape shape, Device device, byte[] parameters) {
        NetworkSession session = new NetworkSession(shape, device);
        session.network.initialize(session.model.getNDManager(), DataType.FLOAT32,
                new Shape(1, shape.slots()), new Shape(1, shape.slots()));
        session.loadParameters(parameters);
        return session;
    }

    public Device device() {
        return device;
    }

    /**
     * One pass over the given rows in a seeded random order.
     *
     * @param labels   labels per output: {clicks} or, for ESMM, {clicks, click-and-purchase}
     * @param progress called after each batch with the rows done
     * @return the mean training loss (without the L2 term)
     */
    public double trainEpoch(EncodedRows data, float[][] labels, int[] rows, SplittableRandom rng,
                             CancellationToken cancel, java.util.function.IntConsumer progress) {
        int[] order = rows.clone();
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int batchSize = shape.params().batchSize();
        BatchInputs inputs = new BatchInputs(data.slots(), batchSize);
        double lossSum = 0;
        long counted = 0;
        double l2 = shape.params().embeddingL2();
        boolean rowWise = sparseEmbedding != null || sparseLinear != null;
        for (int from = 0; from < order.length; from += batchSize) {
            cancel.throwIfCancelled();
            int to = Math.min(order.length, from + batchSize);
            try (NDManager sub = trainer.getManager().newSubManager()) {
                NDList x = rowWise ? rowWiseInputs(sub, inputs, data, order, from, to)
                        : inputs.gather(sub, device, data, order, from, to);
                NDArray clicks = BatchInputs.column(sub, device, labels[0], order, from, to);
                try (GradientCollector gc = trainer.newGradientCollector()) {
                    NDList out = trainer.forward(x);
                    NDArray loss = shape.kind() == ModelKind.ESMM
                            ? CtrLosses.esmm(out.get(0), out.get(1), clicks,
                            BatchInputs.column(sub, device, labels[1], order, from, to))
                            : CtrLosses.binaryCrossEntropy(out.get(0), clicks);
                    NDArray total = l2 > 0 ? loss.add(Scalars.times(out.get(out.size() - 1), l2)) : loss;
                    float value = loss.getFloat();
                    if (!Float.isFinite(value)) {
                        throw new IllegalStateException(String.format(java.util.Locale.ROOT,
                                "training diverged: the loss became %s at row %,d of the epoch; try a lower learning"
                                        + " rate (it was %s)", value, from, shape.params().learningRate()));
                    }
                    gc.backward(total);
                    lossSum += value * (to - from);
                    counted += to - from;
                }
                trainer.step();
                if (rowWise) {
                    for (int i = 2; i < x.size(); i++) {
                        NDArray gathered = x.get(i);
                        float[] gradient = gathered.getGradient().toFloatArray();
                        (CtrNetwork.EMBEDDING_ROWS.equals(gathered.getName()) ? sparseEmbedding : sparseLinear)
                                .update(gradient);
                    }
                }
            }
            progress.accept(to);
        }
        if (rowWise) {
            syncSparseTables();
        }
        return counted == 0 ? Double.NaN : lossSum / counted;
    }

    /** Inputs whose looked-up rows come from the row-wise tables, gathered per occurrence and named for the network. */
    private NDList rowWiseInputs(NDManager sub, BatchInputs inputs, EncodedRows data, int[] order, int from,
                                 int to) {
        NDList gathered = inputs.gather(sub, Device.cpu(), data, order, from, to);
        long[] global = gathered.get(0).toLongArray();
        Shape shape = gathered.get(0).getShape();
        NDList x = new NDList(gathered.get(0).toDevice(device, false), gathered.get(1).toDevice(device, false));
        if (sparseLinear != null) {
            sparseLinear.mapBatch(global, global.length);
            NDArray rows = sparseLinear.gather(sub, device, shape);
            rows.setName(CtrNetwork.LINEAR_ROWS);
            x.add(rows);
        }
        if (sparseEmbedding != null) {
            sparseEmbedding.mapBatch(global, global.length);
            NDArray rows = sparseEmbedding.gather(sub, device, shape);
            rows.setName(CtrNetwork.EMBEDDING_ROWS);
            x.add(rows);
        }
        return x;
    }

    /** Copies the row-wise tables into the network's parameters, for prediction and saving. */
    private void syncSparseTables() {
        if (sparseEmbedding != null) {
            overwrite(network.embeddingParameter().getArray(), sparseEmbedding.weights());
        }
        if (sparseLinear != null) {
            overwrite(network.linearParameter().getArray(), sparseLinear.weights());
        }
    }

    /**
     * Replaces an array's values with a fresh tensor made from them, on the array's device. Not {@code NDArray.set}:
     * on a CUDA tensor DJL's JNI {@code set_} fails ("set_stride is not allowed on a Tensor created from .data") or
     * leaves the tensor without storage, which the GPU check on PyTorch 2.11 showed.
     */
    private static void overwrite(NDArray target, float[] values) {
        NDArray borrowed = target.getManager().create(java.nio.FloatBuffer.wrap(values), target.getShape());
        // On the CPU DJL's create wraps its own direct buffer (torch.from_blob), kept alive only by that Java array,
        // which intern closes; the parameter must not depend on a buffer the collector may free. The clone owns its
        // storage.
        NDArray owned = borrowed.getDevice().equals(target.getDevice()) ? borrowed.duplicate()
                : borrowed.toDevice(target.getDevice(), true);
        borrowed.close();
        target.intern(owned);
    }

    /** Probabilities for the given rows, in their order. */
    public Predictions predict(EncodedRows data, int[] rows, CancellationToken cancel) {
        double[] ctr = new double[rows.length];
        double[] cvr = shape.kind() == ModelKind.ESMM ? new double[rows.length] : null;
        double[] ctcvr = cvr == null ? null : new double[rows.length];
        BatchInputs inputs = new BatchInputs(data.slots(), Math.min(PREDICT_BATCH, Math.max(1, rows.length)));
        NDManager parent = trainer != null ? trainer.getManager() : model.getNDManager();
        for (int from = 0; from < rows.length; from += PREDICT_BATCH) {
            cancel.throwIfCancelled();
            int to = Math.min(rows.length, from + PREDICT_BATCH);
            try (NDManager sub = parent.newSubManager()) {
                NDList out = network.forward(new ParameterStore(sub, false),
                        inputs.gather(sub, device, data, rows, from, to), false);
                float[] p = Activation.sigmoid(out.get(0)).toType(DataType.FLOAT32, false).toFloatArray();
                for (int i = 0; i < p.length; i++) {
                    ctr[from + i] = p[i];
                }
                if (cvr != null) {
                    float[] q = Activation.sigmoid(out.get(1)).toFloatArray();
                    for (int i = 0; i < q.length; i++) {
                        cvr[from + i] = q[i];
                        ctcvr[from + i] = (double) p[i] * q[i];
                    }
                }
            }
        }
        return new Predictions(ctr, cvr, ctcvr);
    }

    /** The main output's logit (before the sigmoid) for the given rows, in their order. */
    public double[] logits(EncodedRows data, int[] rows) {
        double[] logits = new double[rows.length];
        BatchInputs inputs = new BatchInputs(data.slots(), Math.min(PREDICT_BATCH, Math.max(1, rows.length)));
        NDManager parent = trainer != null ? trainer.getManager() : model.getNDManager();
        for (int from = 0; from < rows.length; from += PREDICT_BATCH) {
            int to = Math.min(rows.length, from + PREDICT_BATCH);
            try (NDManager sub = parent.newSubManager()) {
                NDList out = network.forward(new ParameterStore(sub, false),
                        inputs.gather(sub, device, data, rows, from, to), false);
                float[] z = out.get(0).toType(DataType.FLOAT32, false).toFloatArray();
                for (int i = 0; i < z.length; i++) {
                    logits[from + i] = z[i];
                }
            }
        }
        return logits;
    }

    /**
     * The main output's logit of every row in one forward pass, with input buffers sized to the rows and kept for the
     * next call: for the small batches of serving, where {@link #logits(EncodedRows, int[])}'s prediction-sized
     * buffers would dominate, and where a fresh buffer per call would leave the collector to free it.
     */
    public double[] logitsOnePass(EncodedRows data) {
        int n = data.rows();
        if (onePass == null || !onePass.fits(data, n)) {
            onePass = new BatchInputs(data.slots(), n);
        }
        NDManager parent = trainer != null ? trainer.getManager() : model.getNDManager();
        try (NDManager sub = parent.newSubManager()) {
            NDList out = network.forward(new ParameterStore(sub, false), onePass.gatherAll(sub, device, data),
                    false);
            float[] z = out.get(0).toType(DataType.FLOAT32, false).toFloatArray();
            double[] logits = new double[n];
            for (int i = 0; i < n; i++) {
                logits[i] = z[i];
            }
            return logits;
        }
    }

    /** The shared embedding table, row-major (rows × width), or null when the family has none. */
    public float[] embeddingTable() {
        return network.embeddingParameter() == null ? null : network.embeddingParameter().getArray().toFloatArray();
    }

    /** The first-order weight of every embedding-table row, or null when the family has none. */
    public float[] linearWeights() {
        return network.linearParameter() == null ? null : network.linearParameter().getArray().toFloatArray();
    }

    /** The arrays attached to this session's model, its sub-managers' included: a pass must leave none behind. */
    int attachedArrays() {
        return model.getNDManager().getManagedArrays().size();
    }

    public byte[] saveParameters() {
        return ParameterBytes.save(network);
    }

    public void loadParameters(byte[] parameters) {
        NDManager manager = trainer != null ? trainer.getManager() : model.getNDManager();
        ParameterBytes.load(network, manager, parameters, () -> "the network");
        if (sparseEmbedding != null) {
            System.arraycopy(network.embeddingParameter().getArray().toFloatArray(), 0, sparseEmbedding.weights(),
                    0, sparseEmbedding.weights().length);
        }
        if (sparseLinear != null) {
            System.arraycopy(network.linearParameter().getArray().toFloatArray(), 0, sparseLinear.weights(), 0,
                    sparseLinear.weights().length);
        }
    }

    @Override
    public void close() {
        if (trainer != null) {
            trainer.close();
        }
        model.close();
    }
}
