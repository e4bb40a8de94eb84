package io.campaignlab.engine.evaluation;

/**
 * Area under the precision–recall curve as average precision, the convention of scikit-learn's
 * {@code average_precision_score}: {@code AP = Σ_k (R_k - R_{k-1}) · P_k} over the distinct score thresholds
 * taken from highest to lowest, where {@code P_k} and {@code R_k} are precision and recall when every row
 * scoring at least the k-th threshold is called positive, and {@code R_0 = 0}. It is a step-wise sum, not a
 * trapezoid (which overestimates); tied scores form one threshold, so their order does not matter.
 */
public final class PrAuc {

    private PrAuc() {
    }

    /**
     * The average precision of {@code scores}.
     *
     * @throws IllegalArgumentException when lengths differ, a score is NaN, a label is not 0/1, or there is no
     *                                  positive label
     */
    public static double of(double[] scores, int[] labels) {
        BinaryInput.check(scores, labels);
        BinaryInput.requirePositives(labels, "Average precision");
        int[] order = DescendingOrder.of(scores);
        long positives = BinaryInput.positives(labels);
        long truePositives = 0;
        long previousTruePositives = 0;
        double sum = 0.0;
        int start = 0;
        while (start < order.length) {
            int end = start;
            double score = scores[order[start]];
            while (end < order.length && scores[order[end]] == score) {
                truePositives += labels[order[end]];
                end++;
            }
            if (truePositives > previousTruePositives) {
                double recallStep = (double) (truePositives - previousTruePositives) / positives;
                sum += recallStep * truePositives / end;
                previousTruePositives = truePositives;
            }
            start = end;
        }
        return sum;
    }
}
