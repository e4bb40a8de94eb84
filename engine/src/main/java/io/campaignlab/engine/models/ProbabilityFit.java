package io.campaignlab.engine.models;

import ai.djl.Device;
import io.campaignlab.engine.evaluation.LogLoss;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.PipelineFitter;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;

import io.campaignlab.engine.models.network.NetworkSession;
import io.campaignlab.engine.models.network.NetworkShape;
import io.campaignlab.engine.models.training.CtrTraining;
import java.util.SplittableRandom;

/**
 * One of the project's click models (LR, FM, DeepFM, DCN, DNN) fitted as a plain conditional-probability estimator
 * on given rows of a frame, for other methods to build on (the uplift meta-learners). Labels may be soft, anything
 * in [0, 1]: the sigmoid cross-entropy is a proper scoring rule, so the fit estimates E[label | x]. Early stopping
 * on the validation rows' cross-entropy, restoring the best epoch. No I/O, no run record.
 *
 * @param shape      the network
 * @param pipeline   the feature pipeline, fitted on the training rows
 * @param parameters the best epoch's parameters
 * @param epochs     epochs trained
 * @param bestLoss   the validation cross-entropy of the kept parameters
 */
public record ProbabilityFit(NetworkShape shape, FeaturePipeline pipeline, byte[] parameters, int epochs,
                             double bestLoss) {

    public static ProbabilityFit fit(Frame frame, float[] labels, int[] train, int[] validation, FeatureSpec features,
                                     ModelKind kind, Hyperparameters params, long seed, Device device,
                                     CancellationToken cancel) {
        if (kind.multiTask()) {
            throw new IllegalArgumentException("a probability fit takes a single-task model, not " + kind);
        }
        if (train.length == 0 || validation.length == 0) {
            throw new IllegalArgumentException("a probability fit needs training and validation rows");
        }
        for (float l : labels) {
            if (!(l >= 0 && l <= 1)) {
                throw new IllegalArgumentException("labels must lie in [0, 1], found " + l);
            }
        }
        if (params.sparseEmbeddings() && !io.campaignlab.engine.device.ComputeDevices.rowWiseUpdates(device)) {
            params = params.withSparseEmbeddings(false); // as TrainingRequest.onDevice: dense Adam on a GPU
        }
        FeaturePipeline pipeline = PipelineFitter.fit(features, frame, train);
        EncodedRows encoded = pipeline.encode(frame);
        float[][] target = {labels};
        NetworkShape shape = new NetworkShape(kind, pipeline.vocabularySize(), pipeline.fieldCount(),
                pipeline.slotField(), params, CtrTraining.priorLogits(target, train));
        double[] validationLabels = new double[validation.length];
        for (int i = 0; i < validation.length; i++) {
            validationLabels[i] = labels[validation[i]];
        }
        try (NetworkSession session = NetworkSession.forTraining(shape, device, seed)) {
            byte[] best = session.saveParameters();
            double bestLoss = Double.POSITIVE_INFINITY;
            int bestEpoch = 0;
            int epoch = 0;
            SplittableRandom shuffle = new SplittableRandom(seed);
            while (epoch < params.maxEpochs() && epoch - bestEpoch < params.patience()) {
                epoch++;
                session.trainEpoch(encoded, target, train, shuffle.split(), cancel, done -> { });
                double loss = crossEntropy(session.predict(encoded, validation, cancel).ctr(), validationLabels);
                if (loss < bestLoss) {
                    bestLoss = loss;
                    bestEpoch = epoch;
                    best = session.saveParameters();
                }
            }
            return new ProbabilityFit(shape, pipeline, best, epoch, bestLoss);
        }
    }

    /** The estimated probabilities of the given rows of a frame with the fitted columns. */
    public double[] predict(Frame frame) {
        try (ModelScorer scorer = ModelScorer.open(shape, pipeline, parameters)) {
            return scorer.probabilities(pipeline.encode(frame));
        }
    }

    /** Mean cross-entropy with soft labels, probabilities clipped as {@link LogLoss} does. */
    static double crossEntropy(double[] p, double[] y) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - 1e-15, Math.max(1e-15, p[i]));
            s -= y[i] * Math.log(q) + (1 - y[i]) * Math.log(1 - q);
        }
        return s / p.length;
    }
}
