package io.campaignlab.engine.experiments;

/**
 * The count, mean and unbiased sample variance of one arm's values of a metric.
 *
 * @param n        units
 * @param mean     the mean
 * @param variance the sample variance (divisor n − 1; 0 when n &lt; 2)
 */
public record MeanStats(long n, double mean, double variance) {

    /** Welford's one-pass mean and variance, skipping NaN. */
    public static MeanStats of(double[] values) {
        long n = 0;
        double mean = 0;
        double m2 = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            n++;
            double d = v - mean;
            mean += d / n;
            m2 += d * (v - mean);
        }
        return new MeanStats(n, n == 0 ? Double.NaN : mean, n < 2 ? 0 : m2 / (n - 1));
    }

    /** The variance of the mean, s² / n. */
    public double varianceOfMean() {
        return variance / n;
    }
}
