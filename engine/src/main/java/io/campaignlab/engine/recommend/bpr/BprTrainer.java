package io.campaignlab.engine.recommend.bpr;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.campaignlab.engine.device.ComputeDevices;
import io.campaignlab.engine.device.Scalars;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.network.RowWiseAdam;
import io.campaignlab.engine.recommend.InteractionMatrix;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The DJL (PyTorch) training loop of BPR-MF: user factors P, item factors Q and item biases b on one device, the
 * loss {@code mean over a batch of softplus(−(p_u·(q_i − q_j) + b_i − b_j)) + λ(‖p_u‖² + ‖q_i‖² + ‖q_j‖² + b_i² +
 * b_j²)} on sampled triples, and DJL's Adam. Every random draw (the initial factors, the order of the positive cells
 * and the negatives) comes from one {@link SplittableRandom} of the seed, so a seed gives the same factors on the
 * CPU; on a GPU the scatter-add of the gathered rows' gradients may sum in another order.
 */
final class BprTrainer {

    /** Standard deviation of the initial factors. */
    static final double INIT_SD = 0.1;
    /** Draws before a negative that the user has not touched is given up on (only for near-complete rows). */
    private static final int NEGATIVE_TRIES = 64;

    private BprTrainer() {
    }

    /** What training produced, as plain arrays (row-major) plus the device and the per-epoch loss. */
    record Result(float[] userFactors, float[] itemFactors, float[] itemBias, double[] losses, double[] seconds,
                  String device) {
    }

    static Result train(InteractionMatrix train, int factors, long seed, BprSettings s, ProgressListener progress,
                        CancellationToken cancel) {
        Device device = ComputeDevices.choose(s.device());
        return train(train, factors, seed, s, device, ComputeDevices.rowWiseUpdates(device), progress, cancel);
    }

    /** Training on a given device with row-wise (Java) or dense (device) Adam; the tests take the dense path on a CPU. */
    static Result train(InteractionMatrix train, int factors, long seed, BprSettings s, Device device,
                        boolean rowWise, ProgressListener progress, CancellationToken cancel) {
        int users = train.users();
        int items = train.items();
        if (items < 2) {
            throw new IllegalArgumentException("BPR needs at least two items to sample negatives, the training"
                    + " matrix has " + items);
        }
        Engine.getInstance().setRandomSeed((int) (seed ^ (seed >>> 32)));
        SplittableRandom random = new SplittableRandom(seed);
        float[] p0 = gaussian(random, users * factors);
        float[] q0 = gaussian(random, items * factors);
        int[] cellUser = new int[train.nonZeros()];
        for (int u = 0; u < users; u++) {
            for (int k = train.rowStart(u); k < train.rowEnd(u); k++) {
                cellUser[k] = u;
            }
        }
        int triples = train.nonZeros() * s.negatives();
        double[] losses = new double[s.epochs()];
        double[] seconds = new double[s.epochs()];
        try (NDManager manager = NDManager.newBaseManager(device, "PyTorch")) {
            Tables tables = rowWise
                    ? new RowWiseTables(p0, q0, new float[items], factors, s.learningRate(), device)
                    : new DeviceTables(manager, p0, q0, users, items, factors, s.learningRate());
            int[] order = new int[triples];
            long[] bu = new long[s.batchSize()];
            long[] bi = new long[s.batchSize()];
            long[] bj = new long[s.batchSize()];
            for (int epoch = 0; epoch < s.epochs(); epoch++) {
                cancel.throwIfCancelled();
                progress.message(String.format(Locale.ROOT, "BPR epoch %d of %d on %s", epoch + 1, s.epochs(),
                        device));
                long started = System.nanoTime();
                for (int t = 0; t < triples; t++) {
                    order[t] = t % train.nonZeros();
                }
                shuffle(order, random);
                double lossSum = 0;
                for (int from = 0; from < triples; from += s.batchSize()) {
                    cancel.throwIfCancelled();
                    int n = Math.min(s.batchSize(), triples - from);
                    for (int t = 0; t < n; t++) {
                        int cell = order[from + t];
                        int u = cellUser[cell];
                        bu[t] = u;
                        bi[t] = train.column(cell);
                        bj[t] = negative(train, u, random);
                    }
                    try (NDManager sub = manager.newSubManager()) {
                        lossSum += tables.step(sub, Arrays.copyOf(bu, n), Arrays.copyOf(bi, n),
                                Arrays.copyOf(bj, n), s.regularization()) * n;
                    }
                }
                losses[epoch] = triples == 0 ? Double.NaN : lossSum / triples;
                if (!Double.isFinite(losses[epoch]) && triples > 0) {
                    throw new IllegalStateException(String.format(Locale.ROOT, "BPR training diverged in epoch %d"
                            + " (loss %s); try a lower learning rate (it was %s)", epoch + 1, losses[epoch],
                            s.learningRate()));
                }
                seconds[epoch] = (System.nanoTime() - started) / 1e9;
                progress.progress(epoch + 1, s.epochs());
            }
            return new Result(tables.users(), tables.items(), tables.bias(), losses, seconds, device.toString());
        }
    }

    /**
     * The batch loss on gathered rows: the mean ranking loss plus the L2 term over the batch size. Returns the mean
     * ranking loss (without L2) as the first element, the loss to differentiate as the second.
     */
    private static NDArray[] loss(NDArray pu, NDArray qi, NDArray qj, NDArray biasI, NDArray biasJ, double lambda,
                                  int n) {
        NDArray x = pu.mul(qi.sub(qj)).sum(new int[]{1}).add(biasI).sub(biasJ);
        NDArray ranking = Activation.softPlus(x.neg()).mean();
        NDArray l2 = pu.square().sum().add(qi.square().sum()).add(qj.square().sum()).add(biasI.square().sum())
                .add(biasJ.square().sum());
        l2 = Scalars.times(l2, lambda / n);
        return new NDArray[]{ranking, ranking.add(l2)};
    }

