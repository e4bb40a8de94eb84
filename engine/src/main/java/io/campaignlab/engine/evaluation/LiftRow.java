package io.campaignlab.engine.evaluation;

/**
 * One group (a decile by default) of a lift table.
 *
 * @param group          1 for the highest-scoring group, counting down
 * @param count          rows in the group
 * @param positives      positives in the group
 * @param rate           {@code positives / count}
 * @param lift           {@code rate} divided by the overall positive rate
 * @param cumulativeGain positives in this and all higher groups, divided by all positives
 */
public record LiftRow(int group, long count, long positives, double rate, double lift, double cumulativeGain) {
}
