package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.campaigns.policy.BetaPosterior;
import io.campaignlab.engine.campaigns.policy.HoldoutAssigner;
import io.campaignlab.engine.campaigns.policy.HoldoutKey;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionEngineTest {

    static final HoldoutKey KEY = HoldoutKey.of(new byte[32]);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    static DecisionEngine engine(Clock clock, CampaignVersion... versions) {
        DecisionEngine engine = new DecisionEngine(new HoldoutAssigner(KEY), clock, DecisionLog.none(), 42);
        Arrays.stream(versions).forEach(engine::load);
        return engine;
    }

    static Decision decide(DecisionEngine engine, String user, Map<String, Object> context) {
        return engine.decide(new DecisionRequest(user, context, null));
    }

    @Test
    void theSameUserAndVersionAlwaysGetTheSameArmAndTheShareHeldOutIsTheHoldout() {
        CampaignVersion v1 = Campaigns.version("spring", 1, Policy.Kind.THOMPSON,
                Campaigns.constraints(null, null, 0.3, null, null), Campaigns.coupon("c10", 10, 0));
        DecisionEngine a = engine(CLOCK, v1);
        DecisionEngine b = engine(CLOCK, v1);
        int held = 0;
        for (int i = 0; i < 2000; i++) {
            String arm = decide(a, "u" + i, Map.of()).arm();
            assertThat(decide(a, "u" + i, Map.of()).arm()).isEqualTo(arm);
            assertThat(decide(b, "u" + i, Map.of()).arm()).isEqualTo(arm);
            held += arm.equals("holdout") ? 1 : 0;
        }
        // Binomial(2000, 0.3): mean 600, sd sqrt(2000 * 0.3 * 0.7) = 20.5; ±4 sd is 518 to 682.
        assertThat(held).isBetween(518, 682);
    }

    @Test
    void theHoldoutGetsNoOfferAndIsNotCountedAsAFallback() {
        DecisionEngine engine = engine(CLOCK, Campaigns.version("all-out", 1, Policy.Kind.GREEDY,
                Campaigns.constraints(10.0, null, 1.0, null, null), Campaigns.coupon("c10", 10, 1)));
        Decision d = decide(engine, "u1", Map.of());
        assertThat(d.arm()).isEqualTo("holdout");
        assertThat(d.offer()).isNull();
        assertThat(d.costCents()).isZero();
        assertThat(d.trace().fallback()).isEqualTo("holdout");
        assertThat(engine.fallbacks()).isZero();
        assertThat(engine.budget("all-out").orElseThrow().committed()).isZero();
    }

    @Test
    void anOfferFailingItsEligibilityIsNotChosenAndTheTraceSaysWhy() {
        DecisionEngine engine = engine(CLOCK, Campaigns.version("fr", 1, Policy.Kind.GREEDY,
                Campaigns.constraints(null, null, 0, null, null),
                Campaigns.coupon("fr_only", 20, 0, "country = 'FR'", "basket >= 50"),
                Campaigns.coupon("anyone", 5, 0)));
        Decision de = decide(engine, "u1", Map.of("country", "DE", "basket", 80));
        assertThat(de.offer()).isEqualTo("anyone");
        assertThat(de.discount()).isEqualTo(5.0);
        assertThat(de.discountUnit()).isEqualTo("percent");
        assertThat(de.trace().rules()).extracting(DecisionTrace.RuleCheck::passed).containsExactly(false, true);
        assertThat(de.trace().rules().get(0).note()).isEqualTo("was 'DE'");
        assertThat(de.trace().candidates()).extracting(DecisionTrace.CandidateScore::offer).containsExactly("anyone");

        Decision missing = decide(engine, "u2", Map.of("country", "FR"));
        assertThat(missing.trace().rules().get(1).note()).isEqualTo("the context has no 'basket'");
        Decision fr = decide(engine, "u3", Map.of("country", "FR", "basket", "50"));
        assertThat(fr.trace().candidates()).hasSize(2);
    }

    @Test
    void theFrequencyCapFallsBackOnTheThirdOfferOfTheDayAndResetsTheNextDay() {
        MutableClock clock = new MutableClock(CLOCK.instant());
        DecisionEngine engine = engine(clock, Campaigns.version("capped", 1, Policy.Kind.GREEDY,
                Campaigns.constraints(null, 2, 0, null, null), Campaigns.coupon("c10", 10, 0)));
        assertThat(decide(engine, "u1", Map.of()).offer()).isEqualTo("c10");
        assertThat(decide(engine, "u1", Map.of()).offer()).isEqualTo("c10");
        Decision third = decide(engine, "u1", Map.of());
        assertThat(third.offer()).isNull();
        assertThat(third.trace().fallback()).isEqualTo("frequency_cap");
        assertThat(third.trace().capsHit()).containsExactly("frequency cap: 2 per day reached");
        assertThat(decide(engine, "u2", Map.of()).offer()).isEqualTo("c10");
        clock.now = clock.now.plusSeconds(86_400);
        assertThat(decide(engine, "u1", Map.of()).offer()).isEqualTo("c10");
        assertThat(engine.fallbacks()).isEqualTo(1);
    }

    @Test
    void aWinnerTheBudgetCannotPayIsDroppedForACheaperOneThenNothingIsServed() {
        // budget 0.45 = 45 cents. c30 is served once (15 left) and converts, so greedy prefers it (posterior mean
        // 2/3 against c10's 1/2); for a gold user it no longer fits, so c10 (10 cents) is served; then 5 are left.
        DecisionEngine engine = engine(CLOCK, Campaigns.version("budget", 1, Policy.Kind.GREEDY,
                Campaigns.constraints(0.45, null, 0, null, null), Campaigns.coupon("c30", 30, 0.30),
                Campaigns.coupon("c10", 10, 0.10, "tier = 'gold'")));
        Decision first = decide(engine, "u1", Map.of());
        assertThat(first.offer()).isEqualTo("c30");
        assertThat(first.costCents()).isEqualTo(30);
        engine.feedback(new Feedback(first.decisionId(), Feedback.Event.CONVERSION, 40, CLOCK.instant()));
        Decision cheaper = decide(engine, "gold1", Map.of("tier", "gold"));
        assertThat(cheaper.offer()).isEqualTo("c10");
        assertThat(cheaper.costCents()).isEqualTo(10);
        assertThat(cheaper.trace().capsHit()).containsExactly("budget: c30 costs 30 cents, 15 left of 45");
        Decision none = decide(engine, "gold2", Map.of("tier", "gold"));
        assertThat(none.offer()).isNull();
        assertThat(none.arm()).isEqualTo("treatment");
        assertThat(none.trace().fallback()).isEqualTo("budget");
        assertThat(none.trace().capsHit()).containsExactly("budget: c30 costs 30 cents, 5 left of 45",
                "budget: c10 costs 10 cents, 5 left of 45");
        assertThat(engine.budget("budget").orElseThrow().committed()).isEqualTo(40);
        assertThat(engine.fallbacks()).isEqualTo(1);
    }

    @Test
    void feedbackTurnsOneServedTrialIntoAResponseOncePerDecision() {
        DecisionEngine engine = engine(CLOCK, Campaigns.version("ts", 1, Policy.Kind.THOMPSON,
                Campaigns.constraints(null, null, 0, null, null), Campaigns.coupon("only", 10, 0)));
        Decision first = decide(engine, "u1", Map.of());
        decide(engine, "u2", Map.of());
        decide(engine, "u3", Map.of());
        engine.feedback(new Feedback(first.decisionId(), Feedback.Event.CONVERSION, 25.0, CLOCK.instant()));
        engine.feedback(new Feedback(first.decisionId(), Feedback.Event.CONVERSION, 25.0, CLOCK.instant()));
        engine.feedback(new Feedback(first.decisionId(), Feedback.Event.CLICK, 0, CLOCK.instant()));
        // 3 served, 1 converted (objective conversions; a click or a repeat does not count): Beta(1 + 1, 1 + 3 - 1)
        assertThat(engine.posteriors("ts").orElseThrow().posterior("only", "all"))
                .isEqualTo(new BetaPosterior(2, 3));
        assertThatThrownBy(() -> engine.feedback(new Feedback("nope", Feedback.Event.CLICK, 0, CLOCK.instant())))
                .isInstanceOf(DecideException.class).hasMessage("no decision 'nope' was served");
    }

    @Test
    void anUnknownCampaignOrOneOutsideItsDatesIsRefused() {
        DecisionEngine engine = engine(CLOCK, Campaigns.version("later", 1, Policy.Kind.GREEDY,
                Campaigns.constraints(null, null, 0, LocalDate.parse("2026-12-24"), null),
                Campaigns.coupon("c", 10, 0)));
        assertThatThrownBy(() -> engine.decide(new DecisionRequest("u", Map.of(), "ghost")))
                .isInstanceOfSatisfying(DecideException.class,
                        e -> assertThat(e.reason()).isEqualTo(DecideException.Reason.UNKNOWN_CAMPAIGN));
        assertThatThrownBy(() -> engine.decide(new DecisionRequest("u", Map.of(), "later")))
                .isInstanceOfSatisfying(DecideException.class,
                        e -> assertThat(e.reason()).isEqualTo(DecideException.Reason.NOT_SERVING));
        assertThatThrownBy(() -> engine.decide(new DecisionRequest("u", Map.of(), null)))
                .hasMessage("no published campaign serves on 2026-12-07");
    }

    @Test
    void aBadUserIdIsRefused() {
        assertThatThrownBy(() -> new DecisionRequest("", Map.of(), null)).isInstanceOf(DecideException.class);
        assertThatThrownBy(() -> new DecisionRequest("a\u0000b", Map.of(), null))
                .hasMessage("user_id must not hold control characters");
        assertThatThrownBy(() -> new DecisionRequest("x".repeat(201), Map.of(), null))
                .hasMessage("user_id must be 1 to 200 characters");
        assertThat(new DecisionRequest("ユーザー🙂", null, null).context()).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameDecisionsUnderDistinctIds() {
        CampaignVersion v = Campaigns.version("ts", 1, Policy.Kind.THOMPSON,
                Campaigns.constraints(null, null, 0.1, null, null), Campaigns.coupon("a", 10, 0),
                Campaigns.coupon("b", 20, 0), Campaigns.coupon("c", 5, 0));
        DecisionEngine one = engine(CLOCK, v);
        DecisionEngine two = engine(CLOCK, v);
        for (int i = 0; i < 50; i++) {
            Decision x = decide(one, "u" + i, Map.of());
            Decision y = decide(two, "u" + i, Map.of());
            assertThat(y).usingRecursiveComparison().ignoringFields("decisionId").isEqualTo(x);
            assertThat(y.decisionId()).isNotEqualTo(x.decisionId());
        }
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
