package io.campaignlab.engine.evaluation;

import java.util.List;

/**
 * Every binary-classifier metric of one set of predicted probabilities, as built by {@link BinaryEvaluator}.
 *
 * @param auc                      ROC AUC, ties counting one half ({@link Auc})
 * @param logLoss                  mean binary cross-entropy in nats, probabilities clipped ({@link LogLoss})
 * @param prAuc                    average precision, scikit-learn's step-wise convention ({@link PrAuc})
 * @param expectedCalibrationError ECE over ten equal-width bins ({@link Calibration})
 * @param calibrationBins          those ten bins, empty ones included
 * @param lift                     the decile lift table
 * @param roc                      the ROC curve downsampled to at most {@link BinaryEvaluator#ROC_POINTS} points
 * @param positives                rows labelled 1
 * @param count                    all rows
 */
public record BinaryEvaluation(double auc, double logLoss, double prAuc, double expectedCalibrationError,
                               List<CalibrationBin> calibrationBins, LiftTable lift, RocCurve roc, long positives,
                               long count) {

    public BinaryEvaluation {
        calibrationBins = List.copyOf(calibrationBins);
    }

    /** The share of rows labelled 1. */
    public double positiveRate() {
        return (double) positives / count;
    }
}
