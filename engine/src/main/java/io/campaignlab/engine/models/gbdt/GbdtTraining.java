package io.campaignlab.engine.models.gbdt;

import ai.djl.Device;
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
import io.campaignlab.engine.models.Labels;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.TrainedModel;
import io.campaignlab.engine.models.TrainingData;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.models.network.NetworkShape;
import io.campaignlab.engine.models.training.CtrTraining;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Trains gradient-boosted trees in memory, on the same split and fitted pipeline as the networks
 * ({@link CtrTraining}): the training rows grow the trees, the validation rows stop the boosting (XGBoost's early
 * stopping rule on validation AUC, the best round kept), and the test rows are scored once at the end, with the
 * saved booster read back. No I/O.
 */
public final class GbdtTraining {

    private static final Logger LOG = LoggerFactory.getLogger(GbdtTraining.class);

    private GbdtTraining() {
    }

    /**
     * @param device        a GPU grows the trees with {@code device=cuda}; otherwise the CPU
     * @param epochListener hears about each boosting round
     */
    public static TrainedModel train(TrainingData data, TrainingRequest request, Device device,
                                     Consumer<EpochReport> epochListener, ProgressListener progress,
                                     CancellationToken cancel) {
        if (request.model() != ModelKind.GBDT) {
            throw new IllegalArgumentException("GbdtTraining trains gbdt, not " + request.model().id());
        }
        Frame frame = data.frame();
        float[] clicks = Labels.binary(frame, request.label());
        progress.message("Splitting and fitting features");
        progress.progress(0, -1);
        SplitIndices split = CtrTraining.split(data, request, clicks);
        FeaturePipeline pipeline = PipelineFitter.fit(request.features(), frame, split.train());
        EncodedRows encoded = pipeline.encode(frame);
        cancel.throwIfCancelled();
        GbdtSettings settings = request.params().gbdtOrDefaults();
        GbdtRounds.Result boosted = boost(new GbdtRounds(GbdtMatrix.of(pipeline), encoded, clicks, split, settings,
                request.seed()), device, epochListener, progress, cancel);
        progress.message("Evaluating");
        double[] valScores;
        double[] testScores;
        try (GbdtSession session = GbdtSession.open(pipeline, boosted.booster())) {
            valScores = session.predict(encoded, split.validation(), cancel).ctr();
            testScores = session.predict(encoded, split.test(), cancel).ctr();
        }
        BinaryEvaluation validation = BinaryEvaluator.evaluate(valScores,
                CtrTraining.intLabels(clicks, split.validation()));
        int[] testClicks = CtrTraining.intLabels(clicks, split.test());
        BinaryEvaluation test = BinaryEvaluator.evaluate(testScores, testClicks);
        long[] testRowIds = new long[split.test().length];
        for (int i = 0; i < testRowIds.length; i++) {
            testRowIds[i] = frame.rowIds()[split.test()[i]];
        }
        NetworkShape shape = new NetworkShape(ModelKind.GBDT, pipeline.vocabularySize(), pipeline.fieldCount(),
                pipeline.slotField(), request.params().withGbdt(settings),
                CtrTraining.priorLogits(new float[][]{clicks}, split.train()));
        return new TrainedModel(shape, pipeline, boosted.booster(), boosted.device(), boosted.epochs(),
                boosted.bestRound(), validation, test, Map.of(), split, testRowIds, testScores, testClicks);
    }

    /** Boosts on the GPU when one was chosen, falling back to the CPU when this XGBoost build has no CUDA. */
    private static GbdtRounds.Result boost(GbdtRounds rounds, Device device, Consumer<EpochReport> listener,
                                           ProgressListener progress, CancellationToken cancel) {
        try {
            if (device.isGpu()) {
                try {
                    return rounds.run(true, listener, progress, cancel);
                } catch (XGBoostError e) {
                    LOG.warn("XGBoost could not grow trees on the GPU ({}); growing them on the CPU", e.getMessage());
                }
            }
            return rounds.run(false, listener, progress, cancel);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        }
    }
}
