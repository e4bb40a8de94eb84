package io.campaignlab.engine.recommend.evaluation;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.PopularityRecommender;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The protocols on a tiny hand-made log. */
class EvaluationSplitTest {

    // user a: view x(1), purchase x(2), view y(3), view z(4), cart z(5), purchase z(6), view w(7)
    // user b: view x(1), purchase y(2)            -> last purchase y; one other item x before it
    // user c: view z(3)                            -> no purchase: not evaluated under "purchase"
    // user d: purchase w(5)                        -> nothing before: not evaluated
    static InteractionLog log() {
        String[] users = {"b", "a", "a", "a", "a", "a", "a", "a", "b", "c", "d"};
        String[] items = {"x", "x", "x", "y", "z", "z", "z", "w", "y", "z", "w"};
        String[] types = {"view", "view", "purchase", "view", "view", "cart", "purchase", "view", "purchase",
                "view", "purchase"};
        long[] times = {1, 1, 2, 3, 4, 5, 6, 7, 2, 3, 5};
        return InteractionLog.of(users, items, types, times, EventWeights.defaults());
    }

    @Test
    void logGroupsByUserInTimeOrderWithWeights() {
        InteractionLog log = log();
        int a = log.user("a");
        assertThat(log.end(a) - log.start(a)).isEqualTo(7);
        for (int e = log.start(a) + 1; e < log.end(a); e++) {
            assertThat(log.timeOf(e)).isGreaterThanOrEqualTo(log.timeOf(e - 1));
        }
        InteractionMatrix all = log.matrix();
        int z = log.item("z");
        for (int k = all.rowStart(a); k < all.rowEnd(a); k++) {
            if (all.column(k) == z) {
                assertThat(all.value(k)).isEqualTo(1f + 3f + 5f);
                assertThat(all.bought(k)).isTrue();
                assertThat(all.lastTime(k)).isEqualTo(6);
            }
        }
    }

    @Test
    void leaveLastOutHoldsOutTheLastPurchaseAndTheUsersFuture() {
        InteractionLog log = log();
        EvaluationSplit split = EvaluationSplit.of(log, EvaluationProtocol.leaveLastOut(10));
        int a = log.user("a");
        int b = log.user("b");
        assertThat(split.targets()[a]).containsExactly(log.item("z"));
        assertThat(split.targets()[b]).containsExactly(log.item("y"));
        assertThat(split.targets()[log.user("c")]).isNull();
        assertThat(split.targets()[log.user("d")]).isNull();
        assertThat(split.evaluatedUsers()).isEqualTo(2);
        // a trains on x (view + purchase) and y only: z is held out, the later view of w is a's future
        InteractionMatrix train = split.train();
        assertThat(train.rowItems(a)).containsExactlyInAnyOrder(log.item("x"), log.item("y"));
        assertThat(train.rowItems(b)).containsExactly(log.item("x"));
        // users not evaluated keep everything
        assertThat(train.rowItems(log.user("c"))).containsExactly(log.item("z"));
        assertThat(train.rowItems(log.user("d"))).containsExactly(log.item("w"));
    }

    @Test
    void leaveLastInteractionOutHoldsOutTheLastItemOfAnyType() {
        InteractionLog log = log();
        EvaluationSplit split = EvaluationSplit.of(log,
                EvaluationProtocol.leaveLastOut(10).withTarget(EvaluationProtocol.Target.INTERACTION));
        int a = log.user("a");
        assertThat(split.targets()[a]).containsExactly(log.item("w"));
        assertThat(split.train().rowItems(a)).containsExactlyInAnyOrder(log.item("x"), log.item("y"),
                log.item("z"));
    }

    @Test
    void chronologicalCutTestsOnlyNewItemsAfterTheCut() {
        InteractionLog log = log();
        // 11 events, cut fraction 0.5 -> the 6th smallest time (3) is the cut: times < 3 train
        EvaluationProtocol p = new EvaluationProtocol(EvaluationProtocol.Kind.CHRONOLOGICAL,
                EvaluationProtocol.Target.PURCHASE, 0.5, 10, false);
        EvaluationSplit split = EvaluationSplit.of(log, p);
        int a = log.user("a");
        assertThat(split.train().rowItems(a)).containsExactly(log.item("x"));
        assertThat(split.targets()[a]).containsExactly(log.item("z"));
        // b bought y before the cut: nothing after it
        assertThat(split.targets()[log.user("b")]).isNull();
        // c and d have no training history: cold users are not evaluated
        assertThat(split.targets()[log.user("c")]).isNull();
        assertThat(split.targets()[log.user("d")]).isNull();
    }

    @Test
    void fullRankingNeverRecommendsTrainingOrBoughtItems() {
        InteractionLog log = log();
        EvaluationSplit split = EvaluationSplit.of(log,
                EvaluationProtocol.leaveLastOut(10).withTarget(EvaluationProtocol.Target.INTERACTION));
        PopularityRecommender pop = new PopularityRecommender(false);
        pop.fit(split.train(), RecommenderSpec.defaults(RecommenderKind.POP), ProgressListener.none(),
                new CancellationToken());
        int[][] lists = RankingEvaluator.topLists(pop, split, 2, ProgressListener.none(), new CancellationToken());
        int a = log.user("a");
        // a trained on x, y, z (x and z bought): only w is left
        assertThat(lists[a]).containsExactly(log.item("w"));
        for (int u = 0; u < log.users(); u++) {
            if (lists[u] == null) {
                continue;
            }
            BitSet seen = new BitSet();
            for (int i : split.train().rowItems(u)) {
                seen.set(i);
            }
            for (int i : lists[u]) {
                assertThat(seen.get(i)).as("user %s got a training item", log.userId(u)).isFalse();
            }
        }
        // with repurchase allowed, a's bought x and z come back as candidates, the viewed-only y does not
        EvaluationSplit again = EvaluationSplit.of(log, EvaluationProtocol.leaveLastOut(10)
                .withTarget(EvaluationProtocol.Target.INTERACTION).withAllowRepurchase(true));
        int[][] repurchase = RankingEvaluator.topLists(pop, again, 1, ProgressListener.none(),
                new CancellationToken());
        assertThat(repurchase[a]).containsExactlyInAnyOrder(log.item("w"), log.item("x"), log.item("z"));
        RankingEvaluation eval = RankingEvaluator.summarise(split, lists, 0);
        assertThat(eval.users()).isEqualTo(split.evaluatedUsers());
        assertThat(eval.hitRate()).isEqualTo(eval.recall());
    }
}
