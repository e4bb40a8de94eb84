package io.campaignlab.engine.models;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.transformer.IdEmbedding;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.jobs.CancellationToken;

import io.campaignlab.engine.models.network.BatchInputs;
import io.campaignlab.engine.models.network.NetworkSession;
import io.campaignlab.engine.models.network.NetworkShape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Training and scoring throughput on synthetic impressions: {@code fields} categorical fields hashed into
 * {@code buckets} rows each (one shared table with offsets), values drawn Zipf-like so that a few rows are hot and
 * most are cold, as in click logs. Each model trains {@code epochs} epochs and the median epoch's rows/s is reported,
 * with the process's resident memory after every epoch (flat means no native leak). A plain DJL network of the same
 * shape (IdEmbedding, MLP, DJL's own loss, dense Adam) runs in the same process as the baseline.
 */
public final class ThroughputBenchmark {

    /**
     * @param rows    examples
     * @param fields  hashed fields
     * @param buckets rows per field
     * @param epochs  epochs per model (the median is reported)
     */
    public record Settings(int rows, int fields, int buckets, int epochs, Hyperparameters params) {
    }

    /**
     * One model's figures.
     *
     * @param model           the model id, or {@code djl-probe} for the baseline
     * @param trainRowsPerS   every epoch's training rows/s
     * @param scoreRowsPerS   scoring rows/s over the whole set, repeated
     * @param rssMbAfterEpoch resident memory after each epoch, in MB (NaN where /proc is unavailable)
     */
    public record Figures(String model, double[] trainRowsPerS, double[] scoreRowsPerS, double[] rssMbAfterEpoch) {

        public double medianTrain() {
            return median(trainRowsPerS);
        }

        public double medianScore() {
            return median(scoreRowsPerS);
        }
    }

    private ThroughputBenchmark() {
    }

    public static EncodedRows syntheticImpressions(Settings s, float[] labels, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] effects = new double[s.fields()][s.buckets()];
        for (double[] field : effects) {
            for (int b = 0; b < field.length; b++) {
                field[b] = rng.nextGaussian() * 0.3;
            }
        }
        int[] indices = new int[s.rows() * s.fields()];
        float[] values = new float[indices.length];
        Arrays.fill(values, 1f);
        for (int r = 0; r < s.rows(); r++) {
            double logit = -3;
            for (int f = 0; f < s.fields(); f++) {
                // Zipf-like: the square of a uniform concentrates mass on low buckets
                double u = rng.nextDouble();
                int bucket = (int) (u * u * u * s.buckets());
                indices[r * s.fields() + f] = f * s.buckets() + bucket;
                logit += effects[f][bucket];
            }
            labels[r] = rng.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1f : 0f;
        }
        return new EncodedRows(s.rows(), s.fields(), indices, values);
    }

    public static List<Figures> run(Settings s, List<ModelKind> kinds, boolean probe, Consumer<String> log) {
        float[] clicks = new float[s.rows()];
        EncodedRows data = syntheticImpressions(s, clicks, 42);
        float[] purchases = new float[s.rows()];
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < purchases.length; i++) {
            purchases[i] = clicks[i] > 0 && rng.nextDouble() < 0.2 ? 1f : 0f;
        }
        int[] all = new int[s.rows()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        int[] slotField = new int[s.fields()];
        for (int f = 0; f < slotField.length; f++) {
            slotField[f] = f;
        }
        Device device = Engine.getInstance().getGpuCount() > 0 ? Device.gpu() : Device.cpu();
        List<Figures> out = new ArrayList<>();
        if (probe) {
            out.add(probe(s, data, clicks, device, log));
        }
        for (ModelKind kind : kinds) {
            NetworkShape shape = new NetworkShape(kind, s.fields() * s.buckets(), s.fields(), slotField, s.params());
            float[][] labels = kind.multiTask() ? new float[][]{clicks, purchases} : new float[][]{clicks};
            double[] train = new double[s.epochs()];
            double[] rss = new double[s.epochs()];
            double[] score = new double[3];
            try (NetworkSession session = NetworkSession.forTraining(shape, device, 1)) {
                for (int e = 0; e < s.epochs(); e++) {
                    long t0 = System.nanoTime();
                    session.trainEpoch(data, labels, all, new SplittableRandom(e), new CancellationToken(), d -> { });
                    train[e] = s.rows() / ((System.nanoTime() - t0) / 1e9);
                    rss[e] = residentMb();
                    log.accept(String.format(java.util.Locale.ROOT, "%s epoch %d: %,.0f rows/s, RSS %.0f MB",
                            kind.id(), e + 1, train[e], rss[e]));
                }
                for (int i = 0; i < score.length; i++) {
                    long t0 = System.nanoTime();
                    session.predict(data, all, new CancellationToken());
                    score[i] = s.rows() / ((System.nanoTime() - t0) / 1e9);
                }
            }
            out.add(new Figures(kind.id(), train, score, rss));
        }
        return out;
    }

    /** DJL's own building blocks, as a user of DJL would write this network first: the baseline. */
    private static Figures probe(Settings s, EncodedRows data, float[] clicks, Device device, Consumer<String> log) {
        Hyperparameters p = s.params();
        SequentialBlock net = new SequentialBlock()
                .add(new IdEmbedding.Builder().setDictionarySize(s.fields() * s.buckets())
                        .setEmbeddingSize(p.embeddingDim()).build())
                .add(Blocks.batchFlattenBlock());
        for (int units : p.hidden()) {
            net.add(Linear.builder().setUnits(units).build()).add(Activation.reluBlock());
        }
        net.add(Linear.builder().setUnits(1).build());
        double[] train = new double[s.epochs()];
        double[] rss = new double[s.epochs()];
        double[] score = new double[3];
        Engine.getInstance().setRandomSeed(1);
        try (Model model = Model.newInstance("probe", device, "PyTorch")) {
            model.setBlock(net);
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.sigmoidBinaryCrossEntropyLoss())
                    .optDevices(new Device[]{device})
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) p.learningRate()))
                            .build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(p.batchSize(), s.fields()));
                BatchInputs inputs = new BatchInputs(data.slots(),
                        Math.max(p.batchSize(), NetworkSession.PREDICT_BATCH));
                int[] order = new int[s.rows()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                for (int e = 0; e < s.epochs(); e++) {
                    long t0 = System.nanoTime();
                    for (int from = 0; from < order.length; from += p.batchSize()) {
                        int to = Math.min(order.length, from + p.batchSize());
                        try (NDManager sub = trainer.getManager().newSubManager()) {
                            NDArray x = inputs.gather(sub, device, data, order, from, to).get(0);
                            NDArray y = BatchInputs.column(sub, device, clicks, order, from, to);
                            try (GradientCollector gc = trainer.newGradientCollector()) {
                                NDArray loss = trainer.getLoss().evaluate(new NDList(y),
                                        trainer.forward(new NDList(x)));
                                gc.backward(loss);
                            }
                            trainer.step();
                        }
                    }
                    train[e] = s.rows() / ((System.nanoTime() - t0) / 1e9);
                    rss[e] = residentMb();
                    log.accept(String.format(java.util.Locale.ROOT, "djl-probe epoch %d: %,.0f rows/s, RSS %.0f MB",
                            e + 1, train[e], rss[e]));
                }
                for (int i = 0; i < score.length; i++) {
                    long t0 = System.nanoTime();
                    for (int from = 0; from < order.length; from += NetworkSession.PREDICT_BATCH) {
                        int to = Math.min(order.length, from + NetworkSession.PREDICT_BATCH);
                        try (NDManager sub = trainer.getManager().newSubManager()) {
                            NDArray x = inputs.gather(sub, device, data, order, from, to).get(0);
                            trainer.evaluate(new NDList(x)).head().toFloatArray();
                        }
                    }
                    score[i] = s.rows() / ((System.nanoTime() - t0) / 1e9);
                }
            }
        }
        return new Figures("djl-probe", train, score, rss);
    }

    /** The process's resident set size in MB, from /proc/self/status, or NaN. */
    public static double residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
