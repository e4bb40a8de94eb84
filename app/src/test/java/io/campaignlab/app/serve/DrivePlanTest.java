package io.campaignlab.app.serve;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Which planted response answers a drive, and the refusals, each naming the offer. */
class DrivePlanTest {

    static Campaign campaign(Offer... offers) {
        return new Campaign("c", Objective.CONVERSIONS, Audience.ofSegment(1), List.of(offers),
                new Policy(Policy.Kind.GREEDY, null), Constraints.none());
    }

    @Test
    void couponsOfTheCouponTestAndDiscountsOfTheDiscountMenuAreAnswered() {
        assertThat(DrivePlan.of(campaign(Offer.couponPercent("a", 10), Offer.couponPercent("b", 20))))
                .isEqualTo(DrivePlan.COUPON_TEST);
        assertThat(DrivePlan.of(campaign(Offer.dynamicDiscount("d", List.of(0.0, 5.0, 10.0, 15.0, 20.0), 1.0,
                null)))).isEqualTo(DrivePlan.DISCOUNT_TEST);
        assertThat(DrivePlan.of(campaign(Offer.couponPercent("five", 5), Offer.couponPercent("fifteen", 15))))
                .isEqualTo(DrivePlan.DISCOUNT_TEST);
        assertThat(DrivePlan.of(campaign(Offer.couponPercent("c20", 20), Offer.couponPercent("c5", 5))))
                .isEqualTo(DrivePlan.DISCOUNT_TEST);
        assertThat(DrivePlan.of(campaign(Offer.couponPercent("ten", 10), Offer.dynamicDiscount("d",
                List.of(0.0, 10.0, 20.0), null, null)))).isEqualTo(DrivePlan.DISCOUNT_TEST);
    }

    @Test
    void whatNoPlantedTestAnswersIsRefusedByName() {
        assertThatThrownBy(() -> DrivePlan.of(campaign(Offer.couponAmount("five_off", 5))))
                .hasMessageContaining("five_off is a fixed-amount coupon");
        assertThatThrownBy(() -> DrivePlan.of(campaign(Offer.couponPercent("c25", 25))))
                .hasMessageContaining("c25 is a 25.0% coupon");
        assertThatThrownBy(() -> DrivePlan.of(campaign(Offer.dynamicDiscount("d", List.of(0.0, 30.0), null, null))))
                .hasMessageContaining("d's menu level 30.0%");
        assertThatThrownBy(() -> DrivePlan.of(campaign(Offer.couponPercent("c5", 5), Offer.couponAmount("c2", 2),
                Offer.couponPercent("c12", 12)))).hasMessageContaining("c2 is a fixed-amount coupon")
                .hasMessageContaining("c12 is a 12.0% coupon").hasMessageNotContaining("c5 ");
    }

    /** P(buy | 15%) = 1 answers every user with the list price less 15%, in cents; 0% never converts here. */
    @Test
    void aShopperIsAnsweredAtTheLevelServed() {
        SimulatedShoppers s = new SimulatedShoppers(Map.of("7", 0), new double[][]{{0}, {0}, {0}, {1}, {0}},
                new double[]{39.99}, new double[]{20});
        assertThat(s.context(0)).containsEntry("price", 39.99).containsEntry("unit_cost", 20.0);
        assertThat(s.outcome(0, 15, new SplittableRandom(1))).isCloseTo(33.99, within(1e-9));
        assertThat(s.outcome(0, 0, new SplittableRandom(1))).isZero();
        assertThatThrownBy(() -> s.outcome(0, 12, new SplittableRandom(1))).hasMessageContaining("not 12.0 %");
    }
}
