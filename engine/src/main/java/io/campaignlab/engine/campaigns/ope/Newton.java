package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.numeric.Cholesky;
import io.campaignlab.engine.numeric.Logistic;

/**
 * The linear algebra of {@link OutcomeRegression}: one Newton step of the ridge-penalised logistic or least-squares
 * objective over sparse encoded rows (the Hessian is accumulated densely, d × d, then solved by {@link Cholesky}), and the
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
            double mu = logistic ? Logistic.sigmoid(eta) : eta;
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
        double[] delta = Cholesky.solve(h, g);
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
            loss -= Logistic.logLikelihood(y[r], eta);
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
}
