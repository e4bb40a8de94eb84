package io.campaignlab.engine.evaluation;

/**
 * One bin of a reliability curve.
 *
 * @param lower         the bin's lower edge (inclusive)
 * @param upper         its upper edge: exclusive for equal-width bins except the last, which holds 1.0;
 *                      inclusive (the highest score in the bin) for equal-frequency bins
 * @param count         rows whose score falls in the bin
 * @param meanPredicted the mean score of those rows, or NaN when the bin is empty
 * @param observedRate  the share of those rows labelled 1, or NaN when the bin is empty
 */
public record CalibrationBin(double lower, double upper, long count, double meanPredicted, double observedRate) {

    /** Whether no row fell in this bin (its means are then NaN; charts should skip it). */
    public boolean isEmpty() {
        return count == 0;
    }

    /** {@code |observedRate - meanPredicted|}, or 0 for an empty bin. */
    public double gap() {
        return isEmpty() ? 0.0 : Math.abs(observedRate - meanPredicted);
    }
}
