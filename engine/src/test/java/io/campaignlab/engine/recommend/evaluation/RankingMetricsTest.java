package io.campaignlab.engine.recommend.evaluation;

import io.campaignlab.engine.recommend.ScoredItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Metrics on rankings worked out by hand. */
class RankingMetricsTest {

    @Test
    void oneRelevantItemAtRankThree() {
        int[] ranked = {7, 4, 9, 1, 2};
        int[] targets = {9};
        assertThat(RankingMetrics.ndcg(ranked, targets, 5)).isCloseTo(1 / (Math.log(4) / Math.log(2)), within(1e-12));
        assertThat(RankingMetrics.ndcg(ranked, targets, 5)).isCloseTo(0.5, within(1e-12));
        assertThat(RankingMetrics.mrr(ranked, targets, 5)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(RankingMetrics.recall(ranked, targets, 5)).isEqualTo(1.0);
        assertThat(RankingMetrics.hit(ranked, targets, 5)).isEqualTo(1.0);
        // cut off before the hit
        assertThat(RankingMetrics.ndcg(ranked, targets, 2)).isZero();
        assertThat(RankingMetrics.mrr(ranked, targets, 2)).isZero();
        assertThat(RankingMetrics.recall(ranked, targets, 2)).isZero();
        assertThat(RankingMetrics.hit(ranked, targets, 2)).isZero();
    }

    @Test
    void twoTargetsOneFoundAtRankOneAndOneAtRankFour() {
        int[] ranked = {3, 8, 5, 6};
        int[] targets = {3, 6};
        double dcg = 1.0 + 1 / (Math.log(5) / Math.log(2));
        double ideal = 1.0 + 1 / (Math.log(3) / Math.log(2));
        assertThat(RankingMetrics.ndcg(ranked, targets, 4)).isCloseTo(dcg / ideal, within(1e-12));
        assertThat(RankingMetrics.recall(ranked, targets, 4)).isEqualTo(1.0);
        assertThat(RankingMetrics.recall(ranked, targets, 3)).isEqualTo(0.5);
        assertThat(RankingMetrics.mrr(ranked, targets, 4)).isEqualTo(1.0);
    }

    @Test
    void coverageCountsDistinctItemsOverTheCatalogue() {
        int[][] lists = {{1, 2}, {2, 3}, null, {1, 3}};
        assertThat(RankingMetrics.coverage(lists, 10)).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void popularityPercentilesRankByCountWithTiesShared() {
        double[] pct = RankingMetrics.popularityPercentiles(new double[] {5, 1, 3, 3, 9});
        assertThat(pct[1]).isEqualTo(0.0);
        assertThat(pct[4]).isEqualTo(1.0);
        assertThat(pct[2]).isCloseTo(1.5 / 4, within(1e-12));
        assertThat(pct[3]).isCloseTo(1.5 / 4, within(1e-12));
        assertThat(pct[0]).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void topKBreaksTiesByLowerIdAndSkipsExcluded() {
        double[] scores = {1, 3, 3, 2, 5};
        java.util.BitSet exclude = new java.util.BitSet();
        exclude.set(4);
        assertThat(ScoredItem.topIds(scores, 3, exclude)).containsExactly(1, 2, 3);
        assertThat(ScoredItem.topIds(scores, 10, null)).containsExactly(4, 1, 2, 3, 0);
    }
}
