package io.campaignlab.engine.evaluation;

/**
 * Area under the ROC curve, computed exactly as the Mann–Whitney statistic: the share of (positive, negative)
 * pairs in which the positive has the higher score, a tied pair counting one half. This equals the rank-sum
 * formula with average ranks for ties, and the trapezoid area under the ROC curve. Sorting makes it
 * O(n log n); the pair count is kept in {@code long} arithmetic, so the only rounding is the final division.
 */
public final class Auc {

    private Auc() {
    }

    /**
     * The ROC AUC of {@code scores} (any ordering of real numbers; higher means more likely positive).
     *
     * @throws IllegalArgumentException when lengths differ, a score is NaN, a label is not 0/1, or all labels
     *                                  are one class
     */
    public static double of(double[] scores, int[] labels) {
        BinaryInput.check(scores, labels);
        BinaryInput.requireBothClasses(labels, "AUC");
        int[] order = DescendingOrder.of(scores);
        long positives = BinaryInput.positives(labels);
        long negatives = labels.length - positives;
        // Walk tie groups from the highest score down. Each positive in a group beats every negative below it
        // (not yet seen) and ties with the group's negatives: twice the pair count is p * (2 * below + q).
        long twiceWins = 0;
        long negativesAbove = 0;
        int start = 0;
        while (start < order.length) {
            int end = start;
            long groupPositives = 0;
            double score = scores[order[start]];
            while (end < order.length && scores[order[end]] == score) {
                groupPositives += labels[order[end]];
                end++;
            }
            long groupNegatives = (end - start) - groupPositives;
            long negativesBelow = negatives - negativesAbove - groupNegatives;
            twiceWins += groupPositives * (2 * negativesBelow + groupNegatives);
            negativesAbove += groupNegatives;
            start = end;
        }
        return twiceWins / (2.0 * positives * negatives);
    }
}
