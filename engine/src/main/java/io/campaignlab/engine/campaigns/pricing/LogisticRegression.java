package io.campaignlab.engine.campaigns.pricing;

import io.campaignlab.engine.numeric.Cholesky;
import io.campaignlab.engine.numeric.Logistic;

/**
 * L2-penalised logistic regression fitted by Newton's method (iteratively reweighted least squares) in plain Java:
 * it maximises Σ [y ln p + (1 − y) ln(1 − p)] − (penalty / 2) × ‖w‖² over the weights w (the intercept is not
 * penalised), with p = sigmoid(intercept + w · x). Dense and exact, for the few dozen columns of a response model;
 * the objective is concave, so Newton's steps (halved while they do not improve it) converge to its one maximum.
 *
 * @param intercept  the fitted intercept
 * @param weights    the fitted weights, one per column
 * @param iterations Newton steps taken
 */
public record LogisticRegression(double intercept, double[] weights, int iterations) {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-9;
    private static final int HALVINGS = 30;

    /**
     * @param x       rows of features (all of the same length)
     * @param y       labels in [0, 1], one per row
     * @param rows    the rows to fit on
     * @param penalty the L2 penalty, at least 0 (use a positive one when a column separates the labels)
     */
    public static LogisticRegression fit(double[][] x, double[] y, int[] rows, double penalty) {
        if (!(penalty >= 0)) {
            throw new IllegalArgumentException("the penalty must be at least 0, was " + penalty);
        }
        if (rows.length == 0) {
            throw new IllegalArgumentException("a logistic regression needs at least one row");
        }
        int d = x[rows[0]].length + 1;
        double[] beta = new double[d];
        double mean = 0;
        for (int r : rows) {
            mean += y[r];
        }
        mean = Math.min(Math.max(mean / rows.length, 1e-6), 1 - 1e-6);
        beta[0] = Math.log(mean / (1 - mean));
        double objective = objective(x, y, rows, penalty, beta);
        int iteration = 0;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            double[] step = newtonStep(x, y, rows, penalty, beta);
            double scale = 1.0;
            double[] next = add(beta, step, scale);
            double nextObjective = objective(x, y, rows, penalty, next);
            for (int h = 0; h < HALVINGS && !(nextObjective >= objective - 1e-12); h++) {
                scale /= 2;
                next = add(beta, step, scale);
                nextObjective = objective(x, y, rows, penalty, next);
            }
            double largest = 0;
            for (double s : step) {
                largest = Math.max(largest, Math.abs(s * scale));
            }
            beta = next;
            objective = nextObjective;
            if (largest < TOLERANCE) {
                break;
            }
        }
        double[] weights = new double[d - 1];
        System.arraycopy(beta, 1, weights, 0, d - 1);
        return new LogisticRegression(beta[0], weights, iteration);
    }

    /** P(y = 1 | x). */
    public double probability(double[] x) {
        double z = intercept;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * x[j];
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** The mean log loss of the given rows, probabilities kept within [1e-15, 1 − 1e-15]. */
    public double logLoss(double[][] x, double[] y, int[] rows) {
        double sum = 0;
        for (int r : rows) {
            double p = Math.min(Math.max(probability(x[r]), 1e-15), 1 - 1e-15);
            sum -= y[r] * Math.log(p) + (1 - y[r]) * Math.log(1 - p);
        }
        return sum / rows.length;
    }

    private static double[] newtonStep(double[][] x, double[] y, int[] rows, double penalty, double[] beta) {
        int d = beta.length;
        double[] gradient = new double[d];
        double[][] hessian = new double[d][d];
        double[] row = new double[d];
        row[0] = 1.0;
        for (int r : rows) {
            System.arraycopy(x[r], 0, row, 1, d - 1);
            double p = Logistic.sigmoid(dot(beta, row));
            double w = Math.max(p * (1 - p), 1e-12);
            double residual = y[r] - p;
            for (int a = 0; a < d; a++) {
                gradient[a] += residual * row[a];
                double wa = w * row[a];
                for (int b = 0; b <= a; b++) {
                    hessian[a][b] += wa * row[b];
                }
            }
        }
        for (int a = 1; a < d; a++) {
            gradient[a] -= penalty * beta[a];
            hessian[a][a] += penalty;
        }
        hessian[0][0] += 1e-9;
        return Cholesky.solve(hessian, gradient);
    }

    private static double objective(double[][] x, double[] y, int[] rows, double penalty, double[] beta) {
        double sum = 0;
        int d = beta.length;
        for (int r : rows) {
            double z = beta[0];
            for (int j = 1; j < d; j++) {
                z += beta[j] * x[r][j - 1];
            }
            sum += Logistic.logLikelihood(y[r], z);
        }
        for (int j = 1; j < d; j++) {
            sum -= 0.5 * penalty * beta[j] * beta[j];
        }
        return sum;
    }

    private static double[] add(double[] beta, double[] step, double scale) {
        double[] next = new double[beta.length];
        for (int j = 0; j < beta.length; j++) {
            next[j] = beta[j] + scale * step[j];
        }
        return next;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }
}
