package io.campaignlab.engine.segments.kmeans;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** The silhouette against hand-computed examples. */
class SilhouetteTest {

    @Test
    void twoPairsOnALine() {
        // {0, 1} and {10, 11}: a = 1 for every point; b = 10.5, 9.5, 9.5, 10.5
        double[] x = {0, 1, 10, 11};
        double expected = ((1 - 1 / 10.5) + (1 - 1 / 9.5) + (1 - 1 / 9.5) + (1 - 1 / 10.5)) / 4;
        assertThat(Silhouette.mean(x, 4, 1, new int[]{0, 0, 1, 1}, 2)).isEqualTo(expected, offset(1e-12));
        assertThat(expected).isEqualTo(0.8997493734, offset(1e-9));
    }

    @Test
    void singletonsScoreZero() {
        // {0, 1}, {5}, {20}: 0 has a = 1, b = min(5, 20) → 0.8; 1 has a = 1, b = min(4, 19) → 0.75; singletons 0
        double[] x = {0, 1, 5, 20};
        assertThat(Silhouette.mean(x, 4, 1, new int[]{0, 0, 1, 2}, 3)).isEqualTo((0.8 + 0.75) / 4, offset(1e-12));
    }

    @Test
    void twoDimensionsUseEuclideanDistance() {
        // (0,0) and (0,2) together, (3,4) alone: for (0,0) a = 2, b = 5 → 0.6; for (0,2) a = 2, b = √13
        double[] x = {0, 0, 0, 2, 3, 4};
        double expected = (0.6 + (1 - 2 / Math.sqrt(13))) / 3;
        assertThat(Silhouette.mean(x, 3, 2, new int[]{1, 1, 0}, 2)).isEqualTo(expected, offset(1e-12));
    }

    @Test
    void aSampleIsSeededDistinctAndCapped() {
        int[] a = Silhouette.sample(10_000, 3000, 5);
        assertThat(a).hasSize(3000).doesNotHaveDuplicates().isSorted();
        assertThat(Silhouette.sample(10_000, 3000, 5)).containsExactly(a);
        assertThat(Silhouette.sample(10_000, 3000, 6)).isNotEqualTo(a);
        assertThat(Silhouette.sample(50, 3000, 5)).hasSize(50);
        double[] x = {0, 1, 10, 11};
        assertThat(Silhouette.sampled(x, 4, 1, new int[]{0, 0, 1, 1}, 2, 3000, 1))
                .isEqualTo(Silhouette.mean(x, 4, 1, new int[]{0, 0, 1, 1}, 2));
    }
}
