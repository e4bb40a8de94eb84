package io.campaignlab.engine.recommend.session;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.campaignlab.engine.device.ComputeDevices;
import io.campaignlab.engine.device.ParameterBytes;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * GRU4Rec (Hidasi et al., 2016) with DJL: next-click prediction trained with softmax cross-entropy over the whole
 * catalogue at every step of every session, rather than the paper's session-parallel mini-batches with sampled
 * BPR-max/TOP1-max. Reason: the catalogues here are small (thousands of items), so the full softmax is cheap, has
 * no sampling noise and optimises exactly what the evaluation ranks; and padded per-session batches make a run
 * repeatable from its seed. Sessions are cut into windows of at most {@code maxLength} inputs, batched by length
 * and visited in a seeded order. Optional early stopping keeps the epoch with the best validation MRR@20.
 * <p>
 * The spec's architecture may instead be SASRec ({@link SasRecNetwork}: causal self-attention over the session);
 * it trains, scores and saves through this same class and protocol.
 *
 * <p>Not thread-safe; {@link #close} frees the native memory.
 */
public final class Gru4RecModel implements SessionScorer, AutoCloseable {

    /** Sessions per scoring batch. */
    static final int SCORE_BATCH = 256;
    private static final int VALIDATION_K = 20;

    private final Gru4RecSpec spec;
    private final int catalogue;
    private final Device device;
    private final Model model;
    private final SessionNetwork network;
    private Trainer trainer;

    private Gru4RecModel(Gru4RecSpec spec, int catalogue, Device device) {
        this.spec = spec;
        this.catalogue = catalogue;
        this.device = device;
        this.network = SessionNetwork.of(spec, catalogue);
        this.model = Model.newInstance(spec.architecture(), device, "PyTorch");
        this.model.setBlock(network);
    }

    /** One epoch's figures. */
    public record Epoch(int epoch, double loss, double validationRecall, double validationMrr, double seconds) {
    }

    /**
     * What training did.
     *
     * @param epochs    every epoch run
     * @param bestEpoch the epoch whose parameters were kept (the last one without validation)
     * @param device    the device it ran on
     * @param seconds   the whole training time
     * @param sequences training windows per epoch
     * @param steps     next-click targets per epoch
     */
    public record History(List<Epoch> epochs, int bestEpoch, String device, double seconds, int sequences,
                          long steps) {
    }

    private History history;

    /** Trains a fresh model on the given sessions (every session with at least two clicks is used). */
    public static Gru4RecModel train(SessionSequences sessions, Gru4RecSpec spec, ProgressListener progress,
                                     CancellationToken cancel) {
        Device device = ComputeDevices.choose(spec.device());
        Engine.getInstance().setRandomSeed((int) (spec.seed() ^ (spec.seed() >>> 32)));
        Gru4RecModel m = new Gru4RecModel(spec, sessions.items(), device);
        try {
            m.fit(sessions, progress, cancel);
            return m;
        } catch (RuntimeException | Error e) {
            m.close();
            throw e;
        }
    }

    /** A model with stored parameters, for scoring. */
    public static Gru4RecModel load(Gru4RecSpec spec, int catalogue, byte[] parameters) {
        Gru4RecModel m = new Gru4RecModel(spec, catalogue, ComputeDevices.choose(spec.device()));
        try {
            m.network.initialize(m.model.getNDManager(), DataType.FLOAT32, new Shape(1, 1), new Shape(1));
            m.loadParameters(parameters);
            return m;
        } catch (RuntimeException | Error e) {
            m.close();
            throw e;
        }
    }

    private void fit(SessionSequences sessions, ProgressListener progress, CancellationToken cancel) {
        long started = System.nanoTime();
        SessionSequences usable = sessions.atLeast(2);
        if (usable.size() == 0) {
            throw new IllegalArgumentException("no session has two or more clicks; a next-click model needs some");
        }
        int validationCount = (int) Math.floor(usable.size() * spec.validationFraction());
        SessionSequences fitPart = usable.slice(0, usable.size() - validationCount);
        SessionSequences validation = validationCount > 0 ? usable.slice(usable.size() - validationCount,
                usable.size()) : null;
        List<int[]> windows = windows(fitPart.sessions(), spec.maxLength());
        long steps = 0;
        for (int[] w : windows) {
            steps += w.length - 1;
        }
        List<int[][]> batches = batches(windows, spec.batchSize());
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optDevices(new Device[]{device})
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) spec.learningRate()))
                        .build());
        trainer = model.newTrainer(config);
        trainer.initialize(new Shape(1, 1), new Shape(1));
        SplittableRandom rng = new SplittableRandom(spec.seed());
        List<Epoch> epochs = new ArrayList<>();
        byte[] best = null;
        int bestEpoch = 0;
        double bestMrr = Double.NEGATIVE_INFINITY;
        long total = (long) spec.epochs() * batches.size();
        for (int e = 1; e <= spec.epochs(); e++) {
            long epochStarted = System.nanoTime();
            int[] order = shuffled(batches.size(), rng);
            double lossSum = 0;
            long counted = 0;
            for (int b = 0; b < order.length; b++) {
                cancel.throwIfCancelled();
                int[][] batch = batches.get(order[b]);
                double loss = step(batch);
                if (!Double.isFinite(loss)) {
                    throw new IllegalStateException(String.format(Locale.ROOT, "training diverged: the loss became"
                            + " %s in epoch %d; try a lower learning rate (it was %s)", loss, e, spec.learningRate()));
                }
                long targets = targets(batch);
                lossSum += loss * targets;
                counted += targets;
                progress.progress((long) (e - 1) * batches.size() + b + 1, total);
            }
            double recall = Double.NaN;
            double mrr = Double.NaN;
            if (validation != null) {
                NextItemEvaluation v = SessionEvaluator.evaluate("validation", this, validation, VALIDATION_K,
                        usable.clickCounts(), ProgressListener.none(), cancel);
                recall = v.recall();
                mrr = v.mrr();
            }
            double seconds = (System.nanoTime() - epochStarted) / 1e9;
            epochs.add(new Epoch(e, lossSum / counted, recall, mrr, seconds));
            progress.message(String.format(Locale.ROOT, "epoch %d: loss %.4f%s (%.1f s)", e, lossSum / counted,
                    validation == null ? "" : String.format(Locale.ROOT, ", validation recall@20 %.4f mrr@20 %.4f",
                            recall, mrr), seconds));
            if (validation == null) {
                bestEpoch = e;
                continue;
            }
            if (mrr > bestMrr) {
                bestMrr = mrr;
                bestEpoch = e;
                best = parameters();
            } else if (e - bestEpoch >= spec.patience()) {
                break;
            }
        }
        if (best != null && bestEpoch != epochs.size()) {
            loadParameters(best);
        }
        history = new History(List.copyOf(epochs), bestEpoch, device.toString(), (System.nanoTime() - started) / 1e9,
                windows.size(), steps);
    }

    /** One optimiser step on a batch; returns its mean loss. */
    private double step(int[][] batch) {
        try (NDManager sub = trainer.getManager().newSubManager()) {
            Inputs in = inputs(sub, batch);
            NDArray targets = sub.create(in.targets).toDevice(device, false);
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDArray logits = trainer.forward(new NDList(in.items, in.positions)).head();
                NDArray loss = trainer.getLoss().evaluate(new NDList(targets), new NDList(logits));
                double value = loss.getFloat();
                gc.backward(loss);
                trainer.step();
                return value;
            }
        }
    }

    private static long targets(int[][] batch) {
        long n = 0;
        for (int[] s : batch) {
            n += s.length - 1;
        }
        return n;
    }

    /** A batch's padded inputs, the flat positions of its real steps, and the next click at each. */
    private record Inputs(NDArray items, NDArray positions, long[] targets) {
    }

    /** Inputs for next-click training: each sequence's clicks but the last, scored against the one after. */
    private Inputs inputs(NDManager sub, int[][] batch) {
        int time = 0;
        for (int[] s : batch) {
            time = Math.max(time, s.length - 1);
        }
        long[] items = new long[batch.length * time];
        int steps = 0;
        for (int[] s : batch) {
            steps += s.length - 1;
        }
        long[] positions = new long[steps];
        long[] targets = new long[steps];
        int p = 0;
        for (int b = 0; b < batch.length; b++) {
            for (int t = 0; t + 1 < batch[b].length; t++) {
                items[b * time + t] = batch[b][t];
                positions[p] = (long) b * time + t;
                targets[p] = batch[b][t + 1];
                p++;
            }
        }
        return new Inputs(sub.create(items, new Shape(batch.length, time)).toDevice(device, false),
                sub.create(positions).toDevice(device, false), targets);
    }

    /** Sessions cut into windows of at most {@code maxLength + 1} clicks that overlap by one. */
    static List<int[]> windows(int[][] sessions, int maxLength) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : sessions) {
            if (s.length < 2) {
                continue;
            }
            for (int from = 0; from + 1 < s.length; from += maxLength) {
                out.add(Arrays.copyOfRange(s, from, Math.min(s.length, from + maxLength + 1)));
            }
        }
        return out;
    }

    /** Windows grouped by length (stable), so little padding is computed, then cut into batches. */
    private static List<int[][]> batches(List<int[]> windows, int batchSize) {
        List<int[]> sorted = new ArrayList<>(windows);
        sorted.sort((a, b) -> Integer.compare(a.length, b.length));
        List<int[][]> out = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += batchSize) {
            out.add(sorted.subList(from, Math.min(sorted.size(), from + batchSize)).toArray(int[][]::new));
        }
        return out;
    }

    private static int[] shuffled(int n, SplittableRandom rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    @Override
    public int itemCount() {
        return catalogue;
    }

    /**
     * With no click the GRU state is zero, so every logit is its output bias; SASRec has no state without a click
     * and falls back on the same per-item bias.
     */
    @Override
    public float[] emptySessionScores() {
        return network.outputBias().getArray().toType(DataType.FLOAT32, false).toFloatArray();
    }

    @Override
    public float[][] prefixScores(int[] session) {
        return prefixScores(new int[][]{session})[0];
    }

    /**
     * {@link #prefixScores(int[])} of many sessions, in batches of {@value #SCORE_BATCH}. A session longer than the
     * training windows runs through the GRU whole: the state carries the entire prefix.
     */
    @Override
    public float[][][] prefixScores(int[][] sessions) {
        // batches of similar lengths, so little padding runs through the GRU; results go back in the given order
        Integer[] byLength = new Integer[sessions.length];
        for (int s = 0; s < byLength.length; s++) {
            byLength[s] = s;
        }
        Arrays.sort(byLength, (a, b) -> Integer.compare(sessions[a].length, sessions[b].length));
        int[][] sorted = new int[sessions.length][];
        for (int s = 0; s < sorted.length; s++) {
            sorted[s] = sessions[byLength[s]];
        }
        float[][][] scored = scoreInOrder(sorted);
        float[][][] out = new float[sessions.length][][];
        for (int s = 0; s < sorted.length; s++) {
            out[byLength[s]] = scored[s];
        }
        return out;
    }

    private float[][][] scoreInOrder(int[][] sessions) {
        float[][][] out = new float[sessions.length][][];
        NDManager parent = trainer != null ? trainer.getManager() : model.getNDManager();
        for (int from = 0; from < sessions.length; from += SCORE_BATCH) {
            int to = Math.min(sessions.length, from + SCORE_BATCH);
            int time = 0;
            int steps = 0;
            for (int s = from; s < to; s++) {
                time = Math.max(time, sessions[s].length);
                steps += sessions[s].length;
            }
            if (steps == 0) {
                for (int s = from; s < to; s++) {
                    out[s] = new float[0][];
                }
                continue;
            }
            long[] items = new long[(to - from) * time];
            long[] positions = new long[steps];
            int p = 0;
            for (int s = from; s < to; s++) {
                int b = s - from;
                for (int t = 0; t < sessions[s].length; t++) {
                    int item = sessions[s][t];
                    if (item < 0 || item >= catalogue) {
                        throw new IllegalArgumentException("item " + item + " is outside the model's catalogue of "
                                + catalogue);
                    }
                    items[b * time + t] = item;
                    positions[p++] = (long) b * time + t;
                }
            }
            float[] logits;
            try (NDManager sub = parent.newSubManager()) {
                NDList in = new NDList(sub.create(items, new Shape(to - from, time)).toDevice(device, false),
                        sub.create(positions).toDevice(device, false));
                logits = network.forward(new ParameterStore(sub, false), in, false).head()
                        .toType(DataType.FLOAT32, false).toFloatArray();
            }
            p = 0;
            for (int s = from; s < to; s++) {
                out[s] = new float[sessions[s].length][];
                for (int t = 0; t < sessions[s].length; t++) {
                    out[s][t] = Arrays.copyOfRange(logits, p * catalogue, (p + 1) * catalogue);
                    p++;
                }
            }
        }
        return out;
    }

    public Gru4RecSpec spec() {
        return spec;
    }

    /** What training did, or null for a loaded model. */
    public History history() {
        return history;
    }

    /** The device it runs on, for example {@code cpu()}. */
    public String device() {
        return device.toString();
    }

    /** The parameters, serialised by DJL. */
    public byte[] parameters() {
        return ParameterBytes.save(network);
    }

    private void loadParameters(byte[] parameters) {
        NDManager manager = trainer != null ? trainer.getManager() : model.getNDManager();
        ParameterBytes.load(network, manager, parameters, () -> "a GRU4Rec network of " + catalogue + " items,"
                + " embedding " + spec.embedding() + " and hidden " + spec.hidden());
    }

    @Override
    public void close() {
        if (trainer != null) {
            trainer.close();
        }
        model.close();
    }
}
