package io.campaignlab.engine.recommend.evaluation;

/**
 * The mean of paired differences a[u] − b[u] over the same users, and its standard error (the sample standard
 * deviation of the differences over √n): how two recommenders' per-user metrics are compared on one split.
 */
public record PairedDifference(double mean, double standardError) {

    /** Needs at least two pairs of equal length. */
    public static PairedDifference of(double[] a, double[] b) {
        if (a.length != b.length || a.length < 2) {
            throw new IllegalArgumentException("paired differences need two arrays of one length, at least 2; got "
                    + a.length + " and " + b.length);
        }
        int n = a.length;
        double mean = 0;
        for (int u = 0; u < n; u++) {
            mean += (a[u] - b[u]) / n;
        }
        double ss = 0;
        for (int u = 0; u < n; u++) {
            double d = a[u] - b[u] - mean;
            ss += d * d;
        }
        return new PairedDifference(mean, Math.sqrt(ss / (n - 1) / n));
    }

    /** Mean over standard error. */
    public double z() {
        return mean / standardError;
    }
}
