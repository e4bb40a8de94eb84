package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.numeric.Logistic;
import io.campaignlab.engine.features.EncodedRows;

/**
 * A ridge-penalised regression of the reward on encoded features, in plain Java: logistic (fitted by Newton's
 * method with step halving) for 0/1 rewards, least squares (one solve of the normal equations) for any other. The
 * design is an intercept plus one column per row of the feature pipeline's vocabulary (one-hot categories and
 * quantile buckets, standardized numbers), so it stays small; the penalty λ/2 Σ w² leaves the intercept free.
 *
 * @param logistic  whether the link is the logistic function
 * @param weights   one weight per vocabulary row
 * @param intercept the intercept
 * @param iterations Newton steps taken (1 for least squares)
 */
public record OutcomeRegression(boolean logistic, double[] weights, double intercept, int iterations) {

    /** The largest design the dense Newton solve accepts. */
    public static final int MAX_COLUMNS = 1_500;
    /** The default ridge penalty, in units of the summed log-likelihood (or of the summed squared error). */
    public static final double DEFAULT_LAMBDA = 1.0;

    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-9;

    /**
     * Fits on the given rows.
     *
     * @param x          the encoded rows of every unit
     * @param vocabulary the pipeline's vocabulary size (the design's columns, less the intercept)
     * @param rows       the units to fit on
     * @param y          the reward of every unit (only {@code rows} are read)
     * @param logistic   logistic for 0/1 rewards, least squares otherwise
     * @param lambda     the ridge penalty, &gt; 0
     */
    public static OutcomeRegression fit(EncodedRows x, int vocabulary, int[] rows, double[] y, boolean logistic,
                                        double lambda) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("an outcome model needs at least one unit");
        }
        if (vocabulary + 1 > MAX_COLUMNS) {
            throw new IllegalArgumentException("the features have " + vocabulary + " values; the outcome model takes"
                    + " at most " + (MAX_COLUMNS - 1) + ". Name fewer or coarser feature columns");
        }
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("the ridge penalty must be > 0, not " + lambda);
        }
        int d = vocabulary + 1;
        double[] beta = new double[d];
        double mean = 0;
        for (int r : rows) {
            mean += y[r];
        }
        mean /= rows.length;
        beta[vocabulary] = logistic ? logit(Math.min(1 - 1e-6, Math.max(1e-6, mean))) : mean;
        if (!logistic) {
            beta = Newton.step(x, vocabulary, rows, y, beta, false, lambda);
            return new OutcomeRegression(false, java.util.Arrays.copyOf(beta, vocabulary), beta[vocabulary], 1);
        }
        double loss = Newton.penalisedLoss(x, vocabulary, rows, y, beta, lambda);
        int it = 0;
        while (it < MAX_ITERATIONS) {
            it++;
            double[] proposal = Newton.step(x, vocabulary, rows, y, beta, true, lambda);
            double[] next = proposal;
            double nextLoss = Newton.penalisedLoss(x, vocabulary, rows, y, next, lambda);
            double t = 1;
            while (nextLoss > loss && t > 1e-4) {
                t /= 2;
                next = blend(beta, proposal, t);
                nextLoss = Newton.penalisedLoss(x, vocabulary, rows, y, next, lambda);
            }
            double change = 0;
            for (int j = 0; j < d; j++) {
                change = Math.max(change, Math.abs(next[j] - beta[j]));
            }
            beta = next;
            loss = Math.min(loss, nextLoss);
            if (change < TOLERANCE) {
                break;
            }
        }
        return new OutcomeRegression(true, java.util.Arrays.copyOf(beta, vocabulary), beta[vocabulary], it);
    }

    /** The predicted reward of one unit: a probability for the logistic model. */
    public double predict(EncodedRows x, int row) {
        double eta = intercept;
        int base = row * x.slots();
        for (int s = 0; s < x.slots(); s++) {
            eta += weights[x.indices()[base + s]] * x.values()[base + s];
        }
        return logistic ? Logistic.sigmoid(eta) : eta;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double[] blend(double[] from, double[] to, double t) {
        double[] out = new double[from.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = from[j] + t * (to[j] - from[j]);
        }
        return out;
    }
}
