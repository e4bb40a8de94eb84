package io.campaignlab.engine.segments.kmeans;

/**
 * One k-means solution.
 *
 * @param k          clusters
 * @param dimensions features per point
 * @param labels     each point's cluster, 0 to k − 1
 * @param centroids  row-major, {@code k × dimensions}
 * @param inertia    the sum of squared distances of the points to their centroids
 * @param iterations Lloyd iterations run
 * @param converged  whether the centroids settled within the tolerance before the iteration limit
 */
public record KMeansFit(int k, int dimensions, int[] labels, double[] centroids, double inertia, int iterations,
                        boolean converged) {

    public int[] sizes() {
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        return sizes;
    }

    /** The same solution with clusters renumbered from the largest to the smallest (ties by the old number). */
    public KMeansFit orderedBySize() {
        int[] sizes = sizes();
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> sizes[a] != sizes[b] ? Integer.compare(sizes[b], sizes[a])
                : Integer.compare(a, b));
        int[] newLabel = new int[k];
        double[] centres = new double[centroids.length];
        for (int rank = 0; rank < k; rank++) {
            newLabel[order[rank]] = rank;
            System.arraycopy(centroids, order[rank] * dimensions, centres, rank * dimensions, dimensions);
        }
        int[] relabelled = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            relabelled[i] = newLabel[labels[i]];
        }
        return new KMeansFit(k, dimensions, relabelled, centres, inertia, iterations, converged);
    }
}
