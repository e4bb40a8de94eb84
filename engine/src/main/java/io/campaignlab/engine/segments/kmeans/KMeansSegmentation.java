package io.campaignlab.engine.segments.kmeans;

import io.campaignlab.engine.segments.customers.CleaningReport;
import io.campaignlab.engine.segments.profiles.ProfileReport;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of a k-means segmentation.
 *
 * @param segmentationId the stored segmentation (0 before it is stored)
 * @param dataset        the dataset segmented
 * @param snapshot       the day recency is measured to
 * @param cleaning       what happened to each row
 * @param spec           how k-means ran
 * @param sweep          inertia and silhouette for each k tried
 * @param k              the k chosen: the one of the highest silhouette
 * @param silhouette     its mean silhouette (on the sample of at most {@link KMeansSpec#silhouetteSample()})
 * @param inertia        its inertia
 * @param clusters       its clusters, largest first
 * @param profiles       each cluster against the population
 */
public record KMeansSegmentation(long segmentationId, String dataset, LocalDate snapshot, CleaningReport cleaning,
                                 KMeansSpec spec, List<KSweepPoint> sweep, int k, double silhouette, double inertia,
                                 List<Cluster> clusters, ProfileReport profiles) {

    public KMeansSegmentation {
        sweep = List.copyOf(sweep);
        clusters = List.copyOf(clusters);
    }

    public KMeansSegmentation withSegmentationId(long id) {
        return new KMeansSegmentation(id, dataset, snapshot, cleaning, spec, sweep, k, silhouette, inertia, clusters,
                profiles);
    }
}
