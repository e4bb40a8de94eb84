package io.campaignlab.engine.explain.pdp;

/**
 * Settings of {@link PartialDependence}.
 *
 * @param gridPoints    grid values before duplicates are dropped, at least 2
 * @param lowQuantile   the quantile of the first grid value (the grid skips the extreme tails)
 * @param highQuantile  the quantile of the last grid value
 * @param sampleRows    rows averaged for the curve (a seeded random sample of the frame)
 * @param iceRows       rows of the sample whose own curves are returned
 * @param histogramBins equal-width bins of the column's histogram
 * @param seed          drives the row sample
 */
public record PartialDependenceSpec(int gridPoints, double lowQuantile, double highQuantile, int sampleRows,
                                    int iceRows, int histogramBins, long seed) {

    public PartialDependenceSpec {
        if (gridPoints < 2 || sampleRows < 1 || iceRows < 0 || histogramBins < 1) {
            throw new IllegalArgumentException("need at least 2 grid points, 1 sample row and 1 histogram bin");
        }
        if (!(lowQuantile >= 0 && lowQuantile < highQuantile && highQuantile <= 1)) {
            throw new IllegalArgumentException("quantiles must satisfy 0 ≤ low < high ≤ 1, were " + lowQuantile
                    + " and " + highQuantile);
        }
    }

    /** 20 grid points from the 5% to the 95% quantile, 1,000 rows, 30 ICE curves, 20 histogram bins. */
    public static PartialDependenceSpec defaults() {
        return new PartialDependenceSpec(20, 0.05, 0.95, 1000, 30, 20, 42);
    }
}
