package io.campaignlab.engine.segments.kmeans;

import java.util.List;

/**
 * One k-means cluster of a result, numbered from the largest.
 *
 * @param name      {@code Cluster 1}, {@code Cluster 2}, …
 * @param customers its size
 * @param share     its share of the customers
 * @param centroid  its centre, per feature
 */
public record Cluster(String name, int customers, double share, List<CentroidValue> centroid) {

    public Cluster {
        centroid = List.copyOf(centroid);
    }
}
