package io.campaignlab.engine.experiments;

import java.util.List;
import java.util.Map;

/**
 * What to read out.
 *
 * @param groupColumn  the column naming each unit's arm
 * @param control      the control arm's label
 * @param metrics      the metrics, in display order
 * @param cupedColumn  a pre-period covariate for CUPED, or null
 * @param correction   the multiple-testing correction across arms × metrics
 * @param alpha        the significance level (0.05)
 * @param allocation   configured share per arm (any positive weights), or empty for equal shares
 * @param unitColumn   the unit id column, for the assignment-overlap check, or null
 * @param timeColumn   the exposure timestamp column, for sequential monitoring, or null
 */
public record AbSpec(String groupColumn, String control, List<MetricSpec> metrics, String cupedColumn,
                     Correction correction, double alpha, Map<String, Double> allocation, String unitColumn,
                     String timeColumn) {

    public AbSpec {
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("name at least one metric");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie in (0, 1)");
        }
        metrics = List.copyOf(metrics);
        allocation = Map.copyOf(allocation);
    }

    public static AbSpec of(String groupColumn, String control, List<MetricSpec> metrics) {
        return new AbSpec(groupColumn, control, metrics, null, Correction.HOLM, 0.05, Map.of(), null, null);
    }

    public AbSpec withCuped(String column) {
        return new AbSpec(groupColumn, control, metrics, column, correction, alpha, allocation, unitColumn, timeColumn);
    }

    public AbSpec withCorrection(Correction c) {
        return new AbSpec(groupColumn, control, metrics, cupedColumn, c, alpha, allocation, unitColumn, timeColumn);
    }

    public AbSpec withAllocation(Map<String, Double> shares) {
        return new AbSpec(groupColumn, control, metrics, cupedColumn, correction, alpha, shares, unitColumn,
                timeColumn);
    }

    public AbSpec withUnit(String column) {
        return new AbSpec(groupColumn, control, metrics, cupedColumn, correction, alpha, allocation, column,
                timeColumn);
    }

    public AbSpec withTime(String column) {
        return new AbSpec(groupColumn, control, metrics, cupedColumn, correction, alpha, allocation, unitColumn,
                column);
    }

    /** The columns a readout reads. */
    public List<String> columns() {
        java.util.LinkedHashSet<String> cols = new java.util.LinkedHashSet<>();
        cols.add(groupColumn);
        for (MetricSpec m : metrics) {
            cols.add(m.column());
            if (m.isRatio()) {
                cols.add(m.denominator());
            }
        }
        if (cupedColumn != null) {
            cols.add(cupedColumn);
        }
        if (unitColumn != null) {
            cols.add(unitColumn);
        }
        if (timeColumn != null) {
            cols.add(timeColumn);
        }
        return List.copyOf(cols);
    }
}
