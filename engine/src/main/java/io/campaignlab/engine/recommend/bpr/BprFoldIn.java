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
        int n = bias.length - h;
        double[] x = new double[f];
        double[] parts = new double[h * f];
        if (h == 0 || n <= 0) {
            return new Result(x, parts, 0);
        }
        Problem problem = new Problem(q, bias, f, lambda, items);
        double[] t = scores(q, bias, f, x);
        double loss = problem.objective(t, x);
        int steps = 0;
        for (; steps < MAX_STEPS; steps++) {
            Direction d = problem.direction(problem.newtonSystem(t, parts));
            if (!(d.decrement() > TOLERANCE)) {
                break;
            }
            Trial trial = problem.lineSearch(x, loss, d);
            if (!(trial.loss() < loss)) {
                break;
            }
            for (int p = 0; p < parts.length; p++) {
                parts[p] -= trial.eta() * d.parts()[p];
            }
            x = trial.x();
            t = trial.t();
            loss = trial.loss();
        }
        return new Result(x, parts, steps);
    }

    /**
     * One Newton system: the gradient, kept as one term per history item (with its part's share of the L2 term),
     * and the Hessian of L.
     */
    private record NewtonSystem(double[] gradParts, double[] hessian) {
    }

    /**
     * The Newton direction, per history item and in full (their sum), and the Newton decrement g·H⁻¹g.
     */
    private record Direction(double[] parts, double[] full, double decrement) {
    }

    /** The point a backtracking line search stopped at: the step size, the vector, its scores and its loss. */
    private record Trial(double eta, double[] x, double[] t, double loss) {
    }

    /** The fold-in objective of one user: the fixed item factors and biases, and the user's history. */
    private static final class Problem {

        private final double[] q;
        private final double[] bias;
        private final int f;
        private final double lambda;
        private final int[] items;
        private final int h;
        private final int all;
        private final int n;
        private final boolean[] inHistory;
        private final double ridge;

        Problem(double[] q, double[] bias, int f, double lambda, int[] items) {
            this.q = q;
            this.bias = bias;
            this.f = f;
            this.lambda = lambda;
            this.items = items;
            h = items.length;
            all = bias.length;
            n = all - h;
            inHistory = new boolean[all];
            for (int i : items) {
                inHistory[i] = true;
            }
            ridge = 2 * lambda * h;
        }

        double objective(double[] t, double[] x) {
            return BprFoldIn.objective(t, items, inHistory, n, lambda, x);
        }

        /** Gradient and Hessian at the scores {@code t} of the current parts. */
        NewtonSystem newtonSystem(double[] t, double[] parts) {
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
            addOtherItems(hessian, c);
            for (int r = 0; r < f; r++) {
                hessian[r * f + r] += ridge;
            }
            return new NewtonSystem(gradParts, hessian);
        }

        /** Adds Σ_j c_j q_j q_jᵀ / n, the other items' part of the Hessian. */
        private void addOtherItems(double[] hessian, double[] c) {
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
        }

        Direction direction(NewtonSystem system) {
            double[] gradParts = system.gradParts();
            Cholesky solver = new Cholesky(system.hessian(), f);
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
            return new Direction(direction, full, decrement);
        }

        /** Halves the step from 1 until the loss falls enough (Armijo), at most 30 times. */
        Trial lineSearch(double[] x, double loss, Direction d) {
            double eta = 1;
            double[] nextX = new double[f];
            double[] nextT = null;
            double nextLoss = loss;
            for (int halving = 0; halving < 30; halving++, eta /= 2) {
                for (int k = 0; k < f; k++) {
                    nextX[k] = x[k] - eta * d.full()[k];
                }
                nextT = scores(q, bias, f, nextX);
                nextLoss = objective(nextT, nextX);
                if (nextLoss <= loss - 1e-4 * eta * d.decrement()) {
                    break;
                }
            }
            return new Trial(eta, nextX, nextT, nextLoss);
        }
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
