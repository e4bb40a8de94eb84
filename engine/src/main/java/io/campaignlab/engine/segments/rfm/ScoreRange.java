package io.campaignlab.engine.segments.rfm;

/**
 * The values one RFM score covers among the customers scored.
 *
 * @param dimension {@code recency}, {@code frequency} or {@code monetary}
 * @param score     1 to 5
 * @param customers customers with the score (0 only when the dimension has fewer than 5 distinct values)
 * @param min       the smallest value with the score, NaN when there are none
 * @param max       the largest
 */
public record ScoreRange(String dimension, int score, int customers, double min, double max) {
}
