package io.campaignlab.engine.recommend.crossdomain;

import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cold-start split of two small logs, checked cell by cell. */
class ColdStartSplitTest {

    static InteractionLog log(String[] users, String[] items, String[] types) {
        long[] times = new long[users.length];
        for (int i = 0; i < times.length; i++) {
            times[i] = 1000L * (i + 1);
        }
        return InteractionLog.of(users, items, types, times, EventWeights.defaults());
    }

    // target: a, b, c, d; source: b, c, d, e (b, c, d shared); d never buys in the target
    static final InteractionLog TARGET = log(
            new String[] {"a", "b", "b", "b", "c", "c", "d"},
            new String[] {"t1", "t1", "t2", "t1", "t3", "t2", "t3"},
            new String[] {"purchase", "view", "purchase", "purchase", "purchase", "view", "view"});
    static final InteractionLog SOURCE = log(
            new String[] {"b", "c", "d", "e", "e"},
            new String[] {"s1", "s2", "s1", "s2", "s3"},
            new String[] {"view", "view", "view", "view", "purchase"});

    @Test
    void heldOutSharedUsersLoseEveryTargetEventAndKeepTheirSource() {
        for (long seed = 0; seed < 6; seed++) {
            ColdStartSplit s = ColdStartSplit.of(TARGET, SOURCE, EvaluationProtocol.coldStart(0.5, 10), seed);
            assertThat(s.userIds()).containsExactly("a", "b", "c", "d", "e");
            assertThat(s.shared()).isEqualTo(3);
            // all three shared users have interactions: round(0.5 × 3) = 2 held out
            assertThat(s.heldOut()).isEqualTo(2);
            InteractionMatrix t = s.data().target();
            InteractionMatrix src = s.data().source();
            assertThat(t.users()).isEqualTo(5);
            assertThat(src.users()).isEqualTo(5);
            assertThat(t.rowLength(0)).isEqualTo(1); // a is target-only: never held out
            assertThat(s.split().targets()[0]).isNull();
            assertThat(src.rowLength(4)).isEqualTo(2); // e is source-only, after the target users
            assertThat(t.rowLength(4)).isZero();
            int held = 0;
            for (int u = 1; u <= 3; u++) {
                int[] truth = s.split().targets()[u];
                if (truth == null) {
                    assertThat(t.rowLength(u)).isPositive();
                    continue;
                }
                held++;
                assertThat(t.rowLength(u)).isZero();
                assertThat(src.rowLength(u)).isEqualTo(1);
                List<String> items = java.util.Arrays.stream(truth).mapToObj(TARGET::itemId).toList();
                // the distinct target items of every event (interaction target)
                assertThat(items).containsExactlyInAnyOrderElementsOf(truthOf(s.userIds().get(u)));
            }
            assertThat(held).isEqualTo(2);
        }
    }

    private static List<String> truthOf(String user) {
        if (user.equals("b")) {
            return List.of("t1", "t2");
        }
        if (user.equals("c")) {
            return List.of("t3", "t2");
        }
        return List.of("t3");
    }

    @Test
    void withPurchaseTargetsAUserWhoNeverBoughtIsNotEligible() {
        EvaluationProtocol purchases = EvaluationProtocol.coldStart(0.99, 10)
                .withTarget(EvaluationProtocol.Target.PURCHASE);
        ColdStartSplit s = ColdStartSplit.of(TARGET, SOURCE, purchases, 1);
        assertThat(s.heldOut()).isEqualTo(2); // b and c; d only viewed
        assertThat(s.split().targets()[3]).isNull();
        assertThat(s.data().target().rowLength(3)).isEqualTo(1);
        assertThat(java.util.Arrays.stream(s.split().targets()[1]).mapToObj(TARGET::itemId).toList())
                .containsExactlyInAnyOrder("t1", "t2");
        assertThat(java.util.Arrays.stream(s.split().targets()[2]).mapToObj(TARGET::itemId).toList())
                .containsExactly("t3");
    }

    @Test
    void noSharedUserIsExplained() {
        InteractionLog other = log(new String[] {"x"}, new String[] {"s1"}, new String[] {"view"});
        assertThatThrownBy(() -> ColdStartSplit.of(TARGET, other, EvaluationProtocol.coldStart(0.2, 10), 1))
                .hasMessageContaining("0 user ids are in both").hasMessageContaining("same user ids");
        assertThatThrownBy(() -> ColdStartSplit.of(TARGET, SOURCE, EvaluationProtocol.leaveLastOut(10), 1))
                .hasMessageContaining("cold-start");
    }
}
