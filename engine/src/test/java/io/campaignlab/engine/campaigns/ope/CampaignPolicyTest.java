package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
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

    @Test
    void onlyCouponsAreEvaluatedAndTheirConditionsMustBeColumns() {
        assertThatThrownBy(() -> CampaignPolicy.of(campaign(0, Offer.dynamicDiscount("d", List.of(0.0, 10.0), 1.0,
                null)), Map.of(), "control")).hasMessage("campaign 'c' has no coupon offer, the only kind evaluated"
                + " off-policy");
        assertThatThrownBy(() -> CampaignPolicy.of(campaign(0, coupon("a", "score:run3 >= 0.5")), Map.of(),
                "control")).hasMessageStartingWith("offer eligibility: condition 'score:run3 >= 0.5' uses a score");
    }
}
