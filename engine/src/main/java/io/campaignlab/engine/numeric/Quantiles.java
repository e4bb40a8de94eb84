package io.campaignlab.engine.numeric;

/** Quantiles of sorted values, for bootstrap percentile intervals. */
public final class Quantiles {

    private Quantiles() {
    }

    /** The q-quantile of ascending {@code sorted} values, linear between order statistics (numpy's default). */
    public static double linear(double[] sorted, double q) {
        if (sorted.length == 0 || !(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("a quantile needs values and q in [0, 1]; got " + sorted.length
                    + " values and q " + q);
        }
        double at = q * (sorted.length - 1);
        int low = (int) Math.floor(at);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (at - low) * (sorted[high] - sorted[low]);
    }
}
