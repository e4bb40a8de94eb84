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

    /** The last final (epoch-less) value of a metric in a run's list, or null when it has none. */
    public static Double finalValue(java.util.List<RunMetric> metrics, String split, String name) {
        Double value = null;
        for (RunMetric m : metrics) {
            if (m.epoch() == null && m.split().equals(split) && m.name().equals(name)) {
                value = m.value();
            }
        }
        return value;
    }
}
