package io.campaignlab.engine.campaigns.pricing;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.simulate.SimulatedDiscountTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, dynamic discount: on the simulator's randomized discount test (50 000 users), per-arm purchase models
 * learned on 60 % of the users (penalties chosen on 20 %) choose each held-out user's discount; valued with the
 * planted P(buy | d) on the held-out 20 %, that policy reaches at least 80 % of the expected margin of the oracle
 * (the same allocation on the planted probabilities, under the same constraints) and beats every single discount
 * for everyone that meets the same cap. The minimum margin holds for every decision, the average cap for the
 * audience. Seed 11 is the one the planted model and the test were developed on; seed 12 was not looked at before
 * the test was written.
 */
class DynamicDiscountAcceptanceTest {

    private static final int USERS = 50_000;
    private static final PricingConstraints CONSTRAINTS = new PricingConstraints(5.00, 0.06);
    private static final long SPLIT_SEED = 7;

    /** One seed's figures, each the sum over held-out users of P_true(buy | chosen d) × margin(d). */
    record Outcome(long seed, double learned, double oracle, double bestSingle, int bestSingleLevelPct,
                   double learnedMeanDiscount, double oracleMeanDiscount, double leastMargin) {

        double ratio() {
            return learned / oracle;
        }

        /** The share of the oracle's gain over the best single discount that the learned policy captures. */
        double gainCaptured() {
            return (learned - bestSingle) / (oracle - bestSingle);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "seed %d: learned %.0f, oracle %.0f, ratio %.3f; best single %d%% %.0f"
                            + " (gain over it captured %.2f); mean discount learned %.4f, oracle %.4f;"
                            + " least margin %.2f", seed, learned, oracle, ratio(), bestSingleLevelPct, bestSingle,
                    gainCaptured(), learnedMeanDiscount, oracleMeanDiscount, leastMargin);
        }
    }

    @Test
    void theLearnedPolicyReachesEightyPercentOfTheOracleOnTheDevelopmentSeed() {
        assertAccepted(evaluate(11));
    }

    @Test
    void andOnASecondSeed() {
        assertAccepted(evaluate(12));
    }

    @Test
    @Tag("slow")
    void andOnTenMoreSeeds() {
        for (long seed = 101; seed <= 110; seed++) {
            assertAccepted(evaluate(seed));
        }
    }

    private static void assertAccepted(Outcome o) {
        System.out.println("dynamic discount " + o);
        assertThat(o.ratio()).as(o.toString()).isGreaterThanOrEqualTo(0.8);
        assertThat(o.learned()).as(o.toString()).isGreaterThan(o.bestSingle());
        // stricter than the issue asks: the 0 % baseline alone is near 90 % of the oracle here, so also ask for at
        // least half of the oracle's gain over the best single discount
        assertThat(o.gainCaptured()).as(o.toString()).isGreaterThanOrEqualTo(0.5);
        assertThat(o.leastMargin()).as(o.toString()).isGreaterThanOrEqualTo(CONSTRAINTS.minMarginPerOrder());
        assertThat(o.learnedMeanDiscount()).isLessThanOrEqualTo(CONSTRAINTS.maxAverageDiscount());
        assertThat(o.oracleMeanDiscount()).isLessThanOrEqualTo(CONSTRAINTS.maxAverageDiscount());
    }

    static Outcome evaluate(long seed) {
        SimulatedDiscountTest sim = SimulatedDiscountTest.draw(USERS, seed);
        DynamicDiscount learned = DynamicDiscount.learn(sim.frame(), DiscountTestSpec.simulated(SPLIT_SEED));
        int[] heldOut = learned.split().test();
        Frame audience = sim.frame().select(heldOut);
        double[][] truth = new double[heldOut.length][];
        double[] price = new double[heldOut.length];
        double[] cost = new double[heldOut.length];
        for (int i = 0; i < heldOut.length; i++) {
            truth[i] = sim.truePBuy()[heldOut[i]];
            price[i] = sim.listPrice()[heldOut[i]];
            cost[i] = sim.unitCost()[heldOut[i]];
        }
        PricedAudience priced = new PricedAudience(price, cost);
        DiscountMenu menu = learned.spec().menu();
        DiscountAllocation policy = learned.decide(audience, priced, CONSTRAINTS);
        DiscountAllocation oracle = DiscountAllocator.allocate(truth, priced, menu, CONSTRAINTS);
        double bestSingle = Double.NEGATIVE_INFINITY;
        int bestLevel = -1;
        for (int k = 0; k < menu.size(); k++) {
            DiscountAllocation single = DiscountAllocator.single(k, priced, menu, CONSTRAINTS);
            double value = single.expectedMargin(truth, priced, menu);
            if (single.meanDiscount() <= CONSTRAINTS.maxAverageDiscount() && value > bestSingle) {
                bestSingle = value;
                bestLevel = menu.levelsPct().get(k);
            }
        }
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < heldOut.length; i++) {
            if (policy.levels()[i] != DiscountAllocation.NO_OFFER) {
                least = Math.min(least, priced.margin(i, policy.discount(i, menu)));
            }
        }
        return new Outcome(seed, policy.expectedMargin(truth, priced, menu), oracle.expectedMargin(truth, priced, menu),
                bestSingle, bestLevel, policy.meanDiscount(), oracle.meanDiscount(), least);
    }
}
