package io.campaignlab.engine.campaigns.forecast;

import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.pricing.DiscountAllocation;
import io.campaignlab.engine.campaigns.pricing.DiscountMenu;
import io.campaignlab.engine.campaigns.pricing.DiscountTestSpec;
import io.campaignlab.engine.campaigns.pricing.DynamicDiscount;
import io.campaignlab.engine.simulate.SimulatedDiscountTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forecast of a dynamic discount against the simulator's planted per-user response: per-arm purchase models
 * learned on the randomized discount test (as {@code DynamicDiscountAcceptanceTest} learns them) price the held-out
 * users with the decision engine's chooser (minimum margin 5.00, average cap 6 %, 10 % holdout), and the forecast's
 * incremental conversions, revenue, margin and cost (the models' figures corrected, doubly robust, by the held-out
 * users' randomized outcomes) have 95% intervals that cover the same levels valued with the planted P(buy | d),
 * worked out here from the planted columns alone. The models' figures alone lean high (they value each user's level
 * with the scores that chose it; seed 11: 616 conversions against 521 planted), which the correction removes.
 * Seed 11 in the normal suite (about 7 s), seeds 12 to 16 in the slow check.
 */
class DynamicDiscountForecastTest {

    private static final int USERS = 50_000;
    private static final double HOLDOUT = 0.1;

    @Test
    void theForecastOfTheChosenLevelsIsWithinAQuarterOfThePlantedEffect() {
        check(11);
    }

    @Test
    @Tag("slow")
    void andOnFiveMoreSeeds() {
        for (long seed = 12; seed <= 16; seed++) {
            check(seed);
        }
    }

    private static void check(long seed) {
        SimulatedDiscountTest sim = SimulatedDiscountTest.draw(USERS, seed);
        DynamicDiscount learned = DynamicDiscount.learn(sim.frame(), DiscountTestSpec.simulated(7));
        int[] held = learned.split().test();
        double[][] estimated = learned.purchaseProbabilities(sim.frame().select(held));
        int n = held.length;
        double[][] truth = new double[n][];
        double[] price = new double[n];
        double[] cost = new double[n];
        for (int i = 0; i < n; i++) {
            truth[i] = sim.truePBuy()[held[i]];
            price[i] = sim.listPrice()[held[i]];
            cost[i] = sim.unitCost()[held[i]];
        }
        Offer offer = Offer.dynamicDiscount("dyn", List.of(0.0, 5.0, 10.0, 15.0, 20.0), 5.0, 6.0);
        double[] discount = sim.frame().numbers("discount_pct");
        double[] bought = sim.frame().numbers("converted");
        double[] propensity = new double[5];
        for (double d : discount) {
            propensity[SimulatedDiscountTest.LEVELS_PCT.indexOf((int) d)] += 1.0 / discount.length;
        }
        int[] arm = new int[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            arm[i] = SimulatedDiscountTest.LEVELS_PCT.indexOf((int) discount[held[i]]);
            y[i] = bought[held[i]];
        }
        PricedDiscount priced = new PricedDiscount(offer, List.of(1L, 2L, 3L, 4L, 5L),
                DiscountMenu.standard(), estimated, price, cost, new PricedDiscount.RandomizedTest(arm, y, propensity));
        boolean[] priceable = priced.priceable();
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] = priceable[i] ? 1 - HOLDOUT : 0;
        }
        PricedDiscount.Levels chosen = priced.choose(weight, 3);
        int[] levels = chosen.levels();
        AudienceInputs inputs = priced.inputs(levels, weight);
        CampaignForecast modelOnly = Forecaster.forecast(inputs, List.of(), 2_000, 5);
        CampaignForecast f = Forecaster.forecast(inputs, List.of(), priced.corrections(levels, weight), 2_000, 5);

        double conversions = 0;
        double revenue = 0;
        double margin = 0;
        double discountCost = 0;
        double discountSum = 0;
        double served = 0;
        for (int i = 0; i < n; i++) {
            int k = levels[i];
            if (k == DiscountAllocation.NO_OFFER) {
                continue;
            }
            double d = DiscountMenu.standard().fraction(k);
            assertThat(price[i] * (1 - d) - cost[i]).as("margin of user %d at %.0f %%", i, 100 * d)
                    .isGreaterThanOrEqualTo(5.0);
            double uplift = truth[i][k] - truth[i][0];
            conversions += weight[i] * uplift;
            revenue += weight[i] * uplift * price[i];
            margin += weight[i] * uplift * (price[i] - cost[i]);
            discountCost += weight[i] * truth[i][k] * price[i] * d;
            discountSum += weight[i] * 100 * d;
            served += weight[i];
        }
        System.out.printf(Locale.ROOT, "seed %d: dynamic discount forecast on %d held-out users: incremental conversions %.1f"
                        + " [%.1f, %.1f], planted %.1f; margin %.0f [%.0f, %.0f], planted %.0f; cost %.0f [%.0f, %.0f],"
                        + " planted %.0f; mean discount %.2f %%; response runs alone: conversions %.1f, margin %.0f,"
                        + " cost %.0f%n", seed, n, f.incrementalConversions().estimate(),
                f.incrementalConversions().ciLow(), f.incrementalConversions().ciHigh(), conversions,
                f.incrementalMargin().estimate(), f.incrementalMargin().ciLow(), f.incrementalMargin().ciHigh(),
                margin, f.cost().estimate(), f.cost().ciLow(), f.cost().ciHigh(), discountCost,
                chosen.meanDiscountPct(), modelOnly.incrementalConversions().estimate(),
                modelOnly.incrementalMargin().estimate(), modelOnly.cost().estimate());
        assertThat(chosen.meanDiscountPct()).isLessThanOrEqualTo(6.0 + 1e-9).isCloseTo(discountSum / served,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Arrays.stream(levels).filter(k -> k > 0).count()).as("users given a discount").isPositive();
        assertThat(conversions).isPositive();
        assertThat(f.incrementalConversions().ciLow()).isLessThanOrEqualTo(conversions);
        assertThat(f.incrementalConversions().ciHigh()).isGreaterThanOrEqualTo(conversions);
        assertThat(f.incrementalRevenue().ciLow()).isLessThanOrEqualTo(revenue);
        assertThat(f.incrementalRevenue().ciHigh()).isGreaterThanOrEqualTo(revenue);
        assertThat(f.incrementalMargin().ciLow()).isLessThanOrEqualTo(margin);
        assertThat(f.incrementalMargin().ciHigh()).isGreaterThanOrEqualTo(margin);
        assertThat(f.cost().ciLow()).isLessThanOrEqualTo(discountCost);
        assertThat(f.cost().ciHigh()).isGreaterThanOrEqualTo(discountCost);
    }
}
