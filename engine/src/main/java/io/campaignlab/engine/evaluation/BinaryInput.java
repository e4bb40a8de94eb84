package io.campaignlab.engine.evaluation;

/** Checks shared by every metric: matching lengths, no NaN scores, labels 0 or 1. */
final class BinaryInput {

    private BinaryInput() {
    }

    /** Throws {@link IllegalArgumentException} naming the first problem found. */
    static void check(double[] scores, int[] labels) {
        if (scores == null || labels == null) {
            throw new IllegalArgumentException("scores and labels must not be null");
        }
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("scores has " + scores.length + " values but labels has "
                    + labels.length + "; they must have the same length");
        }
        if (scores.length == 0) {
            throw new IllegalArgumentException("scores and labels are empty");
        }
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("scores[" + i + "] is NaN; every score must be a number");
            }
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("labels[" + i + "] is " + labels[i] + "; labels must be 0 or 1");
            }
        }
    }

    /** Like {@link #check}, and also requires every score to be a probability in [0, 1]. */
    static void checkProbabilities(double[] scores, int[] labels) {
        check(scores, labels);
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] < 0.0 || scores[i] > 1.0) {
                throw new IllegalArgumentException("scores[" + i + "] is " + scores[i]
                        + "; a probability must lie in [0, 1]");
            }
        }
    }

    /** Requires at least one positive and one negative label; {@code metric} names the caller. */
    static void requireBothClasses(int[] labels, String metric) {
        long positives = positives(labels);
        if (positives == 0 || positives == labels.length) {
            throw new IllegalArgumentException(metric + " is undefined: all " + labels.length + " labels are "
                    + (positives == 0 ? "0 (no positives)" : "1 (no negatives)"));
        }
    }

    /** Requires at least one positive label; {@code metric} names the caller. */
    static void requirePositives(int[] labels, String metric) {
        if (positives(labels) == 0) {
            throw new IllegalArgumentException(metric + " is undefined: all " + labels.length
                    + " labels are 0 (no positives)");
        }
    }

    static long positives(int[] labels) {
        long positives = 0;
        for (int label : labels) {
            positives += label;
        }
        return positives;
    }
}
