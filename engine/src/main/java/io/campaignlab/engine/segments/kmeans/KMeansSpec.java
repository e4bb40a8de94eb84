package io.campaignlab.engine.segments.kmeans;

import java.util.List;

/**
 * How k-means runs: the k (or range of k) to fit, on which features, and how hard to try.
 *
 * @param kMin             the smallest k, at least 2
 * @param kMax             the largest k; equal to {@code kMin} for a single k
 * @param seed             drives the k-means++ seeds and the silhouette sample
 * @param restarts         fits per k from different seeds; the one of lowest inertia is kept
 * @param maxIterations    Lloyd iterations per fit at most
 * @param tolerance        a fit has converged when the centroids moved less than this in total squared distance,
 *                         relative to the mean variance of the features (1 after standardising), as in scikit-learn
 * @param silhouetteSample at most this many customers, drawn with the seed, enter the silhouette (its cost is
 *                         quadratic); all of them when there are fewer
 * @param features         the behaviour features clustered on
 */
public record KMeansSpec(int kMin, int kMax, long seed, int restarts, int maxIterations, double tolerance,
                         int silhouetteSample, List<BehaviourFeature> features) {

    public static final int DEFAULT_RESTARTS = 10;
    public static final int DEFAULT_MAX_ITERATIONS = 300;
    public static final double DEFAULT_TOLERANCE = 1e-4;
    public static final int DEFAULT_SILHOUETTE_SAMPLE = 3000;
    public static final long DEFAULT_SEED = 42;

    public KMeansSpec {
        features = List.copyOf(features);
        if (kMin < 2 || kMax < kMin) {
            throw new IllegalArgumentException("k must be at least 2, and a range must run upwards: " + kMin + ".."
                    + kMax);
        }
        if (kMax > 50) {
            throw new IllegalArgumentException("k of at most 50, not " + kMax);
        }
        if (restarts < 1 || maxIterations < 1 || !(tolerance >= 0) || silhouetteSample < 2) {
            throw new IllegalArgumentException("restarts and iterations must be positive, the tolerance at least 0"
                    + " and the silhouette sample at least 2");
        }
        if (features.isEmpty() || features.stream().distinct().count() != features.size()) {
            throw new IllegalArgumentException("k-means needs at least one feature, each once: " + features);
        }
    }

    /** Every feature, default effort, k from {@code kMin} to {@code kMax}. */
    public static KMeansSpec of(int kMin, int kMax, long seed) {
        return new KMeansSpec(kMin, kMax, seed, DEFAULT_RESTARTS, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE,
                DEFAULT_SILHOUETTE_SAMPLE, List.of(BehaviourFeature.values()));
    }

    public KMeansSpec withFeatures(List<BehaviourFeature> chosen) {
        return new KMeansSpec(kMin, kMax, seed, restarts, maxIterations, tolerance, silhouetteSample, chosen);
    }

    public KMeansSpec withRestarts(int n) {
        return new KMeansSpec(kMin, kMax, seed, n, maxIterations, tolerance, silhouetteSample, features);
    }
}
