package io.campaignlab.engine.segments.kmeans;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A k-means segmentation to run.
 *
 * @param dataset     an events or transactions dataset
 * @param snapshot    the day recency is measured to, or null for the day after the last row
 * @param orderColumn the order (invoice) column, or null to find one by name
 * @param spec        the k or range of k, seed and effort
 */
public record KMeansRequest(String dataset, LocalDate snapshot, String orderColumn, KMeansSpec spec) {

    public KMeansRequest {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(spec, "spec");
    }
}
