package io.campaignlab.engine.segments.kmeans;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.segments.NewSegment;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentPorts;
import io.campaignlab.engine.segments.SegmentationJob;
import io.campaignlab.engine.segments.customers.CustomerData;
import io.campaignlab.engine.segments.customers.CustomerTable;
import io.campaignlab.engine.segments.profiles.ProfileReport;
import io.campaignlab.engine.segments.profiles.SegmentProfiler;

import java.util.ArrayList;
import java.util.List;

/**
 * Segments the customers of a dataset by k-means on their behaviour features ({@link FeatureMatrix}: log1p, then
 * standardised): fits each k of the spec's range ({@link KSweep}), keeps the k of the highest silhouette, profiles
 * its clusters and stores them, largest first, with their members as one segmentation.
 */
public final class KMeansJob extends SegmentationJob<KMeansSegmentation> {

    private final KMeansRequest request;

    public KMeansJob(SegmentPorts ports, KMeansRequest request) {
        super(ports);
        this.request = request;
    }

    @Override
    public String title() {
        KMeansSpec spec = request.spec();
        return "k-means segments of " + request.dataset() + " (k " + (spec.kMin() == spec.kMax() ? spec.kMin()
                : spec.kMin() + ".." + spec.kMax()) + ")";
    }

    @Override
    public KMeansSegmentation run(ProgressListener progress, CancellationToken cancel) {
        DatasetInfo info = ports().datasets().require(request.dataset());
        CustomerData data = customers(info, request.snapshot(), request.orderColumn(), progress, cancel);
        Segmented segmented = compute(data, request.spec(), progress, cancel);
        cancel.throwIfCancelled();
        KMeansSegmentation result = segmented.result();
        progress.message("Storing " + result.k() + " clusters");
        KMeansFit fit = segmented.fit();
        FeatureMatrix matrix = segmented.matrix();
        List<String> features = matrix.features().stream().map(BehaviourFeature::id).toList();
        List<NewSegment> segments = segments(data.customers(), fit.labels(),
                result.clusters().stream().map(Cluster::name).toList(),
                c -> new ClusterDefinition(c, fit.k(), features, ClusterDefinition.TRANSFORM, matrix.means(),
                        matrix.sds(), fit.centroids(), result.clusters().get(c).centroid(), result.snapshot()));
        return result.withSegmentationId(store("k-means (k = " + result.k() + ") of " + info.name() + " as of "
                + result.snapshot(), SegmentKind.KMEANS, info, result.snapshot(), request, result, segments));
    }

    /** Sweeps k, picks the best, names and profiles its clusters; stores nothing. */
    public static KMeansSegmentation segment(CustomerData data, KMeansSpec spec, ProgressListener progress,
                                             CancellationToken cancel) {
        return compute(data, spec, progress, cancel).result();
    }

    private static Segmented compute(CustomerData data, KMeansSpec spec, ProgressListener progress,
                                     CancellationToken cancel) {
        CustomerTable customers = data.customers();
        FeatureMatrix matrix = FeatureMatrix.standardizedLog1p(customers, spec.features());
        KSweep sweep = KSweep.run(matrix, spec, progress, cancel);
        KMeansFit fit = sweep.best();
        int[] sizes = fit.sizes();
        List<String> names = new ArrayList<>();
        List<Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < fit.k(); c++) {
            List<CentroidValue> centroid = new ArrayList<>();
            for (int j = 0; j < matrix.columns(); j++) {
                double z = fit.centroids()[c * matrix.columns() + j];
                centroid.add(new CentroidValue(matrix.features().get(j).id(), z, matrix.typical(j, z)));
            }
            String name = "Cluster " + (c + 1);
            names.add(name);
            clusters.add(new Cluster(name, sizes[c], (double) sizes[c] / customers.size(), centroid));
        }
        ProfileReport profiles = SegmentProfiler.profile(data, fit.labels(), names);
        KMeansSegmentation result = new KMeansSegmentation(0, data.columns().dataset(), customers.snapshot(),
                data.cleaning(), spec, sweep.points(), fit.k(), sweep.bestSilhouette(), fit.inertia(), clusters,
                profiles);
        return new Segmented(result, fit, matrix);
    }

    private record Segmented(KMeansSegmentation result, KMeansFit fit, FeatureMatrix matrix) {
    }
}
