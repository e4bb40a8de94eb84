package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignPolicyTest {

    static Offer coupon(String name, String... eligibility) {
        return new Offer(name, Offer.Kind.COUPON, null, null, null, null, 10.0, null, null, null, null, null,
                List.of(eligibility));
    }

    static Campaign campaign(double holdout, Offer... offers) {
        return new Campaign("c", Objective.CONVERSIONS, Audience.ofSegment(1), List.of(offers), null,
                new Constraints(null, null, holdout, null, null, null));
    }

    /** Three offers give the 7 sets, largest first; each set's arm is its offer of highest posterior mean. */
    @Test
    void eachEligibleSetGoesToItsOfferOfHighestPosteriorMean() {
        DecisionList list = CampaignPolicy.of(campaign(0, coupon("a", "x > 1"), coupon("b", "y = 'k'"), coupon("c")),
                Map.of("a", 0.2, "b", 0.6), "control");
        assertThat(list.rules()).hasSize(7);
        assertThat(list.rules().get(0).when()).hasSize(2);
        assertThat(list.rules().get(0).arms()).isEqualTo(Map.of("b", 1.0));
        // sizes 2: {a, b} -> b; {a, c} -> c (prior mean 0.5 beats 0.2); {b, c} -> b
        assertThat(list.rules().subList(1, 4)).extracting(DecisionRule::arms)
                .containsExactly(Map.of("b", 1.0), Map.of("c", 1.0), Map.of("b", 1.0));
        assertThat(list.rules().subList(4, 7)).extracting(DecisionRule::arms)
                .containsExactly(Map.of("a", 1.0), Map.of("b", 1.0), Map.of("c", 1.0));
        assertThat(list.defaultArms()).isEqualTo(Map.of("control", 1.0));
    }

    /**
     * Equal posterior means (no log yet): greedy draws among the eligible coupons, and the holdout 0.2 goes to
     * control; π per unit equals the hand-written decision list's, unit by unit.
     */
    @Test
    void tiedCouponsAndAHoldoutGiveTheHandWrittenStochasticList() {
        Frame frame = Frame.of("t", new long[] {1, 2, 3, 4}, List.of(
                new FrameColumn.Numbers("history_orders", new double[] {0, 1, 2, Double.NaN})));
        DecisionList campaign = CampaignPolicy.of(campaign(0.2, coupon("coupon_10", "history_orders <= 1"),
                coupon("coupon_20")), Map.of(), "control");
        DecisionList byHand = PolicyJson.parse("""
                {"rules": [{"when": "history_orders <= 1", "arm": {"coupon_10": 0.4, "coupon_20": 0.4, "control": 0.2}}],
                 "default": {"coupon_20": 0.8, "control": 0.2}}""");
        List<String> arms = List.of("control", "coupon_10", "coupon_20");
        double[][] pi = campaign.probabilities(frame, arms);
        assertThat(pi).isDeepEqualTo(byHand.probabilities(frame, arms));
        assertThat(pi[0]).containsExactly(0.2, 0.4, 0.4);
        assertThat(pi[3]).containsExactly(0.2, 0.0, 0.8);
    }

    @Test
    void onlyCouponsAreEvaluatedAndTheirConditionsMustBeColumns() {
        assertThatThrownBy(() -> CampaignPolicy.of(campaign(0, Offer.dynamicDiscount("d", List.of(0.0, 10.0), 1.0,
                null)), Map.of(), "control")).hasMessage("campaign 'c' has no coupon offer, the only kind evaluated"
                + " off-policy");
        assertThatThrownBy(() -> CampaignPolicy.of(campaign(0, coupon("a", "score:run3 >= 0.5")), Map.of(),
                "control")).hasMessageStartingWith("offer eligibility: condition 'score:run3 >= 0.5' uses a score");
    }
}
