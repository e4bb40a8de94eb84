package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The next-click rank, Recall@K and MRR@K on examples worked out by hand. */
class NextItemMetricsTest {

    @Test
    void rankCountsHigherScoresAndEqualScoresOfLowerIds() {
        float[] scores = {0.5f, 0.9f, 0.5f, 0.1f, 0.5f};
        assertThat(NextItemMetrics.rank(scores, 1)).isEqualTo(1);
        assertThat(NextItemMetrics.rank(scores, 0)).isEqualTo(2); // behind item 1
        assertThat(NextItemMetrics.rank(scores, 2)).isEqualTo(3); // behind 1, and 0 by the lower id
        assertThat(NextItemMetrics.rank(scores, 4)).isEqualTo(4);
        assertThat(NextItemMetrics.rank(scores, 3)).isEqualTo(5);
    }

    @Test
    void nanNeverRanksAhead() {
        float[] scores = {Float.NaN, 0.2f, Float.NaN, 0.1f};
        assertThat(NextItemMetrics.rank(scores, 3)).isEqualTo(2);
        assertThat(NextItemMetrics.rank(scores, 2)).isEqualTo(4);
    }

    @Test
    void recallAndMrrAtKFromRanks() {
        // ranks 1, 3, 2, 25 with K = 20: hits 3 of 4; MRR = (1 + 1/3 + 1/2 + 0) / 4 = 11/24
        NextItemMetrics m = new NextItemMetrics(20);
        for (int r : new int[]{1, 3, 2, 25}) {
            m.add(r);
        }
        assertThat(m.predictions()).isEqualTo(4);
        assertThat(m.recall()).isCloseTo(0.75, within(1e-12));
        assertThat(m.mrr()).isCloseTo(11.0 / 24, within(1e-12));
        // K = 2 drops the rank-3 hit: recall 2/4, MRR (1 + 1/2) / 4
        NextItemMetrics m2 = new NextItemMetrics(2);
        for (int r : new int[]{1, 3, 2, 25}) {
            m2.add(r);
        }
        assertThat(m2.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(m2.mrr()).isCloseTo(0.375, within(1e-12));
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> new NextItemMetrics(0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> NextItemMetrics.rank(new float[3], 3)).hasMessageContaining("outside the catalogue");
        assertThat(new NextItemMetrics(5).recall()).isNaN();
    }

    /**
     * Every prefix of every session is one prediction. A scorer that always ranks items 3 > 2 > 1 > 0 (a fixed
     * list) on the sessions [0, 3, 2] and [1, 0] and [2] (too short: skipped) makes three predictions: after [0] the
     * next item 3 is rank 1; after [0, 3] the next item 2 is rank 2; after [1] the next item 0 is rank 4. At K = 2:
     * Recall = 2/3 and MRR = (1 + 1/2 + 0) / 3 = 1/2; NDCG = (1 + 1/log2(3) + 0) / 3.
     */
    @Test
    void evaluatorScoresEveryPrefixAgainstTheNextClick() {
        float[] fixed = {0f, 1f, 2f, 3f};
        SessionScorer scorer = new SessionScorer() {
            @Override
            public int itemCount() {
                return 4;
            }

            @Override
            public float[] emptySessionScores() {
                return fixed.clone();
            }

            @Override
            public float[][] prefixScores(int[] session) {
                float[][] out = new float[session.length][];
                for (int t = 0; t < session.length; t++) {
                    out[t] = fixed.clone();
                }
                return out;
            }
        };
        SessionSequences test = new SessionSequences(List.of("a", "b", "c", "d"), List.of("s1", "s2", "s3"),
                new int[][]{{0, 3, 2}, {1, 0}, {2}}, new long[3]);
        NextItemEvaluation e = SessionEvaluator.evaluate("fixed", scorer, test, 2, new double[]{1, 2, 3, 4},
                ProgressListener.none(), new CancellationToken());
        assertThat(e.sessions()).isEqualTo(2);
        assertThat(e.predictions()).isEqualTo(3);
        assertThat(e.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(e.mrr()).isCloseTo(0.5, within(1e-12));
        assertThat(e.ndcg()).isCloseTo((1 + 1 / (Math.log(3) / Math.log(2))) / 3, within(1e-12));
        // every top-2 list is {3, 2}: 2 of 4 items, both at the top of the popularity percentiles (1 and 2/3)
        assertThat(e.coverage()).isCloseTo(0.5, within(1e-12));
        assertThat(e.popularityBias()).isCloseTo((1 + 2.0 / 3) / 2, within(1e-12));
    }
}
