package io.campaignlab.engine.segments.kmeans;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.segments.customers.CustomerTable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** k-means against planted structure and hand-worked answers. */
class KMeansTest {

    private static final CancellationToken GO = new CancellationToken();

    @Test
    void twoPairsOnALineSettleOnTheirMidpoints() {
        // {0, 2} and {10, 12}: centroids 1 and 11, inertia 4 × 1² = 4
        double[] x = {0, 2, 10, 12};
        KMeansFit fit = KMeans.fit(x, 4, 1, 2, 7, 10, 100, 1e-9, GO).orderedBySize();
        assertThat(fit.inertia()).isEqualTo(4.0, offset(1e-12));
        double low = Math.min(fit.centroids()[0], fit.centroids()[1]);
        double high = Math.max(fit.centroids()[0], fit.centroids()[1]);
        assertThat(low).isEqualTo(1.0, offset(1e-12));
        assertThat(high).isEqualTo(11.0, offset(1e-12));
        assertThat(fit.labels()[0]).isEqualTo(fit.labels()[1]).isNotEqualTo(fit.labels()[2]);
        assertThat(fit.converged()).isTrue();
    }

    @Test
    void recoversWellSeparatedPlantedBlobs() {
        Blobs blobs = Blobs.of(new double[][]{{0, 0}, {10, 0}, {0, 10}, {10, 10}}, 150, 0.8, 3);
        KMeansFit fit = KMeans.fit(blobs.points(), blobs.n(), blobs.d(), 4, 11, 5, 300, 1e-4, GO);
        assertThat(Blobs.adjustedRand(fit.labels(), blobs.truth())).isEqualTo(1.0, offset(1e-12));
        assertThat(fit.sizes()).containsOnly(150);
        // every planted centre has a fitted centroid within 0.3
        double[][] centres = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};
        for (double[] centre : centres) {
            double nearest = Double.MAX_VALUE;
            for (int c = 0; c < 4; c++) {
                double dx = fit.centroids()[c * 2] - centre[0];
                double dy = fit.centroids()[c * 2 + 1] - centre[1];
                nearest = Math.min(nearest, Math.sqrt(dx * dx + dy * dy));
            }
            assertThat(nearest).isLessThan(0.3);
        }
    }

    @Test
    void theSilhouettePeaksAtThePlantedK() {
        Blobs blobs = Blobs.of(new double[][]{{0, 0, 0}, {8, 0, 0}, {0, 8, 0}, {0, 0, 8}}, 200, 1.0, 5);
        FeatureMatrix matrix = new FeatureMatrix(List.of(BehaviourFeature.RECENCY, BehaviourFeature.FREQUENCY,
                BehaviourFeature.MONETARY), blobs.n(), blobs.points(), new double[3], new double[]{1, 1, 1});
        KSweep sweep = KSweep.run(matrix, new KMeansSpec(2, 7, 42, 4, 300, 1e-4, 500, matrix.features()),
                ProgressListener.none(), GO);
        assertThat(sweep.points()).extracting(KSweepPoint::k).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(sweep.best().k()).isEqualTo(4);
        assertThat(Blobs.adjustedRand(sweep.best().labels(), blobs.truth())).isEqualTo(1.0, offset(1e-12));
        // inertia never rises with k (each k keeps its best of several restarts)
        for (int i = 1; i < sweep.points().size(); i++) {
            assertThat(sweep.points().get(i).inertia()).isLessThanOrEqualTo(sweep.points().get(i - 1).inertia());
        }
        assertThat(sweep.bestSilhouette()).isGreaterThan(0.6);
    }

    @Test
    void kMeansPlusPlusIsDeterministicForASeed() {
        Blobs blobs = Blobs.of(new double[][]{{0, 0}, {5, 5}, {9, 1}}, 100, 1.5, 9);
        double[] a = KMeans.seeds(blobs.points(), blobs.n(), blobs.d(), 3, 123);
        double[] b = KMeans.seeds(blobs.points(), blobs.n(), blobs.d(), 3, 123);
        assertThat(a).containsExactly(b);
        boolean anyDiffers = false;
        for (long seed = 1; seed <= 5; seed++) {
            anyDiffers |= !java.util.Arrays.equals(a, KMeans.seeds(blobs.points(), blobs.n(), blobs.d(), 3, seed));
        }
        assertThat(anyDiffers).isTrue();
        // each seed is one of the points
        for (int c = 0; c < 3; c++) {
            boolean found = false;
            for (int i = 0; i < blobs.n(); i++) {
                found |= blobs.points()[i * 2] == a[c * 2] && blobs.points()[i * 2 + 1] == a[c * 2 + 1];
            }
            assertThat(found).isTrue();
        }
        KMeansFit one = KMeans.fit(blobs.points(), blobs.n(), blobs.d(), 3, 99, 3, 300, 1e-4, GO);
        KMeansFit two = KMeans.fit(blobs.points(), blobs.n(), blobs.d(), 3, 99, 3, 300, 1e-4, GO);
        assertThat(one.labels()).containsExactly(two.labels());
        assertThat(one.centroids()).containsExactly(two.centroids());
        assertThat(one.inertia()).isEqualTo(two.inertia());
    }

    @Test
    void orderingBySizeRenumbersLabelsAndCentroidsTogether() {
        KMeansFit fit = new KMeansFit(3, 1, new int[]{0, 1, 1, 2, 2, 2}, new double[]{10, 20, 30}, 1, 1, true);
        KMeansFit ordered = fit.orderedBySize();
        assertThat(ordered.labels()).containsExactly(2, 1, 1, 0, 0, 0);
        assertThat(ordered.centroids()).containsExactly(30, 20, 10);
    }

    @Test
    void standardisedLogsAsWorkedByHand() {
        // monetary e^0 − 1, e^1 − 1, e^2 − 1 → log1p 0, 1, 2: mean 1, sd √(2/3)
        CustomerTable t = new CustomerTable(java.time.LocalDate.EPOCH, new String[]{"a", "b", "c"},
                new int[]{1, 1, 1}, new int[]{1, 2, 3}, new double[]{0, Math.E - 1, Math.E * Math.E - 1},
                new int[]{5, 5, 5});
        FeatureMatrix m = FeatureMatrix.standardizedLog1p(t, List.of(BehaviourFeature.MONETARY,
                BehaviourFeature.RECENCY));
        double z = 1 / Math.sqrt(2.0 / 3);
        assertThat(m.values()).containsExactly(new double[]{-z, 0, 0, 0, z, 0}, offset(1e-12));
        assertThat(m.means()[0]).isEqualTo(1.0, offset(1e-12));
        assertThat(m.sds()[1]).as("a constant feature keeps sd 1").isEqualTo(1.0);
        assertThat(m.typical(0, 0)).isEqualTo(Math.E - 1, offset(1e-12));
    }
}
