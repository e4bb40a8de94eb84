package io.campaignlab.engine.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Lift and cumulative gain by score group. Rows are sorted by score, highest first, with equal scores in their
 * original order (lower index first), so the table is deterministic even with ties. They are then cut into
 * {@code groups} consecutive groups of {@code N / groups} rows, the first {@code N % groups} groups taking one
 * extra row each.
 *
 * @param rows      the groups, highest scores first
 * @param count     all rows
 * @param positives all positives
 */
public record LiftTable(List<LiftRow> rows, long count, long positives) {

    /** Deciles. */
    public static final int DEFAULT_GROUPS = 10;

    public LiftTable {
        rows = List.copyOf(rows);
    }

    /** The overall positive rate, {@code positives / count}. */
    public double overallRate() {
        return (double) positives / count;
    }

    /** A decile table. */
    public static LiftTable of(double[] scores, int[] labels) {
        return of(scores, labels, DEFAULT_GROUPS);
    }

    /**
     * A table of {@code groups} groups.
     *
     * @throws IllegalArgumentException on bad input, when there are no positives, or fewer rows than groups
     */
    public static LiftTable of(double[] scores, int[] labels, int groups) {
        if (groups < 1) {
            throw new IllegalArgumentException("a lift table needs at least 1 group, not " + groups);
        }
        BinaryInput.check(scores, labels);
        BinaryInput.requirePositives(labels, "Lift");
        int n = scores.length;
        if (n < groups) {
            throw new IllegalArgumentException("a lift table of " + groups + " groups needs at least " + groups
                    + " rows, not " + n);
        }
        int[] order = DescendingOrder.of(scores);
        long totalPositives = BinaryInput.positives(labels);
        double overallRate = (double) totalPositives / n;
        List<LiftRow> rows = new ArrayList<>(groups);
        int start = 0;
        long cumulativePositives = 0;
        for (int g = 0; g < groups; g++) {
            int size = n / groups + (g < n % groups ? 1 : 0);
            long positives = 0;
            for (int k = start; k < start + size; k++) {
                positives += labels[order[k]];
            }
            cumulativePositives += positives;
            double rate = (double) positives / size;
            rows.add(new LiftRow(g + 1, size, positives, rate, rate / overallRate,
                    (double) cumulativePositives / totalPositives));
            start += size;
        }
        return new LiftTable(rows, n, totalPositives);
    }
}
