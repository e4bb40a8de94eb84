package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.campaigns.policy.BetaPosterior;
import io.campaignlab.engine.campaigns.policy.HoldoutAssigner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.campaignlab.engine.campaigns.decide.DecisionEngineTest.CLOCK;
import static io.campaignlab.engine.campaigns.decide.DecisionEngineTest.KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** The serve-time rules: audience, exclusion groups, posteriors rebuilt from the log, determinism of the arm. */
class ServeRulesTest {

    static CampaignVersion version(String name, int version, double holdout, String group) {
        return Campaigns.version(name, version, Policy.Kind.GREEDY,
                new Constraints(null, null, holdout, group, null, null), Campaigns.coupon("c10", 10, 0));
    }

    static DecisionEngine engine(DecisionLog log) {
        return new DecisionEngine(new HoldoutAssigner(KEY), CLOCK, log, 42);
    }

    static Decision decide(DecisionEngine engine, String user, String campaign) {
        return engine.decide(new DecisionRequest(user, Map.of(), campaign));
    }

    @Test
    void aUserOutsideTheAudienceGetsNoOfferInEitherArmAndIsNotAFallback() {
        DecisionEngine engine = engine(DecisionLog.none());
        engine.load(version("spring", 1, 0.5, null), ServingAudience.of(Set.of("in1", "in2", "in3", "in4")));
        Set<String> arms = new java.util.HashSet<>();
        for (int i = 0; i < 40; i++) {
            Decision out = decide(engine, "out" + i, "spring");
            assertThat(out.offer()).isNull();
            assertThat(out.trace().fallback()).isEqualTo("not_in_audience");
            assertThat(out.trace().winner()).contains("not in the campaign's audience");
            assertThat(out.trace().candidates()).isEmpty();
            arms.add(out.arm());
        }
        assertThat(arms).as("outsiders keep their hash arm, so both arms lose them alike")
                .containsExactlyInAnyOrder("holdout", "treatment");
        int offered = 0;
        for (String in : List.of("in1", "in2", "in3", "in4")) {
            Decision d = decide(engine, in, "spring");
            assertThat(d.trace().fallback()).isIn(null, "holdout");
            offered += d.offer() == null ? 0 : 1;
            assertThat(d.offer()).isEqualTo(d.arm().equals("treatment") ? "c10" : null);
        }
        assertThat(engine.fallbacks()).isZero();
        assertThat(engine.served()).isEqualTo(44);
        assertThat(offered).isLessThanOrEqualTo(4);
    }

    /**
     * Two campaigns of group g partition their common users by the documented hash: owner = contender ⌊h × 2⌋ in
     * name order, h = HMAC(key, user, "exclusion group g", 0) worked out here from the assigner. A user in one
     * campaign's audience only goes to that one; a campaign outside the group is not affected.
     */
    @Test
    void anExclusionGroupTreatsEachUserByOneCampaignAtMost() {
        DecisionEngine engine = engine(DecisionLog.none());
        Set<String> both = new java.util.HashSet<>();
        for (int i = 0; i < 2000; i++) {
            both.add("u" + i);
        }
        Set<String> bOnly = Set.of("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8");
        Set<String> bAudience = new java.util.HashSet<>(both);
        bAudience.addAll(bOnly);
        engine.load(version("alpha", 1, 0, "g"), ServingAudience.of(both));
        engine.load(version("beta", 3, 0, "g"), ServingAudience.of(bAudience));
        engine.load(version("gamma", 1, 0, null), ServingAudience.everyone());
        HoldoutAssigner hash = new HoldoutAssigner(KEY);
        int toAlpha = 0;
        for (int i = 0; i < 2000; i++) {
            String u = "u" + i;
            Decision a = decide(engine, u, "alpha");
            Decision b = decide(engine, u, "beta");
            String owner = hash.unit(u, "exclusion group g", 0) < 0.5 ? "alpha" : "beta";
            assertThat((a.offer() == null ? 0 : 1) + (b.offer() == null ? 0 : 1)).as(u).isEqualTo(1);
            Decision lost = owner.equals("alpha") ? b : a;
            assertThat(lost.trace().fallback()).isEqualTo("exclusion_group");
            assertThat(lost.trace().winner()).contains("to campaign '" + owner + "'");
            assertThat(decide(engine, u, "gamma").offer()).isEqualTo("c10");
            toAlpha += owner.equals("alpha") ? 1 : 0;
        }
        // Binomial(2000, 1/2): mean 1000, sd 22.4; ±4 sd is 911 to 1089
        assertThat(toAlpha).isBetween(911, 1089);
        for (String u : bOnly) {
            assertThat(decide(engine, u, "beta").offer()).as(u).isEqualTo("c10");
            assertThat(decide(engine, u, "alpha").trace().fallback()).isEqualTo("not_in_audience");
        }
        assertThat(engine.fallbacks()).isZero();
    }

