package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.Policy;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heap a held decision costs, measured: decisions served by a real engine (three coupons with eligibility rules,
 * greedy) are held once as they were before summaries (the decision with its trace's lists and sentence, only the
 * explanation and rankings dropped) and once as {@link RecentDecisions} holds them now, and the used heap after a
 * full collection is compared with the empty baseline. Slow: it serves 100,000 decisions and collects several times.
 */
@Tag("slow")
class RecentDecisionsFootprintTest {

    private static final int N = 100_000;

    @Test
    void aHeldDecisionCostsAFewHundredBytes() {
        long base = usedAfterGc();
        List<Decision> served = serve();
        List<Decision> before = new ArrayList<>(N);
        served.forEach(d -> before.add(withoutRankings(d)));
        served = null;
        long withLists = usedAfterGc() - base;
        RecentDecisions recent = new RecentDecisions(N);
        before.forEach(recent::put);
        before.clear();
        long summaries = usedAfterGc() - base;
        System.out.printf("held decision: %.0f bytes with its trace's lists (before), %.0f as a summary (now);"
                + " %d held: %.1f MiB%n", withLists / (double) N, summaries / (double) N, recent.size(),
                summaries / 1048576.0);
        assertThat(recent.size()).isEqualTo(N);
        assertThat(summaries).isPositive();
        assertThat(summaries / (double) N).isLessThan(RecentDecisions.DEFAULT_CAPACITY_MIB * 1048576.0
                / RecentDecisions.DEFAULT_CAPACITY);
        assertThat(summaries).as("a summary costs at most 60%% of a decision with its lists")
                .isLessThan(withLists * 6 / 10);
    }

    private static List<Decision> serve() {
        DecisionEngine engine = DecisionEngineTest.engine(DecisionEngineTest.CLOCK, Campaigns.version("spring", 1,
                Policy.Kind.GREEDY, Campaigns.constraints(null, null, 0.1, null, null),
                Campaigns.coupon("c10", 10, 0.10, "tier = 'gold'"), Campaigns.coupon("c20", 20, 0.20,
                        "tier = 'gold'", "hour >= 8"), Campaigns.coupon("c5", 5, 0.05)));
        List<Decision> out = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            out.add(DecisionEngineTest.decide(engine, "user-" + i, Map.of("tier", i % 2 == 0 ? "gold" : "silver",
                    "hour", i % 24)));
        }
        return out;
    }

    /** What the engine held per decision before summaries. */
    private static Decision withoutRankings(Decision d) {
        DecisionTrace t = d.trace();
        return new Decision(d.decisionId(), d.userId(), d.campaign(), d.version(), d.arm(), d.offer(), d.discount(),
                d.discountUnit(), d.score(), d.costCents(), d.decidedAt(), List.of(), new DecisionTrace(t.segment(),
                t.policy(), t.holdoutU(), t.holdoutShare(), t.rules(), t.candidates(), t.capsHit(), t.winner(),
                t.fallback(), t.pricing(), List.of()));
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
