package io.campaignlab.engine.models.training;

import ai.djl.Device;
import io.campaignlab.engine.evaluation.Auc;
import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.evaluation.BinaryEvaluator;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.PipelineFitter;
import io.campaignlab.engine.features.SplitIndices;
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
 * Trains one network in memory (gradient-boosted trees go to {@link GbdtTraining} from {@link #train}) in three
 * stages: {@link #prepare} (label and split the rows, set the test part apart),
 * {@link #fit} (fit the pipeline on the training rows only, encode, train with Adam and early stopping on validation
 * AUC, restore the best epoch, score the validation rows) and {@link #test} (score the test part: its only read).
 * A settings search runs {@code fit} once per trial and {@code test} once, with the chosen fit; {@link #train} runs
 * the three once. No I/O; see {@link TrainingJob} for the run around it.
 */
public final class CtrTraining {

    private CtrTraining() {
    }

    /**
     * Prepares, fits and tests once: a run without a settings search.
     *
     * @param epochListener hears about each epoch (run id −1 here; the job passes its own)
     */
    public static TrainedModel train(TrainingData data, TrainingRequest request, Device device,
                                     java.util.function.Consumer<EpochReport> epochListener,
                                     ProgressListener progress, CancellationToken cancel) {
        if (!request.model().network()) {
            return GbdtTraining.train(data, request, device, epochListener, progress, cancel);
        }
        CtrPrepared prepared = prepare(data, request, progress);
        CtrFit fit = fit(prepared, request, device, epochListener, progress, cancel);
        return test(prepared, fit, request, device, cancel);
    }

    /**
     * Labels and splits the rows, refusing a split with an empty part or a part without both labels, and sets the
     * test part apart: the returned labels have the test rows' labels blanked.
     */
    public static CtrPrepared prepare(TrainingData data, TrainingRequest request, ProgressListener progress) {
        Frame frame = data.frame();
        progress.message("Splitting the rows");
        progress.progress(0, -1);
        float[] clicks = Labels.binary(frame, request.label());
        float[][] labels = request.model().multiTask()
                ? new float[][]{clicks, Labels.clickAndPurchase(frame, clicks, request.params().purchaseLabel())}
                : new float[][]{clicks};
        SplitIndices split = split(data, request, clicks);
        float[][] blanked = new float[labels.length][];
        for (int k = 0; k < labels.length; k++) {
            blanked[k] = labels[k].clone();
            for (int r : split.test()) {
                blanked[k][r] = 0f;
            }
        }
        return new CtrPrepared(frame, blanked, blanked[0],
                new SplitIndices(split.train(), split.validation(), new int[0]), new TestPart(split.test(), labels));
    }

    /**
     * Fits the pipeline on the training rows, trains with early stopping on validation AUC, restores the best epoch
     * and scores the validation rows. Never reads the test part.
     */
    public static CtrFit fit(CtrPrepared prepared, TrainingRequest request, Device device,
                             java.util.function.Consumer<EpochReport> epochListener, ProgressListener progress,
                             CancellationToken cancel) {
        Hyperparameters params = request.params();
        SplitIndices split = prepared.trainAndValidation();
        progress.message("Fitting features");
        FeaturePipeline pipeline = PipelineFitter.fit(request.features(), prepared.frame(), split.train());
        EncodedRows encoded = pipeline.encode(prepared.frame());
        cancel.throwIfCancelled();
        float[][] labels = prepared.labels();
        NetworkShape shape = new NetworkShape(request.model(), pipeline.vocabularySize(), pipeline.fieldCount(),
                pipeline.slotField(), params, priorLogits(labels, split.train()));
        int[] validationClicks = intLabels(prepared.clicks(), split.validation());
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
            Predictions val = session.predict(encoded, split.validation(), cancel);
            BinaryEvaluation validation = BinaryEvaluator.evaluate(val.ctr(), validationClicks);
            Map<String, Double> extra = request.model().multiTask()
                    ? multiTaskMetrics(val, labels[1], prepared.clicks(), split.validation()) : Map.of();
            return new CtrFit(shape, pipeline, encoded, best.parameters(), device.toString(), epochs, best.epoch(),
                    validation, extra);
        }
    }

    /** Scores the test part with a fitted network: the test part's one read. */
    public static TrainedModel test(CtrPrepared prepared, CtrFit fit, TrainingRequest request, Device device,
                                    CancellationToken cancel) {
        TestPart.Read read = prepared.test().read();
        int[] testRows = read.rows();
        float[] clicks = read.labels()[0];
        Predictions test;
        try (NetworkSession session = NetworkSession.forScoring(fit.shape(), device, fit.parameters())) {
            test = session.predict(fit.encoded(), testRows, cancel);
        }
        int[] testClicks = intLabels(clicks, testRows);
        BinaryEvaluation testEval = BinaryEvaluator.evaluate(test.ctr(), testClicks);
        Map<String, Map<String, Double>> extra = new LinkedHashMap<>();
        if (request.model().multiTask()) {
            extra.put("val", fit.validationExtra());
            extra.put("test", multiTaskMetrics(test, read.labels()[1], clicks, testRows));
        }
        long[] testRowIds = new long[testRows.length];
        for (int i = 0; i < testRowIds.length; i++) {
            testRowIds[i] = prepared.frame().rowIds()[testRows[i]];
        }
        SplitIndices trainAndValidation = prepared.trainAndValidation();
        SplitIndices split = new SplitIndices(trainAndValidation.train(), trainAndValidation.validation(), testRows);
        return new TrainedModel(fit.shape(), fit.pipeline(), fit.parameters(), fit.device(), fit.epochs(),
                fit.bestEpoch(), fit.validation(), testEval, extra, split, testRowIds, test.ctr(), testClicks);
    }

    /** Splits the rows and refuses a split with an empty part or a part without both labels. */
    public static SplitIndices split(TrainingData data, TrainingRequest request, float[] clicks) {
        double[] splitLabels = new double[clicks.length];
        for (int i = 0; i < clicks.length; i++) {
            splitLabels[i] = clicks[i];
        }
        SplitIndices split = data.split(request.split(), splitLabels);
        if (split.train().length == 0 || split.validation().length == 0 || split.test().length == 0) {
            String empty = split.train().length == 0 ? "train" : split.validation().length == 0 ? "validation"
                    : "test";
            throw new IllegalArgumentException("the " + empty + " part of the " + request.split().describe()
                    + " split is empty (train " + split.train().length + ", validation " + split.validation().length
                    + ", test " + split.test().length + " rows)");
        }
        requireBothClasses("training", split.train(), clicks, request);
        requireBothClasses("validation", split.validation(), clicks, request);
        requireBothClasses("test", split.test(), clicks, request);
        return split;
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
