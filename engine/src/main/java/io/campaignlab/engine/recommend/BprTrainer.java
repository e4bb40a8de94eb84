package io.campaignlab.engine.recommend;

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
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

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
        int users = train.users();
        int items = train.items();
        if (items < 2) {
            throw new IllegalArgumentException("BPR needs at least two items to sample negatives, the training"
                    + " matrix has " + items);
        }
        Device device = ComputeDevices.choose(s.device());
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
            NDArray p = manager.create(p0, new Shape(users, factors));
            NDArray q = manager.create(q0, new Shape(items, factors));
            NDArray b = manager.zeros(new Shape(items));
            NDArray[] params = {p, q, b};
            String[] names = {"bpr.users", "bpr.items", "bpr.bias"};
            for (NDArray a : params) {
                a.setRequiresGradient(true);
            }
            Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) s.learningRate()))
                    .build();
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
                    lossSum += step(manager, params, names, adam, bu, bi, bj, n, s.regularization()) * n;
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
            return new Result(p.toFloatArray(), q.toFloatArray(), b.toFloatArray(), losses, seconds,
                    device.toString());
        }
    }

    /** One Adam step on n triples; returns the batch's mean ranking loss (without the L2 term). */
    private static double step(NDManager manager, NDArray[] params, String[] names, Optimizer adam, long[] bu,
                               long[] bi, long[] bj, int n, double lambda) {
        try (NDManager sub = manager.newSubManager()) {
            NDArray u = sub.create(java.util.Arrays.copyOf(bu, n));
            NDArray i = sub.create(java.util.Arrays.copyOf(bi, n));
            NDArray j = sub.create(java.util.Arrays.copyOf(bj, n));
            NDArray[] grads = new NDArray[params.length];
            double value;
            try (NDScope scope = new NDScope()) {
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    NDArray pu = params[0].get(u);
                    NDArray qi = params[1].get(i);
                    NDArray qj = params[1].get(j);
                    NDArray biasI = params[2].get(i);
                    NDArray biasJ = params[2].get(j);
                    NDArray x = pu.mul(qi.sub(qj)).sum(new int[]{1}).add(biasI).sub(biasJ);
                    NDArray ranking = Activation.softPlus(x.neg()).mean();
                    NDArray l2 = pu.square().sum().add(qi.square().sum()).add(qj.square().sum())
                            .add(biasI.square().sum()).add(biasJ.square().sum()).mul(lambda / n);
                    gc.backward(ranking.add(l2));
                    value = ranking.getFloat();
                }
                for (int k = 0; k < params.length; k++) {
                    grads[k] = params[k].getGradient();
                }
                NDScope.unregister(grads);
            }
            new NDList(grads).attach(sub);
            for (int k = 0; k < params.length; k++) {
                adam.update(names[k], params[k], grads[k]);
                grads[k].subi(grads[k]);
            }
            return value;
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
