package io.campaignlab.engine.recommend.bpr;

import io.campaignlab.engine.recommend.Cholesky;

import java.util.Arrays;

/**
 * Fits the factor vector of a user the model was not trained on (or whose history changed), with the item factors
 * Q and biases b fixed, on the BPR objective the trainer optimises in expectation for that user:
 * {@code L(x) = (1/|N|) Σ_{i∈H} Σ_{j∈N} softplus(−s_ij) + λ|H|‖x‖²}, {@code s_ij = x·(q_i − q_j) + b_i − b_j}, over
 * every history item i and every other item j (no sampling, so the fold-in is deterministic). With the trainer's
 * per-triple L2 λ and each history item drawn once per epoch, λ|H| is the weight the user's factors carry in
 * training. L is smooth and strictly convex, and is minimised by damped Newton steps (backtracking until L falls).
 * Gradient and Hessian are gathered per history item and per other item, so a step costs
 * O(items·(f² + |H| f)), not O(|H|·items·f²).
 *
 * <p>The gradient is a sum of one term per history item plus the L2 term, which is linear in x, so the iterate is
 * kept as a sum of per-history-item parts: starting from zero, part a_i takes the (damped Newton) step of its own
 * gradient term and of its share of the L2 term. Then x = Σ a_i exactly at every step, and the score's x·q_j splits
 * exactly into the history items' contributions a_i·q_j: this is what {@link BprRecommender#explain} reports.
 */
final class BprFoldIn {

    static final int MAX_STEPS = 50;
    static final double TOLERANCE = 1e-18;

    private BprFoldIn() {
    }

    /**
     * @param x     the folded-in vector (f)
     * @param parts the history items' parts, |H| × f row-major; they sum to x
     * @param steps the Newton steps taken
     */
    record Result(double[] x, double[] parts, int steps) {
    }

    /** {@code items} are distinct history items; an empty history gives the zero vector. */
    static Result fit(double[] q, double[] bias, int f, double lambda, int[] items) {
        int h = items.length;
        int all = bias.length;
        int n = all - h;
        double[] x = new double[f];
        double[] parts = new double[h * f];
        if (h == 0 || n <= 0) {
            return new Result(x, parts, 0);
        }
        boolean[] inHistory = new boolean[all];
        for (int i : items) {
            inHistory[i] = true;
        }
        double ridge = 2 * lambda * h;
        double[] t = scores(q, bias, f, x);
        double loss = objective(t, items, inHistory, n, lambda, x);
        int steps = 0;
        for (; steps < MAX_STEPS; steps++) {
            // per history item: its gradient term g_i; per other item: the summed curvature weight c_j
            double[] gradParts = new double[h * f];
            double[] hessian = new double[f * f];
            double[] c = new double[all];
            double[] v = new double[f];
            for (int a = 0; a < h; a++) {
                int i = items[a];
                double total = 0;
                double curvature = 0;
                double[] wq = new double[f];
                Arrays.fill(v, 0);
                for (int j = 0; j < all; j++) {
                    if (inHistory[j]) {
                        continue;
                    }
                    double w = sigmoid(t[j] - t[i]);
                    double w2 = w * (1 - w);
                    total += w;
                    curvature += w2;
                    c[j] += w2;
                    int o = j * f;
                    for (int k = 0; k < f; k++) {
                        wq[k] += w * q[o + k];
                        v[k] += w2 * q[o + k];
                    }
                }
                int oi = i * f;
                for (int k = 0; k < f; k++) {
                    gradParts[a * f + k] = -(total * q[oi + k] - wq[k]) / n + ridge * parts[a * f + k];
                }
                // Σ_j w2 (q_i − q_j)(q_i − q_j)ᵀ less the Σ_j w2 q_j q_jᵀ part (added below from c)
                for (int r = 0; r < f; r++) {
                    for (int s = 0; s < f; s++) {
                        hessian[r * f + s] += (curvature * q[oi + r] * q[oi + s] - q[oi + r] * v[s]
                                - v[r] * q[oi + s]) / n;
                    }
                }
            }
            for (int j = 0; j < all; j++) {
                if (c[j] == 0) {
                    continue;
                }
                int o = j * f;
                double cj = c[j] / n;
                for (int r = 0; r < f; r++) {
                    double qr = cj * q[o + r];
                    for (int s = 0; s < f; s++) {
                        hessian[r * f + s] += qr * q[o + s];
                    }
                }
            }
            for (int r = 0; r < f; r++) {
                hessian[r * f + r] += ridge;
            }
            Cholesky solver = new Cholesky(hessian, f);
            double[] direction = new double[h * f];
            double[] full = new double[f];
            for (int a = 0; a < h; a++) {
                double[] d = solver.solve(Arrays.copyOfRange(gradParts, a * f, a * f + f));
                System.arraycopy(d, 0, direction, a * f, f);
                for (int k = 0; k < f; k++) {
                    full[k] += d[k];
                }
            }
            double decrement = 0;
            for (int a = 0; a < h; a++) {
                for (int k = 0; k < f; k++) {
                    decrement += gradParts[a * f + k] * full[k];
                }
            }
            if (!(decrement > TOLERANCE)) {
                break;
            }
            double eta = 1;
            double[] nextX = new double[f];
            double[] nextT = t;
            double nextLoss = loss;
            for (int halving = 0; halving < 30; halving++, eta /= 2) {
                for (int k = 0; k < f; k++) {
                    nextX[k] = x[k] - eta * full[k];
                }
                nextT = scores(q, bias, f, nextX);
                nextLoss = objective(nextT, items, inHistory, n, lambda, nextX);
                if (nextLoss <= loss - 1e-4 * eta * decrement) {
                    break;
                }
            }
            if (!(nextLoss < loss)) {
                break;
            }
            for (int p = 0; p < parts.length; p++) {
                parts[p] -= eta * direction[p];
            }
            x = nextX;
            t = nextT;
            loss = nextLoss;
        }
        return new Result(x, parts, steps);
    }

    private static double[] scores(double[] q, double[] bias, int f, double[] x) {
        double[] t = new double[bias.length];
        for (int j = 0; j < t.length; j++) {
            t[j] = dot(q, j * f, x, 0, f) + bias[j];
        }
        return t;
    }

    private static double objective(double[] t, int[] items, boolean[] inHistory, int n, double lambda, double[] x) {
        double sum = 0;
        for (int i : items) {
            for (int j = 0; j < t.length; j++) {
                if (!inHistory[j]) {
                    sum += softplus(t[j] - t[i]);
                }
            }
        }
        return sum / n + lambda * items.length * dot(x, 0, x, 0, x.length);
    }

    static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    static double dot(double[] a, int ao, double[] b, int bo, int f) {
        double s = 0;
        for (int k = 0; k < f; k++) {
            s += a[ao + k] * b[bo + k];
        }
        return s;
    }
}
