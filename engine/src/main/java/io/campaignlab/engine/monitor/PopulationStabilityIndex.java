package io.campaignlab.engine.monitor;

import java.util.Arrays;

/**
 * PSI = Σ (cᵢ − rᵢ) · ln(cᵢ / rᵢ) over bins, r and c the reference and current shares. Bins are the reference's
 * deciles (or another count of quantiles): interior edges at the reference's order statistics, so each bin holds about
 * the same share of the reference. A share of zero is replaced by {@link #EMPTY_SHARE}, as Evidently does, so an
 * empty bin gives a large but finite term.
 */
public final class PopulationStabilityIndex {

    public static final int DEFAULT_BINS = 10;
    public static final double EMPTY_SHARE = 1e-4;

    private PopulationStabilityIndex() {
    }

    /**
     * @param edges          the interior bin edges; bin k holds x with edges[k−1] &lt; x ≤ edges[k]
     * @param referenceShare share of the reference per bin
     * @param currentShare   share of the current sample per bin
     * @param value          the PSI
     */
    public record Result(double[] edges, double[] referenceShare, double[] currentShare, double value) {
    }

    public static Result of(double[] reference, double[] current) {
        return of(reference, current, DEFAULT_BINS);
    }

    public static Result of(double[] reference, double[] current, int bins) {
        double[] ref = finite(reference);
        double[] cur = finite(current);
        if (ref.length == 0 || cur.length == 0) {
            throw new IllegalArgumentException("PSI needs values in both samples (reference " + ref.length
                    + ", current " + cur.length + ")");
        }
        double[] edges = quantileEdges(ref, bins);
        double[] r = shares(ref, edges);
        double[] c = shares(cur, edges);
        return new Result(edges, r, c, fromShares(r, c));
    }

    /** PSI of two share vectors of the same bins (categories or precomputed bins). */
    public static double fromShares(double[] reference, double[] current) {
        if (reference.length != current.length) {
            throw new IllegalArgumentException("share vectors differ in length");
        }
        double psi = 0;
        for (int i = 0; i < reference.length; i++) {
            double r = Math.max(reference[i], EMPTY_SHARE);
            double c = Math.max(current[i], EMPTY_SHARE);
            psi += (c - r) * Math.log(c / r);
        }
        return psi;
    }

    /** The reference's quantile edges, as the feature pipeline cuts quantile buckets. */
    static double[] quantileEdges(double[] values, int bins) {
        if (bins < 2) {
            throw new IllegalArgumentException("PSI needs at least 2 bins, was " + bins);
        }
        return io.campaignlab.engine.features.PipelineFitter.edges(values, bins);
    }

    /** The share of values in each bin: bin k holds x with edges[k−1] &lt; x ≤ edges[k]. */
    static double[] shares(double[] values, double[] edges) {
        double[] shares = new double[edges.length + 1];
        for (double v : values) {
            int lo = 0;
            int hi = edges.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (v <= edges[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            shares[lo]++;
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= values.length;
        }
        return shares;
    }

    static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }
}
