package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.features.EncodedRows;

/**
 * The linear algebra of {@link OutcomeRegression}: one Newton step of the ridge-penalised logistic or least-squares
 * objective over sparse encoded rows (the Hessian is accumulated densely, d × d, then solved by Cholesky), and the
 * penalised loss. Column {@code vocabulary} of the design is the intercept, which is not penalised.
 */
final class Newton {

    private Newton() {
    }

    /** β − H⁻¹ g for the penalised objective at β; for least squares the exact minimiser. */
    static double[] step(EncodedRows x, int vocabulary, int[] rows, double[] y, double[] beta, boolean logistic,
                         double lambda) {
        int d = vocabulary + 1;
        double[][] h = new double[d][d];
        double[] g = new double[d];
        int slots = x.slots();
        int[] idx = new int[slots + 1];
        double[] val = new double[slots + 1];
        for (int r : rows) {
            double eta = row(x, r, vocabulary, idx, val, beta);
            double mu = logistic ? OutcomeRegression.sigmoid(eta) : eta;
            double curvature = logistic ? Math.max(mu * (1 - mu), 1e-12) : 1.0;
            double residual = mu - y[r];
            for (int s = 0; s <= slots; s++) {
                g[idx[s]] += residual * val[s];
                for (int t = 0; t <= slots; t++) {
                    h[idx[s]][idx[t]] += curvature * val[s] * val[t];
                }
            }
        }
        for (int j = 0; j < vocabulary; j++) {
            g[j] += lambda * beta[j];
            h[j][j] += lambda;
        }
        h[vocabulary][vocabulary] += 1e-9;
        double[] delta = solve(h, g);
        double[] out = new double[d];
        for (int j = 0; j < d; j++) {
            out[j] = beta[j] - delta[j];
        }
        return out;
    }

    /** The negative log-likelihood (logistic) plus λ/2 Σ w², intercept excluded. */
    static double penalisedLoss(EncodedRows x, int vocabulary, int[] rows, double[] y, double[] beta,
                                double lambda) {
        int slots = x.slots();
        int[] idx = new int[slots + 1];
        double[] val = new double[slots + 1];
        double loss = 0;
        for (int r : rows) {
            double eta = row(x, r, vocabulary, idx, val, beta);
            // −[y η − ln(1 + e^η)], computed stably
            loss += Math.max(eta, 0) + Math.log1p(Math.exp(-Math.abs(eta))) - y[r] * eta;
        }
        double penalty = 0;
        for (int j = 0; j < vocabulary; j++) {
            penalty += beta[j] * beta[j];
        }
        return loss + lambda / 2 * penalty;
    }

    /** Fills the row's design columns (slots, then the intercept) and returns its linear predictor. */
    private static double row(EncodedRows x, int r, int vocabulary, int[] idx, double[] val, double[] beta) {
        int slots = x.slots();
        int base = r * slots;
        double eta = 0;
        for (int s = 0; s < slots; s++) {
            idx[s] = x.indices()[base + s];
            val[s] = x.values()[base + s];
            eta += beta[idx[s]] * val[s];
        }
        idx[slots] = vocabulary;
        val[slots] = 1;
        return eta + beta[vocabulary];
    }

    /** Solves H δ = g for a symmetric positive definite H by Cholesky (H is overwritten). */
    static double[] solve(double[][] h, double[] g) {
        int d = g.length;
        for (int j = 0; j < d; j++) {
            double s = h[j][j];
            for (int k = 0; k < j; k++) {
                s -= h[j][k] * h[j][k];
            }
            if (!(s > 0)) {
                throw new IllegalStateException("the outcome model's Hessian is not positive definite at column " + j);
            }
            double l = Math.sqrt(s);
            h[j][j] = l;
            for (int i = j + 1; i < d; i++) {
                double t = h[i][j];
                for (int k = 0; k < j; k++) {
                    t -= h[i][k] * h[j][k];
                }
                h[i][j] = t / l;
            }
        }
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            double s = g[i];
            for (int k = 0; k < i; k++) {
                s -= h[i][k] * z[k];
            }
            z[i] = s / h[i][i];
        }
        double[] out = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < d; k++) {
                s -= h[k][i] * out[k];
            }
            out[i] = s / h[i][i];
        }
        return out;
    }
}
