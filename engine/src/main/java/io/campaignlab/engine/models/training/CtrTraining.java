package io.campaignlab.engine.models.training;

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

import io.campaignlab.engine.models.EpochReport;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.Labels;
import io.campaignlab.engine.models.TrainedModel;
import io.campaignlab.engine.models.TrainingData;
import io.campaignlab.engine.models.TrainingJob;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.models.gbdt.GbdtTraining;
import io.campaignlab.engine.models.network.NetworkSession;
import io.campaignlab.engine.models.network.NetworkShape;
import io.campaignlab.engine.models.network.Predictions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains one model in memory (gradient-boosted trees go to {@link GbdtTraining}): split, fit the pipeline on the training rows only, encode, train with Adam and early
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
        if (!request.model().network()) {
            return GbdtTraining.train(data, request, device, epochListener, progress, cancel);
        }
        Frame frame = data.frame();
        Hyperparameters params = request.params();
        float[] clicks = Labels.binary(frame, request.label());
        float[][] labels = request.model().multiTask()
                ? new float[][]{clicks, Labels.clickAndPurchase(frame, clicks, params.purchaseLabel())}
                : new float[][]{clicks};
        progress.message("Splitting and fitting features");
        progress.progress(0, -1);
        SplitIndices split = split(data, request, clicks);
        FeaturePipeline pipeline = PipelineFitter.fit(request.features(), frame, split.train());
        EncodedRows encoded = pipeline.encode(frame);
        cancel.throwIfCancelled();
        NetworkShape shape = new NetworkShape(request.model(), pipeline.vocabularySize(), pipeline.fieldCount(),
                pipeline.slotField(), params, priorLogits(labels, split.train()));
        int[] validationClicks = intLabels(clicks, split.validation());
        try (NetworkSession session = NetworkSession.forTraining(shape, device, request.seed())) {
            BestParameters best = new BestParameters();
            long trainRows = split.train().length;
            EpochLoop loop = new EpochLoop(session, params.maxEpochs(), List.of(
                    new EpochProgress(progress, trainRows, params.batchSize()), best,
                    new EpochMetrics(epochListener), new EarlyStopping(params.patience()),
                    new CancelOnRequest(cancel)));
            List<EpochReport> epochs = loop.run(encoded, labels, split, validationClicks, request.seed(), cancel);
            session.loadParameters(best.parameters());
            long total = EpochProgress.total(trainRows, params.maxEpochs());
            progress.progress(total, total);
            progress.message("Evaluating");
            return evaluate(session, new Fitted(shape, pipeline, encoded, labels, clicks, split), request, device,
                    frame, epochs, best, cancel);
        }
    }

    /** What training fitted and encoded, for the evaluation after it. */
    private record Fitted(NetworkShape shape, FeaturePipeline pipeline, EncodedRows encoded, float[][] labels,
                          float[] clicks, SplitIndices split) {
    }

    /** Splits the rows and refuses a split with an empty part or a part without both labels. */
    public static SplitIndices split(TrainingData data, TrainingRequest request, float[] clicks) {
        double[] splitLabels = new double[clicks.length];
        for (int i = 0; i < clicks.length; i++) {
            splitLabels[i] = clicks[i];
        }
        SplitIndices split = Splitter.split(request.split(), data.frame().rows(), splitLabels, data.times(),
                data.users());
        if (split.train().length == 0 || split.validation().length == 0 || split.test().length == 0) {
            throw new IllegalArgumentException("the split left a part empty (train " + split.train().length
                    + ", validation " + split.validation().length + ", test " + split.test().length + " rows)");
        }
        requireBothClasses("training", split.train(), clicks, request);
        requireBothClasses("validation", split.validation(), clicks, request);
        requireBothClasses("test", split.test(), clicks, request);
        return split;
    }

    /** Scores validation and test with the restored best parameters. */
    private static TrainedModel evaluate(NetworkSession session, Fitted fitted, TrainingRequest request,
                                         Device device, Frame frame, List<EpochReport> epochs, BestParameters best,
                                         CancellationToken cancel) {
        SplitIndices split = fitted.split();
        float[] clicks = fitted.clicks();
        Predictions val = session.predict(fitted.encoded(), split.validation(), cancel);
        Predictions test = session.predict(fitted.encoded(), split.test(), cancel);
        BinaryEvaluation validation = BinaryEvaluator.evaluate(val.ctr(), intLabels(clicks, split.validation()));
        int[] testClicks = intLabels(clicks, split.test());
        BinaryEvaluation testEval = BinaryEvaluator.evaluate(test.ctr(), testClicks);
        Map<String, Map<String, Double>> extra = new LinkedHashMap<>();
        if (request.model().multiTask()) {
            extra.put("val", multiTaskMetrics(val, fitted.labels()[1], clicks, split.validation()));
            extra.put("test", multiTaskMetrics(test, fitted.labels()[1], clicks, split.test()));
        }
        long[] testRowIds = new long[split.test().length];
        for (int i = 0; i < testRowIds.length; i++) {
            testRowIds[i] = frame.rowIds()[split.test()[i]];
        }
        return new TrainedModel(fitted.shape(), fitted.pipeline(), best.parameters(), device.toString(), epochs,
                best.epoch(), validation, testEval, extra, split, testRowIds, test.ctr(), testClicks);
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
    public static double[] priorLogits(float[][] labels, int[] train) {
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

    public static int[] intLabels(float[] labels, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = labels[rows[i]] > 0 ? 1 : 0;
        }
        return out;
    }
}
