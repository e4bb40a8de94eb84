package io.campaignlab.engine.segments.kmeans;

import io.campaignlab.engine.jobs.CancellationToken;

import java.util.SplittableRandom;

/**
 * Lloyd's k-means with k-means++ seeding (Arthur and Vassilvitskii, "k-means++: the advantages of careful
 * seeding", SODA 2007) on points held in one row-major array.
 *
 * <p>Each restart draws its seeds from its own stream split off {@code new SplittableRandom(seed)}, so a seed gives
 * the same result on every run. A restart stops when the centroids moved less than {@code tolerance × mean feature
 * variance} in total squared distance, or after the iteration limit; a final assignment to the last centroids gives
 * the labels and the inertia. A cluster left empty takes the point farthest from its centroid. The restart of lowest
 * inertia wins (the first on a tie). The loops allocate nothing per point.
 */
public final class KMeans {

    private KMeans() {
    }

    public static KMeansFit fit(double[] x, int n, int d, int k, long seed, int restarts, int maxIterations,
                                double tolerance, CancellationToken cancel) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k-means needs 1 ≤ k ≤ " + n + " points, not k = " + k);
        }
        double tol = tolerance * meanVariance(x, n, d);
        SplittableRandom root = new SplittableRandom(seed);
        KMeansFit best = null;
        for (int r = 0; r < restarts; r++) {
            cancel.throwIfCancelled();
            KMeansFit fit = lloyd(x, n, d, k, plusPlus(x, n, d, k, root.split()), maxIterations, tol, cancel);
            if (best == null || fit.inertia() < best.inertia()) {
                best = fit;
            }
        }
        return best;
    }

    /** The k-means++ seeds of one restart: row-major {@code k × d}. */
    public static double[] seeds(double[] x, int n, int d, int k, long seed) {
        return plusPlus(x, n, d, k, new SplittableRandom(seed));
    }

    static double[] plusPlus(double[] x, int n, int d, int k, SplittableRandom rng) {
        double[] centroids = new double[k * d];
        double[] nearest = new double[n];
        int first = rng.nextInt(n);
        System.arraycopy(x, first * d, centroids, 0, d);
        for (int i = 0; i < n; i++) {
            nearest[i] = distance2(x, i * d, centroids, 0, d);
        }
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += nearest[i];
            }
            int chosen;
            if (!(total > 0)) {
                chosen = rng.nextInt(n);
            } else {
                double target = rng.nextDouble() * total;
                double cumulative = 0;
                chosen = n - 1;
                for (int i = 0; i < n; i++) {
                    cumulative += nearest[i];
                    if (cumulative > target) {
                        chosen = i;
                        break;
                    }
                }
            }
            System.arraycopy(x, chosen * d, centroids, c * d, d);
            for (int i = 0; i < n; i++) {
                double dist = distance2(x, i * d, centroids, c * d, d);
                if (dist < nearest[i]) {
                    nearest[i] = dist;
                }
            }
        }
        return centroids;
    }

    static KMeansFit lloyd(double[] x, int n, int d, int k, double[] centroids, int maxIterations, double tol,
                           CancellationToken cancel) {
        int[] labels = new int[n];
        double[] dist = new double[n];
        double[] sums = new double[k * d];
        int[] counts = new int[k];
        int iterations = 0;
        boolean converged = false;
        while (iterations < maxIterations) {
            iterations++;
            assign(x, n, d, k, centroids, labels, dist);
            java.util.Arrays.fill(sums, 0);
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                int c = labels[i];
                counts[c]++;
                int off = c * d;
                int row = i * d;
                for (int j = 0; j < d; j++) {
                    sums[off + j] += x[row + j];
                }
            }
            double shift = 0;
            for (int c = 0; c < k; c++) {
                int off = c * d;
                if (counts[c] == 0) {
                    int far = 0;
                    for (int i = 1; i < n; i++) {
                        if (dist[i] > dist[far]) {
                            far = i;
                        }
                    }
                    dist[far] = 0;
                    for (int j = 0; j < d; j++) {
                        double v = x[far * d + j];
                        shift += (v - centroids[off + j]) * (v - centroids[off + j]);
                        centroids[off + j] = v;
                    }
                    continue;
                }
                for (int j = 0; j < d; j++) {
                    double v = sums[off + j] / counts[c];
                    shift += (v - centroids[off + j]) * (v - centroids[off + j]);
                    centroids[off + j] = v;
                }
            }
            if (shift <= tol) {
                converged = true;
                break;
            }
            if ((iterations & 15) == 0) {
                cancel.throwIfCancelled();
            }
        }
        double inertia = assign(x, n, d, k, centroids, labels, dist);
        return new KMeansFit(k, d, labels, centroids, inertia, iterations, converged);
    }

    /** Labels each point with its nearest centroid (the lowest number on a tie); returns the inertia. */
    static double assign(double[] x, int n, int d, int k, double[] centroids, int[] labels, double[] dist) {
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            int row = i * d;
            int best = 0;
            double bestDist = distance2(x, row, centroids, 0, d);
            for (int c = 1; c < k; c++) {
                double dc = distance2(x, row, centroids, c * d, d);
                if (dc < bestDist) {
                    bestDist = dc;
                    best = c;
                }
            }
            labels[i] = best;
            dist[i] = bestDist;
            inertia += bestDist;
        }
        return inertia;
    }

    static double distance2(double[] a, int aOff, double[] b, int bOff, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            double diff = a[aOff + j] - b[bOff + j];
            s += diff * diff;
        }
        return s;
    }

    private static double meanVariance(double[] x, int n, int d) {
        double total = 0;
        for (int j = 0; j < d; j++) {
            double sum = 0;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                double v = x[i * d + j];
                sum += v;
                sq += v * v;
            }
            double mean = sum / n;
            total += Math.max(0, sq / n - mean * mean);
        }
        return total / d;
    }
}
