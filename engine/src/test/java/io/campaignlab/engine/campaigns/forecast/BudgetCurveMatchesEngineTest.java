package io.campaignlab.engine.campaigns.forecast;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.CostModel;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionEngine;
import io.campaignlab.engine.campaigns.decide.DecisionLog;
import io.campaignlab.engine.campaigns.decide.DecisionRequest;
import io.campaignlab.engine.campaigns.policy.HoldoutAssigner;
import io.campaignlab.engine.campaigns.policy.HoldoutKey;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget curve's spend is the engine's budget spend: the same users, granted in the curve's order by the real
 * {@link DecisionEngine} with the campaign's budget, get exactly as many grants, for exactly as many cents, as the
 * curve's point at that budget holds. Worked out by hand: 7 cents a grant and a budget of 3.53 pay for
 * floor(353 / 7) = 50 grants, 350 cents; the coupon's redemptions (20% of a 40.00 order on every converting grant)
 * are the curve's expected cost, not its spend.
 */
class BudgetCurveMatchesEngineTest {

    @Test
    void theCurvesSpendAtTheBudgetIsWhatTheEngineLetsThrough() {
        int n = 300;
        SplittableRandom rng = new SplittableRandom(7);
        double[] uplift = new double[n];
        double[] treated = new double[n];
        for (int i = 0; i < n; i++) {
            uplift[i] = rng.nextDouble(-0.01, 0.08);
            treated[i] = 0.1 + uplift[i];
        }
        double budget = 3.53;
        BudgetCurve curve = BudgetCurve.of(AudienceInputs.coupon(uplift, treated, 40, 0.4, 0.07, 0.2));
        BudgetPoint mark = curve.atBudget(budget);
        assertThat(mark.users()).isEqualTo(50);
        assertThat(Math.round(mark.spend() * 100)).isEqualTo(350);
        assertThat(mark.cost()).isGreaterThan(mark.spend());

        Offer coupon = new Offer("coupon_20", Offer.Kind.COUPON, null, null, null, null, 20.0, null, null, null, null,
                new CostModel(0.07, null, 0.5), List.of());
        Campaign c = new Campaign("curve", Objective.CONVERSIONS, Audience.ofSegment(1), List.of(coupon),
                new Policy(Policy.Kind.GREEDY, null), new Constraints(budget, null, null, null, null, null));
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
        DecisionEngine engine = new DecisionEngine(new HoldoutAssigner(HoldoutKey.of(new byte[HoldoutKey.BYTES])),
                clock, new DecisionLog.Empty(), 1);
        engine.load(new CampaignVersion(1, "curve", 1, c, "{}", clock.instant(), null));
        int granted = 0;
        long cents = 0;
        for (int user : curve.firstUsers(n)) {
            Decision d = engine.decide(new DecisionRequest("u" + user, Map.of(), "curve"));
            if (d.offer() != null) {
                granted++;
                cents += d.costCents();
            }
        }
        assertThat(granted).isEqualTo(mark.users());
        assertThat(cents).isEqualTo(Math.round(mark.spend() * 100));
        assertThat(engine.budget("curve").orElseThrow().committed()).isEqualTo(cents);
    }
}
