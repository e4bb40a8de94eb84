package io.campaignlab.engine.evaluation;

/**
 * One point of a ROC curve: the rates obtained by calling positive every row scoring at least {@code threshold}.
 *
 * @param threshold         the score cut-off; {@code +Infinity} for the starting point (0, 0)
 * @param falsePositiveRate false positives / negatives
 * @param truePositiveRate  true positives / positives (recall)
 */
public record RocPoint(double threshold, double falsePositiveRate, double truePositiveRate) {
}
