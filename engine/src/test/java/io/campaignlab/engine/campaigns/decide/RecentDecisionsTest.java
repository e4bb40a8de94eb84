package io.campaignlab.engine.campaigns.decide;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecentDecisionsTest {

    private static Decision decision(String id) {
        DecisionTrace trace = new DecisionTrace("all", "greedy", 0.42, 0.1,
                List.of(new DecisionTrace.RuleCheck("c10", "tier = 'gold'", true, null)),
                List.of(new DecisionTrace.CandidateScore("c10", 0.5, 10)), List.of("budget: c30 costs 30 cents"),
                "highest expected value", null);
        return new Decision(id, "u-" + id, "spring", 3, "treatment", "c10", 10.0, "percent", 0.5, 10,
                Instant.parse("2026-12-07T12:00:00Z"), List.of(new Decision.Contribution("tier", 0.3)), trace);
    }

    @Test
    void theOldestIsForgottenBeyondTheCapacity() {
        RecentDecisions recent = new RecentDecisions(2);
        recent.put(decision("a"));
        recent.put(decision("b"));
        recent.put(decision("c"));
        assertThat(recent.get("a")).isEmpty();
        assertThat(recent.get("b")).isPresent();
        assertThat(recent.get("c")).isPresent();
        assertThat(recent.size()).isEqualTo(2);
    }

    @Test
    void aHeldDecisionKeepsEveryScalarButDropsTheListsAndExplanation() {
        RecentDecisions recent = new RecentDecisions(10);
        Decision full = decision("a");
        recent.put(full);
        Decision held = recent.get("a").orElseThrow().decision();
        assertThat(held).usingRecursiveComparison().ignoringFields("explanation", "trace").isEqualTo(full);
        assertThat(held.explanation()).isEmpty();
        DecisionTrace t = held.trace();
        assertThat(List.of(t.segment(), t.policy(), t.holdoutU(), t.holdoutShare()))
                .containsExactly("all", "greedy", 0.42, 0.1);
        assertThat(t.rules()).isEmpty();
        assertThat(t.candidates()).isEmpty();
        assertThat(t.capsHit()).isEmpty();
        assertThat(t.winner()).isNull();
        assertThat(t.rankings()).isEmpty();
        assertThat(held.fellBack()).isFalse();
    }

    @Test
    void aResponseIsCountedOncePerDecision() {
        RecentDecisions recent = new RecentDecisions(10);
        recent.put(decision("a"));
        RecentDecisions.Entry entry = recent.get("a").orElseThrow();
        assertThat(entry.markResponded()).isTrue();
        assertThat(recent.get("a").orElseThrow().markResponded()).isFalse();
    }
}