    @Test
    void loadingAVersionRebuildsItsPosteriorsFromTheLogTallies() {
        List<String> asked = new ArrayList<>();
        DecisionLog log = new TallyLog(asked, List.of(new OfferTally("c10", DecisionEngine.SEGMENT, 40, 12),
                new OfferTally("c20", DecisionEngine.SEGMENT, 7, 0)));
        DecisionEngine engine = engine(log);
        CampaignVersion v = Campaigns.version("spring", 4, Policy.Kind.THOMPSON,
                Campaigns.constraints(null, null, 0, null, null), Campaigns.coupon("c10", 10, 0),
                Campaigns.coupon("c20", 20, 0));
        engine.load(v);
        // conversions is the objective, so conversion feedback counts; Beta(1 + 12, 1 + 40 - 12), Beta(1, 1 + 7)
        assertThat(asked).containsExactly("spring/4/conversion");
        assertThat(engine.posteriors("spring").orElseThrow().posterior("c10", "all"))
                .isEqualTo(new BetaPosterior(13, 29));
        assertThat(engine.posteriors("spring").orElseThrow().posterior("c20", "all"))
                .isEqualTo(new BetaPosterior(1, 8));
    }

    /**
     * The arm depends only on (key, user, campaign, version): the same across threads and across engines (a
     * restart), and a new version draws afresh: with a holdout of 1/2, a user's arm changes between versions with
     * probability 2 × 1/2 × 1/2 = 1/2, so of 2000 users 1000 ± 89 (4 sd) change.
     */
    @Test
    void theSameUserAndVersionGetTheSameArmAcrossThreadsAndRestartsAndANewVersionReshuffles() throws Exception {
        CampaignVersion v1 = version("spring", 1, 0.5, null);
        CampaignVersion v2 = version("spring", 2, 0.5, null);
        DecisionEngine first = engine(DecisionLog.none());
        first.load(v1);
        List<String> arms = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            arms.add(decide(first, "u" + i, "spring").arm());
        }
        DecisionEngine restarted = engine(DecisionLog.none());
        restarted.load(v1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            runs.add(pool.submit(() -> {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < 2000; i++) {
                    out.add(decide(restarted, "u" + i, "spring").arm());
                }
                return out;
            }));
        }
        for (Future<List<String>> run : runs) {
            assertThat(run.get()).isEqualTo(arms);
        }
        pool.shutdown();
        DecisionEngine next = engine(DecisionLog.none());
        next.load(v2);
        int changed = 0;
        for (int i = 0; i < 2000; i++) {
            changed += decide(next, "u" + i, "spring").arm().equals(arms.get(i)) ? 0 : 1;
        }
        assertThat(changed).isBetween(911, 1089);
    }

    /** A log that records nothing and answers the given tallies. */
    private static final class TallyLog extends DecisionLog.Empty {

        private final List<String> asked;
        private final List<OfferTally> tallies;

        TallyLog(List<String> asked, List<OfferTally> tallies) {
            this.asked = asked;
            this.tallies = tallies;
        }

        @Override
        public List<OfferTally> tallies(String campaign, int version, Feedback.Event response) {
            asked.add(campaign + "/" + version + "/" + response.id());
            return tallies;
        }
    }
}
