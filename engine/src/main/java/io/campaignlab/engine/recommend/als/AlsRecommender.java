package io.campaignlab.engine.recommend.als;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.Cholesky;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.FactorRecommender;
import io.campaignlab.engine.recommend.Parallel;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Implicit alternating least squares (Hu, Koren and Volinsky 2008). Preference p = 1 on every training cell and 0
 * elsewhere, confidence c = 1 + α·r for a cell of weight r. Each sweep solves every user row with the item factors
 * fixed, then every item row with the user factors fixed, minimising
 * {@code Σ_ui c_ui (p_ui − x_u·y_i)² + λ (Σ‖x_u‖² + Σ‖y_i‖²)}. A row's normal equations
 * {@code (YᵀY + λI + Σ_i (c_i − 1) y_i y_iᵀ) x = Σ_i c_i y_i} are solved approximately by a few conjugate-gradient
 * steps warm-started from the previous value (Takács, Pilászy and Tikk 2011; the {@code implicit} library's
 * {@code least_squares_cg}), so one step costs O(f² + n_u f) instead of the O(f³) of a direct solve.
 *
 * <p>Rows are solved in parallel on a fixed pool; each row's solve is independent and sequential, and YᵀY is
 * summed over fixed chunks in a fixed order, so the factors for a seed are the same on any number of threads.
 *
 * <p>Explanations use the {@code implicit} library's explain formula: with {@code W_u = YᵀC_uY + λI} (the user's
 * normal matrix), the folded-in score is {@code y_jᵀ x_u = Σ_i c_ui · (y_jᵀ W_u⁻¹ y_i)}, and each term is history
 * item i's contribution. Scores of a user not fitted (and all explanations) use that exact fold-in on the given
 * history with the item factors fixed.
 */
public final class AlsRecommender extends FactorRecommender {

    private static final int ROW_CHUNK = 512;
    private static final int GRAM_CHUNK = 2048;

    private double alpha;
    private volatile double[] itemGram;
    private boolean trackLoss = true;

    public AlsRecommender() {
    }

    /** A fitted model from stored item factors (row-major, items × factors); users are folded in. */
    public static AlsRecommender of(int factors, double regularization, double alpha, double[] itemFactors) {
        AlsRecommender r = new AlsRecommender();
        r.factors = factors;
        r.regularization = regularization;
        r.alpha = alpha;
        r.items = itemFactors.length / factors;
        r.itemFactors = itemFactors.clone();
        return r;
    }

    /** Whether {@link #fit} computes the training loss after every sweep (on by default; it costs about a sweep). */
    public AlsRecommender optTrackLoss(boolean track) {
        this.trackLoss = track;
        return this;
    }

    @Override
    public RecommenderKind kind() {
        return RecommenderKind.ALS;
    }

