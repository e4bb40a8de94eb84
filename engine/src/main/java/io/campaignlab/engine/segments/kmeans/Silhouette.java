package io.campaignlab.engine.segments.kmeans;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The mean silhouette (Rousseeuw, "Silhouettes: a graphical aid to the interpretation and validation of cluster
 * analysis", 1987) with Euclidean distances: for a point, {@code a} is its mean distance to the other points of its
 * cluster, {@code b} the smallest mean distance to the points of another cluster, and {@code s = (b − a) / max(a, b)};
 * a point alone in its cluster scores 0, as in scikit-learn.
 *
 * <p>The cost is quadratic, so {@link #sampled} computes it on a sample drawn with a seed, distances taken within the
 * sample (scikit-learn's {@code silhouette_score(sample_size=…)} does the same).
 */
public final class Silhouette {

    private Silhouette() {
    }

    /** The mean silhouette over all {@code n} points. */
    public static double mean(double[] x, int n, int d, int[] labels, int k) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return over(x, d, labels, k, all);
    }

    /** The mean silhouette over at most {@code maxSample} points drawn with {@code seed}. */
    public static double sampled(double[] x, int n, int d, int[] labels, int k, int maxSample, long seed) {
        return over(x, d, labels, k, sample(n, maxSample, seed));
    }

    /** {@code min(n, maxSample)} distinct indices, drawn with the seed (a partial Fisher–Yates shuffle), ascending. */
    public static int[] sample(int n, int maxSample, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n <= maxSample) {
            return order;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < maxSample; i++) {
            int j = i + rng.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] chosen = Arrays.copyOf(order, maxSample);
        Arrays.sort(chosen);
        return chosen;
    }

    static double over(double[] x, int d, int[] labels, int k, int[] points) {
        int m = points.length;
        int[] counts = new int[k];
        for (int p : points) {
            counts[labels[p]]++;
        }
        double[] sums = new double[k];
        double total = 0;
        for (int a = 0; a < m; a++) {
            int i = points[a];
            int own = labels[i];
            if (counts[own] <= 1) {
                continue;
            }
            Arrays.fill(sums, 0);
            int rowI = i * d;
            for (int b = 0; b < m; b++) {
                int j = points[b];
                if (j != i) {
                    sums[labels[j]] += Math.sqrt(KMeans.distance2(x, rowI, x, j * d, d));
                }
            }
            double inside = sums[own] / (counts[own] - 1);
            double nearest = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && counts[c] > 0) {
                    nearest = Math.min(nearest, sums[c] / counts[c]);
                }
            }
            if (nearest == Double.POSITIVE_INFINITY) {
                continue;
            }
            double spread = Math.max(inside, nearest);
            total += spread > 0 ? (nearest - inside) / spread : 0;
        }
        return total / m;
    }
}
