package io.campaignlab.engine.recommend.evaluation;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.PopularityRecommender;
import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.runs.ReportJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The recall@K curve against a hand-worked example, and its agreement with the single-K metrics. */
class RankingCurveTest {

    private static final double LOG2_3 = Math.log(3) / Math.log(2);
    private static final double LOG2_5 = Math.log(5) / Math.log(2);

    /**
     * Users D (not evaluated), A, B and C over six items i0..i5 (ids in order of first appearance: D touches all
     * six first, so item iN has id N).
     */
    private static InteractionLog log() {
        String[] users = {"D", "D", "D", "D", "D", "D", "A", "B", "C"};
        String[] items = {"i0", "i1", "i2", "i3", "i4", "i5", "i3", "i2", "i5"};
        String[] types = new String[users.length];
        long[] times = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        return InteractionLog.of(users, items, types, times, EventWeights.defaults());
    }

    /**
     * Hand-worked, K = 2 ranked to depth 4:
     * <pre>
     * A: targets {2, 5}, list [2, 0, 5, 1]: hits at ranks 1 and 3
     *    recall@1..4 = 1/2, 1/2, 1, 1; hit = 1, 1, 1, 1
     *    IDCG(1) = 1, IDCG(2+) = 1 + 1/log2 3; DCG@1..4 = 1, 1, 1.5, 1.5
     * B: targets {3}, list [1, 4, 0, 3]: hit at rank 4
     *    recall = hit = 0, 0, 0, 1; NDCG@4 = 1/log2 5
     * C: targets {0}, list [4, 1] (only two candidates): no hit anywhere
     * D: not evaluated
     * means over 3 users: recall@1..4 = 1/6, 1/6, 1/3, 2/3; hit rate = 1/3, 1/3, 1/3, 2/3
     * </pre>
     */
    @Test
    void curveMatchesTheHandWorkedExample() {
        InteractionLog log = log();
        int a = log.user("A");
        int b = log.user("B");
        int c = log.user("C");
        int[][] targets = new int[log.users()][];
        targets[a] = new int[]{2, 5};
        targets[b] = new int[]{3};
        targets[c] = new int[]{0};
        int[][] lists = new int[log.users()][];
        lists[a] = new int[]{2, 0, 5, 1};
        lists[b] = new int[]{1, 4, 0, 3};
        lists[c] = new int[]{4, 1};
        EvaluationSplit split = new EvaluationSplit(EvaluationProtocol.leaveLastOut(2), log.matrix(), targets, 0);

        RankingEvaluation e = RankingEvaluator.summarise(split, lists, 4, 0);

        RankingCurve curve = e.curve();
        assertThat(curve.maxK()).isEqualTo(4);
        assertThat(curve.recall()).containsExactly(new double[]{1 / 6.0, 1 / 6.0, 1 / 3.0, 2 / 3.0}, within(1e-12));
        assertThat(curve.hitRate()).containsExactly(new double[]{1 / 3.0, 1 / 3.0, 1 / 3.0, 2 / 3.0}, within(1e-12));
        double ideal2 = 1 + 1 / LOG2_3;
        assertThat(curve.ndcg()).containsExactly(new double[]{1 / 3.0, (1 / ideal2) / 3, (1.5 / ideal2) / 3,
                (1.5 / ideal2 + 1 / LOG2_5) / 3}, within(1e-12));
        // the single-K figures read the first K = 2 items only
        assertThat(e.k()).isEqualTo(2);
        assertThat(e.users()).isEqualTo(3);
        assertThat(e.recall()).isCloseTo(1 / 6.0, within(1e-12));
        assertThat(e.hitRate()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(e.mrr()).isCloseTo(1 / 3.0, within(1e-12));
        // top-2 lists: A {2, 0}, B {1, 4}, C {4, 1}: 4 of 6 items (the full lists would cover all 6)
        assertThat(e.coverage()).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(curve.recallAt(2)).isEqualTo(e.recall());
        assertThat(curve.ndcgAt(2)).isEqualTo(e.ndcg());
        assertThat(curve.hitRateAt(2)).isEqualTo(e.hitRate());
    }

    @Test
    void theEvaluationRanksDeepEnoughForTheCurveAndAgreesWithTheSingleKMetricsAtK() {
        InteractionLog log = EvaluationSplitTest.log();
        EvaluationSplit split = EvaluationSplit.of(log,
                EvaluationProtocol.leaveLastOut(1).withTarget(EvaluationProtocol.Target.INTERACTION));
        PopularityRecommender pop = new PopularityRecommender(false);
        pop.fit(split.train(), RecommenderSpec.defaults(RecommenderKind.POP), ProgressListener.none(),
                new CancellationToken());

        RankingEvaluation e = RankingEvaluator.evaluate(pop, split, 1, ProgressListener.none(),
                new CancellationToken());

        assertThat(e.hasCurve()).isTrue();
        assertThat(e.curve().maxK()).isEqualTo(RankingEvaluator.CURVE_MAX_K);
        assertThat(e.curve().recallAt(1)).isEqualTo(e.recall());
        assertThat(e.curve().ndcgAt(1)).isEqualTo(e.ndcg());
        assertThat(e.curve().hitRateAt(1)).isEqualTo(e.hitRate());
        // only four items: beyond K = 4 no list grows, so neither does recall; with one target per user recall is
        // the hit rate, and every held-out item is among a user's candidates, so recall reaches 1 by K = 4
        assertThat(e.curve().recallAt(RankingEvaluator.CURVE_MAX_K)).isEqualTo(e.curve().recallAt(4));
        assertThat(e.curve().recallAt(4)).isEqualTo(1.0);
        for (int k = 2; k <= RankingEvaluator.CURVE_MAX_K; k++) {
            assertThat(e.curve().recallAt(k)).isGreaterThanOrEqualTo(e.curve().recallAt(k - 1));
        }
        // the protocol's K decides the single-K figures, not the depth
        RankingEvaluation atK = RankingEvaluator.summarise(split,
                RankingEvaluator.topLists(pop, split, 1, ProgressListener.none(), new CancellationToken()), 0);
        assertThat(e.recall()).isEqualTo(atK.recall());
        assertThat(e.coverage()).isEqualTo(atK.coverage());
        assertThat(e.popularityBias()).isEqualTo(atK.popularityBias());
    }

    @Test
    void theOldConstructorHasNoCurveAndReportsRoundTripWithAndWithoutOne() {
        RankingEvaluation old = new RankingEvaluation(EvaluationProtocol.chronological(20), 20, 3, 10, 0.1, 0.2, 0.3,
                0.4, 0.5, 0.6, 1.5);
        assertThat(old.curve()).isNull();
        assertThat(old.hasCurve()).isFalse();
        RankingEvaluation read = ReportJson.read(ReportJson.write(old), RankingEvaluation.class);
        assertThat(read.curve()).isNull();
        assertThat(read.recall()).isEqualTo(0.1);

        RankingEvaluation withCurve = new RankingEvaluation(old.protocol(), 2, 3, 10, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6,
                1.5, new RankingCurve(new double[]{0.05, 0.1}, new double[]{0.1, 0.2}, new double[]{0.2, 0.4}));
        RecommendOutcome outcome = new RecommendOutcome(7, RecommenderKind.ITEMKNN, withCurve, 3, 9, new double[0],
                new double[0], 0.1, 0.2);
        RecommendOutcome back = ReportJson.read(ReportJson.write(outcome), RecommendOutcome.class);
        assertThat(back.evaluation().curve().recall()).containsExactly(0.05, 0.1);
        assertThat(back.evaluation().curve().hitRateAt(2)).isEqualTo(0.4);
        assertThat(back.evaluation().protocol()).isEqualTo(old.protocol());
    }

    @Test
    void aCurveNeedsOneValuePerKInEachMetric() {
        assertThatThrownBy(() -> new RankingCurve(new double[2], new double[1], new double[2]))
                .hasMessageContaining("one value per K");
        assertThatThrownBy(() -> new RankingCurve(new double[2], new double[2], new double[2]).recallAt(3))
                .hasMessageContaining("between 1 and 2");
    }
}
