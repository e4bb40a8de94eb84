package io.campaignlab.engine.recommend;

import io.campaignlab.engine.recommend.bpr.BprSettings;

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

    /**
     * ALS: 64 factors, 15 sweeps, λ = 50, α = 1. A sweep on the simulator (4,000 users × 30 days, seed 42,
     * leave-last-out purchases, Recall@20; SimulatedRecommendersTest#sweep) found the former λ = 5, α = 20 far below
     * popularity (0.34 against 0.62 at 64 factors): with summed event weights up to 11 a cell, α = 20 gives confidences
     * up to 221, and the factors fit a user's few heavy cells instead of what the user shares with everyone. λ = 50,
     * α = 1 beat popularity by 5.0–5.7 points (paired SE 1.0) at 8, 16, 32 and 64 factors; λ = 200 flattens the model
     * into popularity. BPR: 32 factors ({@link BprSettings#defaults()} for the rest): 16 and 32 did equally well in
     * the sweep, and at 64 a batch's arrays cross PyTorch's parallel grain, which made an epoch 14 times slower on two
     * busy cores.
     */
    public static RecommenderSpec defaults(RecommenderKind kind) {
        return new RecommenderSpec(kind, defaultFactors(kind), 15, 50.0, 1.0, 3, 100, 10.0, 7,
                Math.max(1, Runtime.getRuntime().availableProcessors()), 42L);
    }

    /** The default factor count of a model: 32 for BPR, 64 otherwise. */
    public static int defaultFactors(RecommenderKind kind) {
        return kind == RecommenderKind.BPR ? 32 : 64;
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
