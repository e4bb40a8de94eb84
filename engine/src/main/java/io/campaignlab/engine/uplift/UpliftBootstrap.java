package io.campaignlab.engine.uplift;

import io.campaignlab.engine.numeric.Quantiles;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Bootstrap intervals of the Qini coefficient and the AUUC on the test units: the units resampled with
 * replacement {@code resamples} times (seeded), each resample's Qini and AUUC computed as {@link UpliftCurves} does,
 * and the 2.5th and 97.5th percentiles of each kept (percentile method). Resamples that draw one arm only are
 * redrawn.
 *
 * @param qini      the Qini coefficient with its interval
 * @param auuc      the AUUC with its interval
 * @param resamples B
 * @param seed      the resampling seed
 */
public record UpliftBootstrap(Interval qini, Interval auuc, int resamples, long seed) {

    /** The report kind under which the intervals are kept with their run. */
    public static final String KIND = "uplift_bootstrap";

    /** The default number of resamples. */
    public static final int RESAMPLES = 200;

    /** An estimate with its 95% bootstrap interval. */
    public record Interval(double estimate, double low, double high) {

        /** {@code 0.123 (95% CI 0.101–0.144)}. */
        public String describe() {
            return String.format(Locale.ROOT, "%.4f (95%% CI %.4f to %.4f)", estimate, low, high);
        }
    }

    /**
     * The intervals of the test units' scores, outcomes and arms.
     *
     * @throws IllegalArgumentException when the arrays differ in length, an arm is empty or resamples is below 50
     */
    public static UpliftBootstrap of(double[] score, double[] y, boolean[] treated, int resamples, long seed) {
        int n = score.length;
        if (y.length != n || treated.length != n) {
            throw new IllegalArgumentException("scores, outcomes and arms must be as many; got " + n + ", "
                    + y.length + " and " + treated.length);
        }
        if (resamples < 50) {
            throw new IllegalArgumentException("a bootstrap needs at least 50 resamples, not " + resamples);
        }
        int armTreated = 0;
        for (boolean t : treated) {
            armTreated += t ? 1 : 0;
        }
        if (armTreated == 0 || armTreated == n) {
            throw new IllegalArgumentException("the bootstrap needs treated and control units; " + armTreated
                    + " of " + n + " are treated");
        }
        Random random = new Random(seed);
        double[] qinis = new double[resamples];
        double[] auucs = new double[resamples];
        double[] s = new double[n];
        double[] yy = new double[n];
        boolean[] w = new boolean[n];
        for (int r = 0; r < resamples; r++) {
            int drawnTreated;
            do {
                drawnTreated = 0;
                for (int i = 0; i < n; i++) {
                    int j = random.nextInt(n);
                    s[i] = score[j];
                    yy[i] = y[j];
                    w[i] = treated[j];
                    drawnTreated += w[i] ? 1 : 0;
                }
            } while (drawnTreated == 0 || drawnTreated == n);
            qinis[r] = UpliftCurves.qiniCoefficient(s, yy, w);
            auucs[r] = UpliftCurves.auuc(s, yy, w);
        }
        return new UpliftBootstrap(interval(UpliftCurves.qiniCoefficient(score, y, treated), qinis),
                interval(UpliftCurves.auuc(score, y, treated), auucs), resamples, seed);
    }

    private static Interval interval(double estimate, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Interval(estimate, Quantiles.linear(sorted, 0.025), Quantiles.linear(sorted, 0.975));
    }
}
