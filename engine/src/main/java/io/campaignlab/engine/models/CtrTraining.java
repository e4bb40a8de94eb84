package io.campaignlab.engine.models;

import ai.djl.Device;
import io.campaignlab.engine.evaluation.Auc;
import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.evaluation.BinaryEvaluator;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.PipelineFitter;
import io.campaignlab.engine.features.SplitIndices;
import io.campaignlab.engine.features.Splitter;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Trains one model in memory: split, fit the pipeline on the training rows only, encode, train with Adam and early
 * stopping on validation AUC (restoring the best epoch), then evaluate validation and test. No I/O; see
 * {@link TrainingJob} for the run around it.
 */
public final class CtrTraining {

    private CtrTraining() {
    }

    /**
     * @param epochListener hears about each epoch (run id −1 here; the job passes its own)
     */
    public static TrainedModel train(TrainingData data, TrainingRequest request, Device device,
                                     java.util.function.Consumer<EpochReport> epochListener,
                                     ProgressListener progress, CancellationToken cancel) {
        Frame frame = data.frame();
        Hyperparameters params = request.params();
        float[] clicks = Labels.binary(frame, request.label());
        float[][] labels = request.model().multiTask()
                ? new float[][]{clicks, Labels.clickAndPurchase(frame, clicks, params.purchaseLabel())}
                : new float[][]{clicks};
        double[] splitLabels = new double[clicks.length];
        for (int i = 0; i < clicks.length; i++) {
            splitLabels[i] = clicks[i];
        }
        progress.message("Splitting and fitting features");
        progress.progress(0, -1);
        SplitIndices split = Splitter.split(request.split(), frame.rows(), splitLabels, data.times(), data.users());
        if (split.train().length == 0 || split.validation().length == 0 || split.test().length == 0) {
            throw new IllegalArgumentException("the split left a part empty (train " + split.train().length
                    + ", validation " + split.validation().length + ", test " + split.test().length + " rows)");
        }
        requireBothClasses("training", split.train(), clicks, request);
        requireBothClasses("validation", split.validation(), clicks, request);
        requireBothClasses("test", split.test(), clicks, request);
        FeaturePipeline pipeline = PipelineFitter.fit(request.features(), frame, split.train());
        EncodedRows encoded = pipeline.encode(frame);
        cancel.throwIfCancelled();
        NetworkShape shape = new NetworkShape(request.model(), pipeline.vocabularySize(), pipeline.fieldCount(),
                pipeline.slotField(), params, priorLogits(labels, split.train()));
        int[] validationClicks = intLabels(clicks, split.validation());
        List<EpochReport> epochs = new ArrayList<>();
        try (NetworkSession session = NetworkSession.forTraining(shape, device, request.seed())) {
            byte[] best = session.saveParameters();
            double bestAuc = Double.NEGATIVE_INFINITY;
            int bestEpoch = 0;
            long trainRows = split.train().length;
            long total = trainRows * params.maxEpochs();
            SplittableRandom shuffle = new SplittableRandom(request.seed());
            for (int epoch = 1; epoch <= params.maxEpochs(); epoch++) {
                long before = (epoch - 1) * trainRows;
                long started = System.nanoTime();
                long[] lastReport = {started};
                int e = epoch;
                double trainLoss = session.trainEpoch(encoded, labels, split.train(), shuffle.split(), cancel,
                        done -> {
                            progress.progress(before + done, total);
                            long now = System.nanoTime();
                            if (now - lastReport[0] > 500_000_000L) {
                                lastReport[0] = now;
                                double seconds = (now - started) / 1e9;
                                progress.message(String.format(Locale.ROOT,
                                        "Epoch %d/%d: %,.0f rows/s, %.1f batches/s", e, params.maxEpochs(),
                                        done / seconds, done / seconds / params.batchSize()));
                            }
                        });
                double seconds = (System.nanoTime() - started) / 1e9;
                Predictions val = session.predict(encoded, split.validation(), cancel);
                double auc = Auc.of(val.ctr(), validationClicks);
                double valLoss = io.campaignlab.engine.evaluation.LogLoss.of(val.ctr(), validationClicks);
                boolean improved = auc > bestAuc;
                if (improved) {
                    bestAuc = auc;
                    bestEpoch = epoch;
                    best = session.saveParameters();
                }
                EpochReport report = new EpochReport(epoch, trainLoss, valLoss, auc, seconds, trainRows / seconds,
                        improved);
                epochs.add(report);
                epochListener.accept(report);
                if (epoch - bestEpoch >= params.patience()) {
                    break;
                }
            }
            session.loadParameters(best);
            progress.progress(total, total);
            progress.message("Evaluating");
            Predictions val = session.predict(encoded, split.validation(), cancel);
            Predictions test = session.predict(encoded, split.test(), cancel);
            BinaryEvaluation validation = BinaryEvaluator.evaluate(val.ctr(), validationClicks);
            int[] testClicks = intLabels(clicks, split.test());
            BinaryEvaluation testEval = BinaryEvaluator.evaluate(test.ctr(), testClicks);
            Map<String, Map<String, Double>> extra = new LinkedHashMap<>();
            if (request.model().multiTask()) {
                extra.put("val", multiTaskMetrics(val, labels[1], clicks, split.validation()));
                extra.put("test", multiTaskMetrics(test, labels[1], clicks, split.test()));
            }
            long[] testRowIds = new long[split.test().length];
            for (int i = 0; i < testRowIds.length; i++) {
                testRowIds[i] = frame.rowIds()[split.test()[i]];
            }
            return new TrainedModel(shape, pipeline, best, device.toString(), epochs, bestEpoch, validation, testEval,
                    extra, split, testRowIds, test.ctr());
        }
    }

