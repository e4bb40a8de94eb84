package io.campaignlab.engine.runs;

/**
 * One number a run produced.
 *
 * @param split {@code train}, {@code val} or {@code test}
 * @param epoch the epoch (from 1) for per-epoch curves, or null for final figures
 * @param name  for example {@code auc}, {@code logloss}, {@code ece}, {@code loss}
 * @param value the value
 */
public record RunMetric(String split, Integer epoch, String name, double value) {
}
