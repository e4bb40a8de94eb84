package io.campaignlab.engine.models;

import java.util.Objects;

/**
 * The score a run gave each of its test rows, kept with the run (report kind {@value #KIND}) so that two runs on the
 * same test rows can be compared with DeLong's paired test ({@link PairedRuns}).
 *
 * @param rowIds the test rows' {@code _row} ids
 * @param labels their 0/1 labels
 * @param scores the run's main score of each
 */
public record TestScores(long[] rowIds, int[] labels, double[] scores) {

    /** The run report kind. */
    public static final String KIND = "test_scores";

    public TestScores {
        Objects.requireNonNull(rowIds, "rowIds");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(scores, "scores");
        if (rowIds.length != labels.length || rowIds.length != scores.length) {
            throw new IllegalArgumentException("test scores: " + rowIds.length + " row ids, " + labels.length
                    + " labels and " + scores.length + " scores; they must be as many");
        }
    }
}
