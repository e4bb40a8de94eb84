package io.campaignlab.engine.monitor;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The drift of every compared column between a reference sample (for example the training data) and a current one,
 * most drifted first: by status (alert, warn, ok, skipped), then by drift score, then by PSI, then by name.
 *
 * @param rows          one row per compared feature, sorted
 * @param referenceRows rows of the reference sample
 * @param currentRows   rows of the current sample
 * @param settings      the rule and thresholds applied
 */
public record DriftReport(List<ColumnDrift> rows, int referenceRows, int currentRows, DriftSettings settings) {

    public DriftReport {
        rows = List.copyOf(rows);
    }

    /** The features with the given status, in report order. */
    public List<String> features(DriftStatus status) {
        return rows.stream().filter(r -> r.status() == status).map(ColumnDrift::feature).toList();
    }

    /** The features whose drift is flagged. */
    public List<String> alerts() {
        return features(DriftStatus.ALERT);
    }

    /** The row of a feature. */
    public ColumnDrift row(String feature) {
        return rows.stream().filter(r -> r.feature().equals(feature)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("the drift report has no feature '" + feature + "'"));
    }
}
