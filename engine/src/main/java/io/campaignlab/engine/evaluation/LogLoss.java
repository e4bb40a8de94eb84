package io.campaignlab.engine.evaluation;

/**
 * Mean binary cross-entropy in nats: {@code -(1/N) Σ [y ln p + (1 - y) ln(1 - p)]}, with every probability first
 * clipped to [{@value #EPSILON}, 1 - {@value #EPSILON}] so that a confident mistake costs about 34.5 rather than
 * infinity.
 */
public final class LogLoss {

    /** The clipping margin. */
    public static final double EPSILON = 1e-15;

    private LogLoss() {
    }

    /**
     * The log loss of probabilities {@code scores} against 0/1 {@code labels}.
     *
     * @throws IllegalArgumentException when lengths differ, a score is NaN or outside [0, 1], or a label is not
     *                                  0/1
     */
    public static double of(double[] scores, int[] labels) {
        BinaryInput.checkProbabilities(scores, labels);
        double sum = 0.0;
        for (int i = 0; i < scores.length; i++) {
            double p = Math.min(Math.max(scores[i], EPSILON), 1.0 - EPSILON);
            sum += labels[i] == 1 ? Math.log(p) : Math.log(1.0 - p);
        }
        return -sum / scores.length;
    }
}
