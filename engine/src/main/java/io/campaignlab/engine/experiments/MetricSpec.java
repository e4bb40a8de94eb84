package io.campaignlab.engine.experiments;

/**
 * A metric of a readout: one column (binary or continuous, told apart by its values) or a ratio of two columns'
 * sums, written {@code numerator/denominator}.
 *
 * @param name        the name shown (the text it was parsed from)
 * @param column      the column, or the numerator of a ratio
 * @param denominator the denominator of a ratio, or null
 */
public record MetricSpec(String name, String column, String denominator) {

    public static MetricSpec parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash < 0) {
            if (t.isEmpty()) {
                throw new IllegalArgumentException("empty metric name");
            }
            return new MetricSpec(t, t, null);
        }
        String num = t.substring(0, slash).trim();
        String den = t.substring(slash + 1).trim();
        if (num.isEmpty() || den.isEmpty()) {
            throw new IllegalArgumentException("ratio metric '" + text + "' needs numerator/denominator columns");
        }
        return new MetricSpec(t, num, den);
    }

    public boolean isRatio() {
        return denominator != null;
    }
}