    @Override
    public void fit(InteractionMatrix train, RecommenderSpec spec, ProgressListener progress,
                    CancellationToken cancel) {
        factors = spec.factors();
        regularization = spec.regularization();
        alpha = spec.alpha();
        users = train.users();
        items = train.items();
        int f = factors;
        SplittableRandom random = new SplittableRandom(spec.seed());
        double[] x = new double[users * f];
        double[] y = new double[items * f];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextDouble() * 0.01;
        }
        for (int k = 0; k < y.length; k++) {
            y[k] = random.nextDouble() * 0.01;
        }
        InteractionMatrix byItem = train.transpose();
        losses = new double[spec.iterations()];
        seconds = new double[spec.iterations()];
        try (Parallel parallel = new Parallel(spec.threads())) {
            for (int it = 0; it < spec.iterations(); it++) {
                cancel.throwIfCancelled();
                progress.message("ALS sweep " + (it + 1) + " of " + spec.iterations());
                long started = System.nanoTime();
                sweep(train, y, x, spec.cgSteps(), parallel, cancel);
                sweep(byItem, x, y, spec.cgSteps(), parallel, cancel);
                seconds[it] = (System.nanoTime() - started) / 1e9;
                losses[it] = trackLoss ? loss(train, x, y, f, regularization, alpha, parallel, cancel) : Double.NaN;
                progress.progress(it + 1, spec.iterations());
            }
        }
        userFactors = x;
        itemFactors = y;
        itemGram = null;
    }

    /** Solves every row of {@code solve} (rows of {@code c}) with {@code fixed} held. */
    private void sweep(InteractionMatrix c, double[] fixed, double[] solve, int steps, Parallel parallel,
                       CancellationToken cancel) {
        int f = factors;
        double[] gram = gram(fixed, f, regularization, parallel, cancel);
        parallel.forRange(c.users(), ROW_CHUNK, cancel, (chunk, from, to) -> {
            double[] x = new double[f];
            double[] work = new double[3 * f];
            for (int u = from; u < to; u++) {
                System.arraycopy(solve, u * f, x, 0, f);
                conjugateGradient(gram, fixed, f, c, u, alpha, x, steps, work);
                System.arraycopy(x, 0, solve, u * f, f);
            }
        });
    }

    /** {@code FᵀF + λI} of a row-major factor matrix, summed over fixed chunks in order. */
    static double[] gram(double[] factors, int f, double lambda, Parallel parallel, CancellationToken cancel) {
        int rows = factors.length / f;
        int chunks = Parallel.chunks(rows, GRAM_CHUNK);
        double[][] partial = new double[Math.max(1, chunks)][];
        parallel.forRange(rows, GRAM_CHUNK, cancel, (chunk, from, to) -> {
            double[] g = new double[f * f];
            for (int r = from; r < to; r++) {
                int o = r * f;
                for (int a = 0; a < f; a++) {
                    double va = factors[o + a];
                    if (va == 0) {
                        continue;
                    }
                    int row = a * f;
                    for (int b = a; b < f; b++) {
                        g[row + b] += va * factors[o + b];
                    }
                }
            }
            partial[chunk] = g;
        });
        double[] gram = new double[f * f];
        for (double[] g : partial) {
            if (g == null) {
                continue;
            }
            for (int k = 0; k < gram.length; k++) {
                gram[k] += g[k];
            }
        }
        for (int a = 0; a < f; a++) {
            for (int b = a + 1; b < f; b++) {
                gram[b * f + a] = gram[a * f + b];
            }
            gram[a * f + a] += lambda;
        }
        return gram;
    }

    /**
     * A few conjugate-gradient steps on one row's normal equations, from the given start; the row's cells are
     * {@code c}'s row {@code row}, {@code gram} is {@code YᵀY + λI}. {@code work} holds 3f doubles.
     */
    static void conjugateGradient(double[] gram, double[] y, int f, InteractionMatrix c, int row, double alpha,
                                  double[] x, int steps, double[] work) {
        double[] r = work;
        int p = f;
        int ap = 2 * f;
        // r = b − A x, with A x = gram x + Σ (c − 1)(y_i·x) y_i and b = Σ c y_i
        matVec(gram, f, x, 0, work, 0, -1.0);
        int start = c.rowStart(row);
        int end = c.rowEnd(row);
        for (int k = start; k < end; k++) {
            int o = c.column(k) * f;
            double conf = 1 + alpha * c.value(k);
            double d = dot(y, o, x, 0, f);
            double coef = conf - (conf - 1) * d;
            for (int a = 0; a < f; a++) {
                r[a] += coef * y[o + a];
            }
        }
        System.arraycopy(r, 0, work, p, f);
        double rsOld = dot(r, 0, r, 0, f);
        if (rsOld < 1e-20) {
            return;
        }
        for (int s = 0; s < steps; s++) {
            matVec(gram, f, work, p, work, ap, 1.0);
            for (int k = start; k < end; k++) {
                int o = c.column(k) * f;
                double conf = 1 + alpha * c.value(k);
                double coef = (conf - 1) * dot(y, o, work, p, f);
                for (int a = 0; a < f; a++) {
                    work[ap + a] += coef * y[o + a];
                }
            }
            double pAp = dot(work, p, work, ap, f);
            if (!(pAp > 0)) {
                return;
            }
            double step = rsOld / pAp;
            for (int a = 0; a < f; a++) {
                x[a] += step * work[p + a];
                r[a] -= step * work[ap + a];
            }
            double rsNew = dot(r, 0, r, 0, f);
            if (rsNew < 1e-20) {
                return;
            }
            double beta = rsNew / rsOld;
            for (int a = 0; a < f; a++) {
                work[p + a] = r[a] + beta * work[p + a];
            }
            rsOld = rsNew;
        }
    }

    private static void matVec(double[] m, int f, double[] v, int vo, double[] out, int oo, double sign) {
        for (int a = 0; a < f; a++) {
            double s = 0;
            int row = a * f;
            for (int b = 0; b < f; b++) {
                s += m[row + b] * v[vo + b];
            }
            out[oo + a] = sign * s;
        }
    }

    private static double dot(double[] a, int ao, double[] b, int bo, int f) {
        double s = 0;
        for (int k = 0; k < f; k++) {
            s += a[ao + k] * b[bo + k];
        }
        return s;
    }

    /**
     * The objective per cell, {@code [Σ_ui c_ui (p_ui − x_u·y_i)² + λ(‖X‖² + ‖Y‖²)] / (users · items)}, computed
     * without visiting the empty cells: {@code Σ_u x_uᵀ YᵀY x_u} plus a correction on each training cell.
     */
    static double loss(InteractionMatrix c, double[] x, double[] y, int f, double lambda, double alpha,
                       Parallel parallel, CancellationToken cancel) {
        double[] gram = gram(y, f, 0, parallel, cancel);
        int chunks = Parallel.chunks(c.users(), ROW_CHUNK);
        double[] partial = new double[Math.max(1, chunks)];
        parallel.forRange(c.users(), ROW_CHUNK, cancel, (chunk, from, to) -> {
            double[] gx = new double[f];
            double sum = 0;
            for (int u = from; u < to; u++) {
                int xo = u * f;
                double[] xu = Arrays.copyOfRange(x, xo, xo + f);
                matVec(gram, f, xu, 0, gx, 0, 1.0);
                sum += dot(xu, 0, gx, 0, f);
                for (int k = c.rowStart(u); k < c.rowEnd(u); k++) {
                    double conf = 1 + alpha * c.value(k);
                    double s = dot(y, c.column(k) * f, xu, 0, f);
                    sum += conf * (1 - s) * (1 - s) - s * s;
                }
            }
            partial[chunk] = sum;
        });
        double total = 0;
        for (double p : partial) {
            total += p;
        }
        total += lambda * (dot(x, 0, x, 0, x.length) + dot(y, 0, y, 0, y.length));
        return total / ((double) c.users() * Math.max(1, c.items()));
    }

    public double alpha() {
        return alpha;
    }

    private double[] itemGram() {
        double[] g = itemGram;
        if (g == null) {
            try (Parallel p = new Parallel(1)) {
                g = gram(itemFactors, factors, regularization, p, new CancellationToken());
            }
            itemGram = g;
        }
        return g;
    }

    @Override
    public void score(int user, int[] items, float[] values, double[] out) {
        int f = factors;
        double[] x;
        if (user >= 0 && userFactors != null && user < users) {
            x = Arrays.copyOfRange(userFactors, user * f, user * f + f);
        } else {
            Cholesky w = normalMatrix(items, values);
            double[] b = new double[f];
            for (int h = 0; h < items.length; h++) {
                double conf = 1 + alpha * values[h];
                int o = items[h] * f;
                for (int a = 0; a < f; a++) {
                    b[a] += conf * itemFactors[o + a];
                }
            }
            x = w.solve(b);
        }
        for (int j = 0; j < this.items; j++) {
            out[j] = dot(itemFactors, j * f, x, 0, f);
        }
    }

    @Override
    public List<Reason> explain(int user, int[] items, float[] values, int item, int n) {
        int f = factors;
        Cholesky w = normalMatrix(items, values);
        double[] z = w.solve(Arrays.copyOfRange(itemFactors, item * f, item * f + f));
        List<Reason> reasons = new ArrayList<>();
        for (int h = 0; h < items.length; h++) {
            double conf = 1 + alpha * values[h];
            reasons.add(new Reason(items[h], conf * dot(itemFactors, items[h] * f, z, 0, f)));
        }
        reasons.sort(Comparator.comparingDouble((Reason r) -> -r.contribution()).thenComparingInt(Reason::item));
        return reasons.subList(0, Math.min(n, reasons.size()));
    }

    /** {@code W_u = YᵀY + λI + Σ_i (c_i − 1) y_i y_iᵀ}, factored. */
    private Cholesky normalMatrix(int[] items, float[] values) {
        int f = factors;
        double[] w = itemGram().clone();
        for (int h = 0; h < items.length; h++) {
            double extra = alpha * values[h];
            int o = items[h] * f;
            for (int a = 0; a < f; a++) {
                double va = extra * itemFactors[o + a];
                for (int b = 0; b < f; b++) {
                    w[a * f + b] += va * itemFactors[o + b];
                }
            }
        }
        return new Cholesky(w, f);
    }
}
