package io.campaignlab.engine.segments.kmeans;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits k-means for each k of a range and picks the k of the highest mean silhouette (the smaller k on a tie). The
 * silhouette of every k is measured on the same seeded sample of customers.
 *
 * @param points the inertia and silhouette of each k, ascending
 * @param best   the chosen fit, clusters numbered from the largest
 */
public record KSweep(List<KSweepPoint> points, KMeansFit best, double bestSilhouette) {

    public KSweep {
        points = List.copyOf(points);
    }

    public static KSweep run(FeatureMatrix matrix, KMeansSpec spec, ProgressListener progress,
                             CancellationToken cancel) {
        int n = matrix.rows();
        int d = matrix.columns();
        if (n < spec.kMin() + 1) {
            throw new IllegalArgumentException("k-means with k = " + spec.kMin() + " needs more than " + spec.kMin()
                    + " customers, not " + n);
        }
        int kMax = Math.min(spec.kMax(), n - 1);
        int[] sample = Silhouette.sample(n, spec.silhouetteSample(), spec.seed());
        List<KSweepPoint> points = new ArrayList<>();
        KMeansFit best = null;
        double bestSilhouette = Double.NEGATIVE_INFINITY;
        int total = kMax - spec.kMin() + 1;
        for (int k = spec.kMin(); k <= kMax; k++) {
            cancel.throwIfCancelled();
            progress.message("k-means with k = " + k);
            KMeansFit fit = KMeans.fit(matrix.values(), n, d, k, spec.seed(), spec.restarts(), spec.maxIterations(),
                    spec.tolerance(), cancel);
            double silhouette = Silhouette.over(matrix.values(), d, fit.labels(), k, sample);
            points.add(new KSweepPoint(k, fit.inertia(), silhouette, fit.iterations(), fit.converged()));
            if (silhouette > bestSilhouette) {
                bestSilhouette = silhouette;
                best = fit;
            }
            progress.progress(k - spec.kMin() + 1, total);
        }
        return new KSweep(points, best.orderedBySize(), bestSilhouette);
    }
}