    /** The factor tables and how a batch updates them. */
    private interface Tables {

        /** One Adam step on the triples (u[t], i[t], j[t]); returns the batch's mean ranking loss. */
        double step(NDManager sub, long[] u, long[] i, long[] j, double lambda);

        float[] users();

        float[] items();

        float[] bias();
    }

    /** The tables in Java; a batch's rows are gathered as gradient leaves and only they take an Adam step. */
    private static final class RowWiseTables implements Tables {

        private final RowWiseAdam users;
        private final RowWiseAdam items;
        private final RowWiseAdam bias;
        private final Device device;

        RowWiseTables(float[] p, float[] q, float[] b, int factors, double learningRate, Device device) {
            this.users = new RowWiseAdam(p, factors, learningRate);
            this.items = new RowWiseAdam(q, factors, learningRate);
            this.bias = new RowWiseAdam(b, 1, learningRate);
            this.device = device;
        }

        @Override
        public double step(NDManager sub, long[] u, long[] i, long[] j, double lambda) {
            int n = u.length;
            long[] ij = Arrays.copyOf(i, 2 * n);
            System.arraycopy(j, 0, ij, n, n);
            users.mapBatch(u, n);
            items.mapBatch(ij, 2 * n);
            bias.mapBatch(ij, 2 * n);
            NDArray pu = users.gather(sub, device, new Shape(n));
            NDArray q = items.gather(sub, device, new Shape(2 * n));
            NDArray b = bias.gather(sub, device, new Shape(2 * n));
            double value;
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray bFlat = b.reshape(2 * n);
                NDArray[] loss = BprTrainer.loss(pu, q.get("0:{}", n), q.get("{}:", n), bFlat.get("0:{}", n),
                        bFlat.get("{}:", n), lambda, n);
                gc.backward(loss[1]);
                value = loss[0].getFloat();
            }
            users.update(pu.getGradient().toFloatArray());
            items.update(q.getGradient().toFloatArray());
            bias.update(b.getGradient().toFloatArray());
            return value;
        }

        @Override
        public float[] users() {
            return users.weights().clone();
        }

        @Override
        public float[] items() {
            return items.weights().clone();
        }

        @Override
        public float[] bias() {
            return bias.weights().clone();
        }
    }

    /** The tables on the device, updated whole by DJL's Adam (cheap on a GPU). */
    private static final class DeviceTables implements Tables {

        private static final String[] NAMES = {"bpr.users", "bpr.items", "bpr.bias"};
        private final NDArray[] params;
        private final Optimizer adam;

        DeviceTables(NDManager manager, float[] p, float[] q, int users, int items, int factors,
                     double learningRate) {
            params = new NDArray[]{manager.create(p, new Shape(users, factors)),
                    manager.create(q, new Shape(items, factors)), manager.zeros(new Shape(items))};
            for (NDArray a : params) {
                a.setRequiresGradient(true);
            }
            adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) learningRate)).build();
        }

        @Override
        public double step(NDManager sub, long[] bu, long[] bi, long[] bj, double lambda) {
            int n = bu.length;
            NDArray u = sub.create(bu);
            NDArray i = sub.create(bi);
            NDArray j = sub.create(bj);
            NDArray[] grads = new NDArray[params.length];
            double value;
            // the gathers and their results belong to the tables' manager: the scope closes them after the step
            try (NDScope scope = new NDScope()) {
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    NDArray[] loss = BprTrainer.loss(params[0].get(u), params[1].get(i), params[1].get(j),
                            params[2].get(i), params[2].get(j), lambda, n);
                    gc.backward(loss[1]);
                    value = loss[0].getFloat();
                }
                for (int k = 0; k < params.length; k++) {
                    grads[k] = params[k].getGradient();
                }
                NDScope.unregister(grads);
            }
            new NDList(grads).attach(sub);
            for (int k = 0; k < params.length; k++) {
                adam.update(NAMES[k], params[k], grads[k]);
                grads[k].subi(grads[k]);
            }
            return value;
        }

        @Override
        public float[] users() {
            return params[0].toFloatArray();
        }

        @Override
        public float[] items() {
            return params[1].toFloatArray();
        }

        @Override
        public float[] bias() {
            return params[2].toFloatArray();
        }
    }

    /** An item the user has no training cell on, uniformly (rows are sorted, so a binary search tells). */
    static int negative(InteractionMatrix train, int user, SplittableRandom random) {
        int items = train.items();
        int from = train.rowStart(user);
        int to = train.rowEnd(user);
        int j = random.nextInt(items);
        for (int tries = 1; tries < NEGATIVE_TRIES && contains(train, from, to, j); tries++) {
            j = random.nextInt(items);
        }
        return j;
    }

    private static boolean contains(InteractionMatrix m, int from, int to, int item) {
        int lo = from;
        int hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = m.column(mid);
            if (c == item) {
                return true;
            }
            if (c < item) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }

    private static float[] gaussian(SplittableRandom random, int n) {
        float[] out = new float[n];
        for (int k = 0; k < n; k++) {
            // Box–Muller from the seeded stream, so the start does not depend on the engine's generator
            double r = Math.sqrt(-2 * Math.log(1 - random.nextDouble()));
            out[k] = (float) (INIT_SD * r * Math.cos(2 * Math.PI * random.nextDouble()));
        }
        return out;
    }

    private static void shuffle(int[] a, SplittableRandom random) {
        for (int k = a.length - 1; k > 0; k--) {
            int r = random.nextInt(k + 1);
            int t = a[k];
            a[k] = a[r];
            a[r] = t;
        }
    }
}
