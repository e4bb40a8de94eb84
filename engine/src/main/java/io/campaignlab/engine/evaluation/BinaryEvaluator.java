package io.campaignlab.engine.evaluation;

/**
 * Builds a {@link BinaryEvaluation} from predicted probabilities of the positive class (never from thresholded
 * labels) and 0/1 labels.
 */
public final class BinaryEvaluator {

    /** The most points the ROC curve of an evaluation keeps. */
    public static final int ROC_POINTS = 200;

    private BinaryEvaluator() {
    }

    /**
     * Evaluates {@code scores}, each the predicted probability that its row is positive.
     *
     * @throws IllegalArgumentException when lengths differ, a score is NaN or outside [0, 1], a label is not
     *                                  0/1, all labels are one class, or there are fewer than ten rows
     */
    public static BinaryEvaluation evaluate(double[] scores, int[] labels) {
        BinaryInput.checkProbabilities(scores, labels);
        BinaryInput.requireBothClasses(labels, "A binary evaluation");
        Calibration calibration = Calibration.equalWidth(scores, labels);
        return new BinaryEvaluation(Auc.of(scores, labels), LogLoss.of(scores, labels), PrAuc.of(scores, labels),
                calibration.expectedCalibrationError(), calibration.bins(), LiftTable.of(scores, labels),
                RocCurve.of(scores, labels).downsample(ROC_POINTS), BinaryInput.positives(labels), labels.length,
                Calibration.equalFrequency(scores, labels, Calibration.DEFAULT_BINS).bins(),
                DeLong.interval(scores, labels));
    }

    /** Evaluates {@code scores} against boolean labels, {@code true} being positive. */
    public static BinaryEvaluation evaluate(double[] scores, boolean[] labels) {
        return evaluate(scores, BinaryLabels.of(labels));
    }
}
