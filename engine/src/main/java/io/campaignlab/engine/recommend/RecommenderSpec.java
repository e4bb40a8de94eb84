package io.campaignlab.engine.recommend;

/**
 * A recommender's settings. Each model reads the ones it needs.
 *
 * @param kind           the model
 * @param factors        ALS: latent factors
 * @param iterations     ALS: alternating sweeps (users then items)
 * @param regularization ALS: λ on both factor matrices
 * @param alpha          ALS: confidence 1 + α·r
 * @param cgSteps        ALS: conjugate-gradient steps per row and sweep (3 as in the {@code implicit} library)
 * @param neighbours     item-kNN: neighbours kept per item (top-M)
 * @param shrinkage      item-kNN: h in cos(i, j) = i·j / (|i| |j| + h)
 * @param recentDays     recent popularity: the window before the latest training event
 * @param threads        worker threads of the fixed pool (results do not depend on it)
 * @param seed           the seed of the ALS and BPR initialisation and of BPR's sampling
 * @param bpr            BPR: epochs, learning rate, negatives, L2 and batch size (null reads as the defaults, so
 *                       settings saved before BPR existed still load)
 */
public record RecommenderSpec(RecommenderKind kind, int factors, int iterations, double regularization, double alpha,
                              int cgSteps, int neighbours, double shrinkage, int recentDays, int threads, long seed,
                              BprSettings bpr) {

    /** The settings as they were before BPR: BPR's take their defaults. */
    public RecommenderSpec(RecommenderKind kind, int factors, int iterations, double regularization, double alpha,
                           int cgSteps, int neighbours, double shrinkage, int recentDays, int threads, long seed) {
        this(kind, factors, iterations, regularization, alpha, cgSteps, neighbours, shrinkage, recentDays, threads,
                seed, BprSettings.defaults());
    }

    public RecommenderSpec {
        bpr = bpr == null ? BprSettings.defaults() : bpr;
        if (factors < 1 || iterations < 0 || cgSteps < 1 || neighbours < 1 || recentDays < 1 || threads < 1) {
            throw new IllegalArgumentException("factors, cg steps, neighbours, recent days and threads must be >= 1,"
                    + " iterations >= 0");
        }
        if (!(regularization >= 0) || !(alpha >= 0) || !(shrinkage >= 0)) {
            throw new IllegalArgumentException("regularization, alpha and shrinkage must be >= 0");
        }
    }

    public static RecommenderSpec defaults(RecommenderKind kind) {
        return new RecommenderSpec(kind, 64, 15, 5.0, 20.0, 3, 100, 10.0, 7,
                Math.max(1, Runtime.getRuntime().availableProcessors()), 42L);
    }

    public RecommenderSpec withFactors(int f) {
        return new RecommenderSpec(kind, f, iterations, regularization, alpha, cgSteps, neighbours, shrinkage,
                recentDays, threads, seed, bpr);
    }

    public RecommenderSpec withIterations(int n) {
        return new RecommenderSpec(kind, factors, n, regularization, alpha, cgSteps, neighbours, shrinkage,
                recentDays, threads, seed, bpr);
    }

    public RecommenderSpec withSeed(long s) {
        return new RecommenderSpec(kind, factors, iterations, regularization, alpha, cgSteps, neighbours, shrinkage,
                recentDays, threads, s, bpr);
    }

    public RecommenderSpec withThreads(int t) {
        return new RecommenderSpec(kind, factors, iterations, regularization, alpha, cgSteps, neighbours, shrinkage,
                recentDays, t, seed, bpr);
    }

    public RecommenderSpec withAls(double lambda, double a, int steps) {
        return new RecommenderSpec(kind, factors, iterations, lambda, a, steps, neighbours, shrinkage, recentDays,
                threads, seed, bpr);
    }

    public RecommenderSpec withKnn(int m, double h) {
        return new RecommenderSpec(kind, factors, iterations, regularization, alpha, cgSteps, m, h, recentDays,
                threads, seed, bpr);
    }

    public RecommenderSpec withBpr(BprSettings settings) {
        return new RecommenderSpec(kind, factors, iterations, regularization, alpha, cgSteps, neighbours, shrinkage,
                recentDays, threads, seed, settings);
    }

    public RecommenderSpec withRecentDays(int days) {
        return new RecommenderSpec(kind, factors, iterations, regularization, alpha, cgSteps, neighbours, shrinkage,
                days, threads, seed, bpr);
    }
}
