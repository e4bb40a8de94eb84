package io.campaignlab.engine.recommend.evaluation;

import io.campaignlab.engine.numeric.Quantiles;

import java.util.Arrays;
import java.util.Random;

/**
 * The paired bootstrap of a mean difference: users (or any units) resampled with replacement {@code resamples}
 * times, each time the mean of a[u] − b[u] over the drawn units; the 95% interval is the 2.5th and 97.5th
 * percentiles of those means (percentile method, Efron &amp; Tibshirani 1993, ch. 13), and the two-sided p-value
 * of "no difference" is 2·min(#{mean* ≤ 0} + 1, #{mean* ≥ 0} + 1) / (B + 1), capped at 1. Seeded: the same seed
 * draws the same resamples.
 */
public final class PairedBootstrap {

    /** The default number of resamples. */
    public static final int RESAMPLES = 1_000;

    private PairedBootstrap() {
    }

    /**
     * The difference of the means of {@code a} and {@code b} with its bootstrap interval.
     *
     * @throws IllegalArgumentException when the arrays differ in length, hold fewer than two units, or
     *                                  {@code resamples} is below 100
     */
    public static MetricGain of(double[] a, double[] b, int resamples, long seed) {
        if (a.length != b.length || a.length < 2) {
            throw new IllegalArgumentException("a paired bootstrap needs two arrays of one length, at least 2; got "
                    + a.length + " and " + b.length);
        }
        if (resamples < 100) {
            throw new IllegalArgumentException("a bootstrap needs at least 100 resamples, not " + resamples);
        }
        int n = a.length;
        double[] d = new double[n];
        double meanA = 0;
        double meanB = 0;
        for (int u = 0; u < n; u++) {
            d[u] = a[u] - b[u];
            meanA += a[u] / n;
            meanB += b[u] / n;
        }
        Random random = new Random(seed);
        double[] means = new double[resamples];
        int atOrBelow = 0;
        int atOrAbove = 0;
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += d[random.nextInt(n)];
            }
            means[r] = sum / n;
            atOrBelow += means[r] <= 0 ? 1 : 0;
            atOrAbove += means[r] >= 0 ? 1 : 0;
        }
        Arrays.sort(means);
        double p = Math.min(1, 2.0 * (Math.min(atOrBelow, atOrAbove) + 1) / (resamples + 1));
        return new MetricGain(meanA, meanB, Quantiles.linear(means, 0.025), Quantiles.linear(means, 0.975), p, resamples, seed);
    }
}
