package io.campaignlab.engine.monitor;

/**
 * The tests' size rule and thresholds, and how distributions are binned for PSI and charts.
 *
 * <p>The defaults are Evidently's (data drift preset, {@code get_stattest} defaults): a reference of at most 1,000
 * values is tested for significance, numbers by two-sample Kolmogorov–Smirnov and categories by χ², drifted when
 * p &lt; 0.05; larger references by an effect size, numbers by the Wasserstein distance divided by the reference's
 * standard deviation and categories by the Jensen–Shannon distance, drifted when the distance is at least 0.1. A
 * numeric column with at most 5 distinct values (in both samples together) is treated as a category, as Evidently
 * does.
 *
 * <p>The warning level is ours: PSI ≥ 0.1, the lower edge of the credit-scoring rule of thumb "below 0.1 no
 * significant shift, 0.1–0.25 moderate, above 0.25 major" (as commonly cited from Siddiqi, <i>Credit Risk
 * Scorecards</i>, 2006; see also Yurdakul, 2018), or a drift score of at least {@code warnFraction} (half) of the
 * alert line: a distance of 0.05, or a p-value of 0.05<sup>½</sup> ≈ 0.22 (see {@link ColumnDrift#score()}). PSI on
 * a few hundred values or fewer is jumpy (an empty decile alone gives about 0.7), so small samples warn readily.
 *
 * @param smallSample       references with at most this many values get a significance test
 * @param fewValues         numeric columns with at most this many distinct values (both samples together) count as
 *                          categories
 * @param pValueThreshold   a significance test flags drift below this p-value
 * @param distanceThreshold a distance test flags drift at or above this distance
 * @param warnPsi           PSI at or above which an unflagged column is a warning
 * @param warnFraction      drift score (1 = the alert line) at or above which an unflagged column is a warning
 * @param psiBins           quantile bins of the reference for a numeric column's PSI, JS distance and chart
 * @param chartCategories   categories a chart keeps by share before pooling the rest as {@value #OTHER}
 */
public record DriftSettings(int smallSample, int fewValues, double pValueThreshold, double distanceThreshold,
                            double warnPsi, double warnFraction, int psiBins, int chartCategories) {

    /** The label of the pooled categories in a chart. */
    public static final String OTHER = "other";

    public DriftSettings {
        if (smallSample < 0 || fewValues < 1 || psiBins < 2 || chartCategories < 1) {
            throw new IllegalArgumentException("drift settings: smallSample must be at least 0, fewValues and"
                    + " chartCategories at least 1, psiBins at least 2");
        }
        if (!(pValueThreshold > 0 && pValueThreshold < 1) || !(distanceThreshold > 0) || !(warnPsi > 0)
                || !(warnFraction > 0 && warnFraction <= 1)) {
            throw new IllegalArgumentException("drift settings: the p-value threshold must lie in (0, 1), the"
                    + " distance and PSI thresholds above 0, the warning fraction in (0, 1]");
        }
    }

    /** Evidently's rule and thresholds, warnings at PSI 0.1 or half the alert line, 10 PSI bins, 12 categories. */
    public static DriftSettings defaults() {
        return new DriftSettings(DriftTests.SMALL_SAMPLE, DriftTests.FEW_VALUES, DriftTests.P_THRESHOLD,
                DriftTests.DISTANCE_THRESHOLD, 0.1, 0.5, PopulationStabilityIndex.DEFAULT_BINS, 12);
    }
}
