package io.campaignlab.engine.segments.kmeans;

import java.time.LocalDate;
import java.util.List;

/**
 * What a stored k-means cluster means, kept as its definition JSON: enough to assign a new customer to the nearest
 * centre ({@code z = (log1p(x) − means) / sds}).
 *
 * @param cluster   its number, from 0 (the largest cluster)
 * @param k         clusters in its segmentation
 * @param features  the features, in order
 * @param transform how features were transformed
 * @param means     each feature's mean of {@code log1p(x)}
 * @param sds       each feature's standard deviation of {@code log1p(x)}
 * @param centroids every centre of the segmentation, row-major {@code k × features}, so the nearest can be found
 * @param centroid  its own centre
 * @param snapshot  the day recency was measured to
 */
public record ClusterDefinition(int cluster, int k, List<String> features, String transform, double[] means,
                                double[] sds, double[] centroids, List<CentroidValue> centroid, LocalDate snapshot) {

    static final String TRANSFORM = "z = (log1p(x) - mean) / sd";
}