    /** Refuses a split part without both labels, where AUC and early stopping mean nothing. */
    private static void requireBothClasses(String part, int[] rows, float[] labels, TrainingRequest request) {
        int positives = 0;
        for (int r : rows) {
            positives += labels[r] > 0 ? 1 : 0;
        }
        if (positives == 0 || positives == rows.length) {
            int all = 0;
            for (float l : labels) {
                all += l > 0 ? 1 : 0;
            }
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the %s split of %s has %d rows and %s; the dataset has %d positive %s of %d rows, too few for a"
                            + " %s split", part, request.dataset(), rows.length,
                    positives == 0 ? "no positive labels" : "no negative labels", all, request.label(),
                    labels.length, request.split().kind().id()));
        }
    }

    /** The training split's log-odds of the click, and for ESMM of the purchase among clicks. */
    static double[] priorLogits(float[][] labels, int[] train) {
        double clicks = 0;
        double both = 0;
        for (int r : train) {
            clicks += labels[0][r];
            both += labels.length > 1 ? labels[1][r] : 0;
        }
        double clickRate = clicks / train.length;
        return labels.length == 1 ? new double[]{NetworkShape.logit(clickRate)}
                : new double[]{NetworkShape.logit(clickRate), NetworkShape.logit(clicks == 0 ? 0 : both / clicks)};
    }

    /** pCTCVR's AUC against click-and-purchase on all rows, and pCVR's AUC against purchase on clicked rows. */
    private static Map<String, Double> multiTaskMetrics(Predictions p, float[] clickAndPurchase, float[] clicks,
                                                        int[] rows) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        int[] ctcvrLabels = intLabels(clickAndPurchase, rows);
        if (hasBoth(ctcvrLabels)) {
            metrics.put("ctcvr_auc", Auc.of(p.ctcvr(), ctcvrLabels));
        }
        int clicked = 0;
        for (int r : rows) {
            clicked += clicks[r] > 0 ? 1 : 0;
        }
        double[] cvr = new double[clicked];
        int[] bought = new int[clicked];
        int k = 0;
        for (int i = 0; i < rows.length; i++) {
            if (clicks[rows[i]] > 0) {
                cvr[k] = p.cvr()[i];
                bought[k++] = clickAndPurchase[rows[i]] > 0 ? 1 : 0;
            }
        }
        if (hasBoth(bought)) {
            metrics.put("cvr_auc", Auc.of(cvr, bought));
        }
        return metrics;
    }

    private static boolean hasBoth(int[] labels) {
        boolean pos = false;
        boolean neg = false;
        for (int l : labels) {
            pos |= l == 1;
            neg |= l == 0;
        }
        return pos && neg;
    }

    static int[] intLabels(float[] labels, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = labels[rows[i]] > 0 ? 1 : 0;
        }
        return out;
    }
}
