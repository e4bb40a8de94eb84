package io.campaignlab.engine.segments.kmeans;

/**
 * One k of a sweep.
 *
 * @param k          clusters
 * @param inertia    the best restart's sum of squared distances to the centroids (in standardised units)
 * @param silhouette its mean silhouette on the seeded sample
 * @param iterations Lloyd iterations of the best restart
 * @param converged  whether that restart converged
 */
public record KSweepPoint(int k, double inertia, double silhouette, int iterations, boolean converged) {
}
