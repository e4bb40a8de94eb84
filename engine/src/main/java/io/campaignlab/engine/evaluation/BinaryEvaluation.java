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
 * @param reliabilityBins          ten equal-frequency bins (deciles of the score) for the reliability curve: at
 *                                 a 5% base rate nearly every score falls in the first equal-width bin, so the
 *                                 curve is drawn from these; empty in evaluations stored before they existed
 * @param aucInterval              the AUC's 95% DeLong interval ({@link DeLong}); null in evaluations stored before
 *                                 it existed
 */
public record BinaryEvaluation(double auc, double logLoss, double prAuc, double expectedCalibrationError,
                               List<CalibrationBin> calibrationBins, LiftTable lift, RocCurve roc, long positives,
                               long count, List<CalibrationBin> reliabilityBins, AucInterval aucInterval) {

    public BinaryEvaluation {
        calibrationBins = List.copyOf(calibrationBins);
        reliabilityBins = reliabilityBins == null ? List.of() : List.copyOf(reliabilityBins);
    }

    /** An evaluation without an AUC interval. */
    public BinaryEvaluation(double auc, double logLoss, double prAuc, double expectedCalibrationError,
                            List<CalibrationBin> calibrationBins, LiftTable lift, RocCurve roc, long positives,
                            long count, List<CalibrationBin> reliabilityBins) {
        this(auc, logLoss, prAuc, expectedCalibrationError, calibrationBins, lift, roc, positives, count,
                reliabilityBins, null);
    }

    /** An evaluation without equal-frequency reliability bins. */
    public BinaryEvaluation(double auc, double logLoss, double prAuc, double expectedCalibrationError,
                            List<CalibrationBin> calibrationBins, LiftTable lift, RocCurve roc, long positives,
                            long count) {
        this(auc, logLoss, prAuc, expectedCalibrationError, calibrationBins, lift, roc, positives, count, List.of(),
                null);
    }

    /** The AUC with its interval, {@code 0.745 (95% CI 0.716–0.774)}, or the AUC alone when none is stored. */
    public String describeAuc() {
        return aucInterval == null ? String.format(java.util.Locale.ROOT, "%.3f", auc) : aucInterval.describe();
    }

    /** The bins to draw a reliability curve from: the equal-frequency ones when present, else the equal-width. */
    public List<CalibrationBin> curveBins() {
        return reliabilityBins.isEmpty() ? calibrationBins : reliabilityBins;
    }

    /** The share of rows labelled 1. */
    public double positiveRate() {
        return (double) positives / count;
    }
}
