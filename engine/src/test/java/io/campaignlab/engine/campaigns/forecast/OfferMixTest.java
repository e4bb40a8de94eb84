package io.campaignlab.engine.campaigns.forecast;

import io.campaignlab.engine.campaigns.CostModel;
import io.campaignlab.engine.campaigns.Offer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Two coupons served as the policy would: hand-worked figures for three users. User 0 is eligible for both (greedy on
 * equal prior means: 1/2 each), user 1 for coupon_10 only, user 2 for coupon_20 only. Holdout 0.1, coupon_10 free,
 * coupon_20 at 0.10 a grant, budget 0.05: the paid grants would spend (0.5 + 1) × 0.9 × 10 = 13.5 cents, so the
 * budget lets 5 / 13.5 of them through.
 */
class OfferMixTest {

    static Offer coupon(String name, double percent, double grant) {
        return new Offer(name, Offer.Kind.COUPON, null, null, null, null, percent, null, null, null, null,
                new CostModel(grant, null, null), List.of());
    }

    @Test
    void servedProbabilitiesAndTotalsAddUpPerOffer() {
        Offer c10 = coupon("coupon_10", 10, 0);
        Offer c20 = coupon("coupon_20", 20, 0.10);
        OfferMix mix = new OfferMix(List.of(c10, c20), new double[][]{{0.5, 1, 0}, {0.5, 0, 1}});
        assertThat(mix.eligibleShares()).containsExactly(new double[]{0.5, 0.5}, within(1e-12));
        double[] f = mix.servedFactors(0.1, 0.05, 3);
        assertThat(f[0]).isCloseTo(0.9, within(1e-12));
        assertThat(f[1]).isCloseTo(0.9 * 5 / 13.5, within(1e-12));

        PricedOffer p10 = new PricedOffer(c10, 1, new double[]{0.02, 0.04, 0.06}, List.of(), 0.1, 50, 0.4);
        PricedOffer p20 = new PricedOffer(c20, 2, new double[]{0.05, 0.07, 0.09}, List.of(), 0.1, 50, 0.4);
        AudienceInputs a = p10.inputs(p10.uplift(), mix.served(0, f[0]));
        AudienceInputs b = p20.inputs(p20.uplift(), mix.served(1, f[1]));
        AudienceInputs total = PricedOffer.sum(List.of(a, b));
        double w20 = f[1];
        // conversions: 0.9 × (0.5 × 0.02 + 0.04) + w20 × (0.5 × 0.05 + 0.09)
        double conversions = 0.9 * (0.5 * 0.02 + 0.04) + w20 * (0.5 * 0.05 + 0.09);
        CampaignForecast t = Forecaster.forecast(total, 50, 1);
        assertThat(t.incrementalConversions().estimate()).isCloseTo(conversions, within(1e-12));
        // cost: coupon_10 redeems 5.00 on P = 0.1 + uplift; coupon_20 costs 0.10 a grant and redeems 10.00
        double cost = 0.9 * (0.5 * 0.12 + 0.14) * 5 + w20 * 1.5 * 0.10 + w20 * (0.5 * 0.15 + 0.19) * 10;
        assertThat(t.cost().estimate()).isCloseTo(cost, within(1e-9));
        double parts = Forecaster.forecast(a, 50, 1).incrementalConversions().estimate()
                + Forecaster.forecast(b, 50, 1).incrementalConversions().estimate();
        assertThat(parts).isCloseTo(conversions, within(1e-12));
        // the budget's spend: every served grant of coupon_20 at 10 cents = the budget, 5 cents
        double spend = 0;
        for (int i = 0; i < 3; i++) {
            spend += total.budgetSpend(i);
        }
        assertThat(spend).isCloseTo(0.05, within(1e-12));
    }

    /**
     * Three offers, four users: a dynamic discount the engine cannot price for users 1 and 3. User 1 (eligible for all
     * three, 1/3 each) gives its share to the two others (1/2 each); user 3 (the discount only) gets no offer; users 0
     * and 2 keep theirs.
     */
    @Test
    void anOfferTheEngineCannotPriceForAUserGivesItsShareToTheOthers() {
        Offer dyn = Offer.dynamicDiscount("dyn", List.of(0.0, 10.0), 2.0, null);
        OfferMix mix = new OfferMix(List.of(coupon("a", 10, 0), coupon("b", 20, 0), dyn), new double[][]{
                {0.5, 1 / 3.0, 1, 0}, {0, 1 / 3.0, 0, 0}, {0.5, 1 / 3.0, 0, 1}});
        OfferMix r = mix.restricted(2, new boolean[]{true, false, true, false});
        assertThat(r.chosen()[0]).containsExactly(new double[]{0.5, 0.5, 1, 0}, within(1e-12));
        assertThat(r.chosen()[1]).containsExactly(new double[]{0, 0.5, 0, 0}, within(1e-12));
        assertThat(r.chosen()[2]).containsExactly(new double[]{0.5, 0, 0, 0}, within(1e-12));
    }
}
