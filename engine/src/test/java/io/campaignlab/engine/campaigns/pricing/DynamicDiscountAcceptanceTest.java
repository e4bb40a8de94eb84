package io.campaignlab.engine.campaigns.pricing;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.simulate.SimulatedDiscountTest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

class DynamicDiscountAcceptanceTest {

    @Test
    void explore() {
        for (long seed : new long[]{11, 12}) {
            long t0 = System.nanoTime();
            SimulatedDiscountTest sim = SimulatedDiscountTest.draw(50_000, seed);
            long t1 = System.nanoTime();
            DynamicDiscount learned = DynamicDiscount.learn(sim.frame(), DiscountTestSpec.simulated(7));
            long t2 = System.nanoTime();
            int[] test = learned.split().test();
            Frame audience = sim.frame().select(test);
            double[][] truth = new double[test.length][];
            double[] price = new double[test.length];
            double[] cost = new double[test.length];
            for (int i = 0; i < test.length; i++) {
                truth[i] = sim.truePBuy()[test[i]];
                price[i] = sim.listPrice()[test[i]];
                cost[i] = sim.unitCost()[test[i]];
            }
            PricedAudience priced = new PricedAudience(price, cost);
            DiscountMenu menu = DiscountMenu.standard();
            System.out.printf("seed %d: sim %.2fs learn %.2fs penalties %s loss %s%n", seed, (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, Arrays.toString(learned.models().penalties()),
                    Arrays.toString(learned.models().validationLoss()));
            for (double cap : new double[]{1.0, 0.10, 0.07, 0.04}) {
                PricingConstraints c = new PricingConstraints(5.0, cap);
                DiscountAllocation policy = learned.decide(audience, priced, c);
                DiscountAllocation oracle = DiscountAllocator.allocate(truth, priced, menu, c);
                double best = Double.NEGATIVE_INFINITY;
                int bestK = -1;
                StringBuilder singles = new StringBuilder();
                for (int k = 0; k < menu.size(); k++) {
                    DiscountAllocation s = DiscountAllocator.single(k, priced, menu, c);
                    double v = s.expectedMargin(truth, priced, menu);
                    singles.append(String.format(" %d%%:%.0f(mean %.3f)", menu.levelsPct().get(k), v, s.meanDiscount()));
                    if (s.meanDiscount() <= cap && v > best) {
                        best = v;
                        bestK = k;
                    }
                }
                double lv = policy.expectedMargin(truth, priced, menu);
                double ov = oracle.expectedMargin(truth, priced, menu);
                System.out.printf("  cap %.2f: learned %.0f (mean d %.4f, least margin %.2f) oracle %.0f (mean d %.4f)"
                                + " ratio %.3f best single %d%% %.0f;%s%n", cap, lv, policy.meanDiscount(),
                        policy.leastMargin(priced, menu), ov, oracle.meanDiscount(), lv / ov,
                        menu.levelsPct().get(bestK), best, singles);
            }
        }
    }
}
