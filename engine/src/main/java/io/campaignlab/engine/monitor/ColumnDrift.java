package io.campaignlab.engine.monitor;

import java.util.List;

/**
 * One row of a {@link DriftReport}: how a column (or a model score, or one aspect of a time column) moved between the
 * reference and the current sample.
 *
 * @param feature          what was compared: the column's name, {@code <column>_hour} / {@code <column>_weekday}
 *                         for a time column, or the name given to a score
 * @param column           the column it comes from
 * @param kind             numeric, categorical, hour of day or day of week
 * @param test             the test that decided, {@code ks}, {@code chi_square}, {@code wasserstein_normed} or
 *                         {@code jensen_shannon}; {@code none} when skipped
 * @param statistic        the test's statistic (KS D, χ²) or distance
 * @param pValue           the p-value of {@code ks} and {@code chi_square}, else NaN
 * @param threshold        the p-value below which, or the distance at or above which, the test flags drift
 * @param psi              the population stability index, with the reference's quantile bins (numbers) or per
 *                         category, empty shares floored at 10⁻⁴
 * @param jensenShannon    the Jensen–Shannon distance (natural log, 0 to √ln 2) over the same bins or categories
 * @param score            the drift score used for sorting, 1 at the alert line: distance / threshold for distance
 *                         tests, ln p / ln threshold for significance tests (0 at p = 1, above 1 when p is below
 *                         the threshold; p is floored at 10⁻³⁰⁰)
 * @param status           the verdict
 * @param note             why a column was treated specially or skipped; empty otherwise
 * @param referenceCount   the reference's non-missing values
 * @param currentCount     the current sample's non-missing values
 * @param referenceMissing the reference's missing values (NaN, null, missing time), left out of every statistic
 * @param currentMissing   the current sample's missing values
 * @param distribution     reference and current shares for a chart: the PSI bins of a number, the categories of a
 *                         category (the largest {@link DriftSettings#chartCategories()} by share, then
 *                         {@value DriftSettings#OTHER}), all hours or weekdays in their natural order
 */
public record ColumnDrift(String feature, String column, DriftKind kind, String test, double statistic,
                          double pValue, double threshold, double psi, double jensenShannon, double score,
                          DriftStatus status, String note, long referenceCount, long currentCount,
                          long referenceMissing, long currentMissing, List<DriftBin> distribution) {

    public ColumnDrift {
        distribution = List.copyOf(distribution);
        note = note == null ? "" : note;
    }

    /** Whether the test flagged drift. */
    public boolean drifted() {
        return status == DriftStatus.ALERT;
    }
}
