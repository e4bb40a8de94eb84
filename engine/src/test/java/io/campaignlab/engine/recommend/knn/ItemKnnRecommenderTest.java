package io.campaignlab.engine.recommend.knn;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.ItemRecommender;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Shrunk cosine on a 3 × 3 example worked by hand. */
class ItemKnnRecommenderTest {

    //        i0 i1 i2
    //   u0 [  1  2  0 ]
    //   u1 [  1  0  1 ]
    //   u2 [  0  1  3 ]
    static InteractionMatrix matrix() {
        return InteractionMatrix.of(3, 3, new int[] {0, 0, 1, 1, 2, 2}, new int[] {0, 1, 0, 2, 1, 2},
                new float[] {1, 2, 1, 1, 1, 3});
    }

    @Test
    void cosineWithShrinkageByHand() {
        ItemKnnRecommender knn = new ItemKnnRecommender();
        knn.fit(matrix(), RecommenderSpec.defaults(RecommenderKind.ITEMKNN).withKnn(10, 1.0).withThreads(1),
                ProgressListener.none(), new CancellationToken());
        double s01 = 2 / (Math.sqrt(2) * Math.sqrt(5) + 1);
        double s02 = 1 / (Math.sqrt(2) * Math.sqrt(10) + 1);
        double s12 = 3 / (Math.sqrt(5) * Math.sqrt(10) + 1);
        assertThat(knn.similarity(0, 1)).isCloseTo(s01, within(1e-6));
        assertThat(knn.similarity(1, 0)).isCloseTo(s01, within(1e-6));
        assertThat(knn.similarity(0, 2)).isCloseTo(s02, within(1e-6));
        assertThat(knn.similarity(2, 1)).isCloseTo(s12, within(1e-6));
        assertThat(knn.similarity(0, 0)).isZero();
        // neighbours most similar first: i2's are i1 (0.371) then i0 (0.183)
        assertThat(knn.neighbours(2)).containsExactly(1, 0);

        // u0 (i0 = 1, i1 = 2) scored on i2: 1 · s02 + 2 · s12, mostly because of i1
        double[] scores = new double[3];
        knn.score(0, new int[] {0, 1}, new float[] {1, 2}, scores);
        assertThat(scores[2]).isCloseTo(s02 + 2 * s12, within(1e-6));
        List<ItemRecommender.Reason> why = knn.explain(0, new int[] {0, 1}, new float[] {1, 2}, 2, 5);
        assertThat(why).extracting(ItemRecommender.Reason::item).containsExactly(1, 0);
        assertThat(why.get(0).contribution()).isCloseTo(2 * s12, within(1e-6));
    }

    @Test
    void topMKeepsOnlyTheMostSimilarNeighbour() {
        ItemKnnRecommender knn = new ItemKnnRecommender();
        knn.fit(matrix(), RecommenderSpec.defaults(RecommenderKind.ITEMKNN).withKnn(1, 1.0).withThreads(2),
                ProgressListener.none(), new CancellationToken());
        assertThat(knn.neighbours(0)).containsExactly(1);
        assertThat(knn.neighbours(2)).containsExactly(1);
        assertThat(knn.similarity(0, 2)).isZero();
    }
}
