package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.PipelineFitter;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;

import java.util.stream.IntStream;

/** Evaluates a target policy on a log: the cross-fitted outcome model, then IPS, SNIPS and DR. No I/O. */
public final class OffPolicyEvaluation {

    private OffPolicyEvaluation() {
    }

    /**
     * Every estimate, with the outcome model cross-fitted on the frame's features.
     *
     * @param frame    the units' feature columns, row-aligned with the log
     * @param features the outcome model's fields
     * @param target   π(a | x_i), {@code [unit][arm]} in the log's arm order
     */
    public static OpeEstimates evaluate(Frame frame, FeatureSpec features, LoggedBandit log, double[][] target,
                                        CrossFitter fitter, CancellationToken cancel) {
        return estimate(log, target, crossFitted(frame, features, log, fitter, cancel));
    }

    /** The estimates given cross-fitted predictions {@code predicted[unit][arm]}. */
    public static OpeEstimates estimate(LoggedBandit log, double[][] target, double[][] predicted) {
        return new OpeEstimates(OpeEstimators.ips(log, target), OpeEstimators.snips(log, target),
                OpeEstimators.doublyRobust(log, target, predicted), OpeEstimators.directMethod(target, predicted),
                OpeEstimators.effectiveSampleSize(log, target), DecisionList.shares(target, log.arms().size()));
    }

    /**
     * The outcome model's cross-fitted predictions. The feature pipeline (vocabularies, quantile edges, scalers) is
     * fitted once on every unit: it reads no reward, so it cannot leak one unit's outcome into another's prediction.
     */
    public static double[][] crossFitted(Frame frame, FeatureSpec features, LoggedBandit log, CrossFitter fitter,
                                         CancellationToken cancel) {
        if (frame.rows() != log.units()) {
            throw new IllegalArgumentException("the frame has " + frame.rows() + " rows, the log " + log.units());
        }
        FeaturePipeline pipeline = PipelineFitter.fit(features, frame, IntStream.range(0, frame.rows()).toArray());
        EncodedRows x = pipeline.encode(frame);
        return fitter.predict(log, x, pipeline.vocabularySize(), cancel);
    }
}
