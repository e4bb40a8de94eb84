package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.campaigns.policy.HoldoutAssigner;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.campaignlab.engine.campaigns.decide.DecisionEngineTest.CLOCK;
import static io.campaignlab.engine.campaigns.decide.DecisionEngineTest.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * A dynamic discount served per request: every decision is checked against a brute force written here, the best
 * P(buy | d) × (price × (1 − d) − cost) over the levels whose margin is at least the minimum and that keep the
 * running mean granted discount within the cap.
 */
class DynamicDiscountServeTest {

    static final List<Integer> MENU = List.of(0, 5, 10, 15, 20);
    static final double MIN_MARGIN = 3;
    static final int USERS = 600;

    /** Users whose P(buy) rises with the discount at their own rate; prices 20 to 60, costs 40 to 70 % of price. */
    record World(Map<String, double[]> p, Map<String, double[]> item) {

        static World draw(long seed) {
            Random r = new Random(seed);
            Map<String, double[]> p = new HashMap<>();
            Map<String, double[]> item = new HashMap<>();
            for (int i = 0; i < USERS; i++) {
                double base = 0.05 + 0.2 * r.nextDouble();
                double slope = 0.12 * r.nextDouble() * r.nextDouble();
                double[] levels = new double[MENU.size()];
                for (int k = 0; k < levels.length; k++) {
                    levels[k] = Math.min(1, base + slope * k * (1 + r.nextDouble()));
                }
                p.put("u" + i, levels);
                double price = 20 + 40 * r.nextDouble();
                item.put("u" + i, new double[]{price, price * (0.4 + 0.3 * r.nextDouble())});
            }
            return new World(p, item);
        }

        Map<String, Object> context(String user) {
            return Map.of("price", item.get(user)[0], "unit_cost", item.get(user)[1]);
        }
    }

    static DecisionEngine engine(World world, Double capPct) {
        Offer dynamic = new Offer("dyn", Offer.Kind.DYNAMIC_DISCOUNT, null, null, null, null, null,
                MENU.stream().map(Integer::doubleValue).toList(), MIN_MARGIN, capPct, List.of(1L, 2L, 3L, 4L, 5L),
                null, null);
        Campaign c = new Campaign("pricing", Objective.MARGIN, Audience.ofSegment(1), List.of(dynamic),
                new Policy(Policy.Kind.GREEDY, null), Constraints.none());
        CampaignVersion v = new CampaignVersion(1, "pricing", 1, c, "{}", Instant.parse("2026-12-01T00:00:00Z"), null);
        DecisionEngine engine = new DecisionEngine(new HoldoutAssigner(KEY), CLOCK, DecisionLog.none(), 42);
        engine.load(v, ServingAudience.everyone(), Map.of("dyn", new DiscountResponses(List.of(1L, 2L, 3L, 4L, 5L),
                world.p())));
        return engine;
    }

    /** The brute force: the best allowed level's index, or -1. */
    static int best(double[] p, double price, double cost, long sumPct, long granted, double capPct) {
        int best = -1;
        double value = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < MENU.size(); k++) {
            double margin = price * (1 - MENU.get(k) / 100.0) - cost;
            boolean fits = sumPct + MENU.get(k) <= capPct * (granted + 1) + 1e-9;
            if (margin >= MIN_MARGIN && fits && p[k] * margin > value) {
                value = p[k] * margin;
                best = k;
            }
        }
        return best;
    }

    @Test
    void everyDecisionIsTheBestLevelWithinTheMinimumMarginAndTheRunningCap() {
        World world = World.draw(5);
        DecisionEngine engine = engine(world, 8.0);
        long sum = 0;
        long granted = 0;
        int capped = 0;
        int[] levels = new int[MENU.size()];
        for (int i = 0; i < USERS; i++) {
            String u = "u" + i;
            double[] item = world.item().get(u);
            Decision d = engine.decide(new DecisionRequest(u, world.context(u), null));
            int k = best(world.p().get(u), item[0], item[1], sum, granted, 8.0);
            int free = best(world.p().get(u), item[0], item[1], 0, 0, 100.0);
            if (k < 0) {
                assertThat(d.offer()).as(u).isNull();
                continue;
            }
            assertThat(d.offer()).as(u).isEqualTo("dyn");
            assertThat(d.discount()).as(u).isEqualTo(MENU.get(k).doubleValue());
            assertThat(d.discountUnit()).isEqualTo("percent");
            DecisionTrace.Pricing pricing = d.trace().pricing();
            double margin = item[0] * (1 - MENU.get(k) / 100.0) - item[1];
            assertThat(pricing.margin()).isCloseTo(margin, offset(1e-9)).isGreaterThanOrEqualTo(MIN_MARGIN);
            assertThat(pricing.expectedMargin()).isCloseTo(world.p().get(u)[k] * margin, offset(1e-9));
            assertThat(pricing.cappedFromPct()).isEqualTo(k == free ? null : MENU.get(free));
            capped += k == free ? 0 : 1;
            sum += MENU.get(k);
            granted++;
            levels[k]++;
            assertThat((double) sum / granted).as("running mean after " + u).isLessThanOrEqualTo(8.0 + 1e-9);
        }
        System.out.printf("dynamic discount at serve: %d of %d users priced, levels %s granted %s, mean %.3f %%,"
                + " %d lowered by the cap%n", granted, USERS, MENU, java.util.Arrays.toString(levels),
                (double) sum / granted, capped);
        assertThat(capped).as("the cap binds in this world").isPositive();
        assertThat(granted).isGreaterThan(USERS / 2);
    }

    @Test
    void eightThreadsKeepTheRunningCapAndTheMinimumMargin() throws Exception {
        World world = World.draw(9);
        DecisionEngine engine = engine(world, 6.0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<Decision>>> runs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int from = t * USERS / 8;
            runs.add(pool.submit(() -> {
                List<Decision> out = new ArrayList<>();
                for (int i = from; i < from + USERS / 8; i++) {
                    out.add(engine.decide(new DecisionRequest("u" + i, world.context("u" + i), null)));
                }
                return out;
            }));
        }
        long sum = 0;
        long granted = 0;
        for (Future<List<Decision>> run : runs) {
            for (Decision d : run.get()) {
                if (d.offer() != null) {
                    double[] item = world.item().get(d.userId());
                    assertThat(item[0] * (1 - d.discount() / 100) - item[1]).isGreaterThanOrEqualTo(MIN_MARGIN);
                    sum += d.discount().longValue();
                    granted++;
                }
            }
        }
        pool.shutdown();
        assertThat((double) sum / granted).isLessThanOrEqualTo(6.0);
    }

    @Test
    void aUserWithoutScoresOrARequestWithoutPricesIsNotOfferedTheDiscount() {
        World world = World.draw(3);
        DecisionEngine engine = engine(world, null);
        Decision stranger = engine.decide(new DecisionRequest("nobody", world.context("u1"), null));
        assertThat(stranger.offer()).isNull();
        assertThat(stranger.trace().fallback()).isEqualTo("no_eligible_offer");
        assertThat(stranger.trace().rules()).anySatisfy(r -> assertThat(r.note())
                .startsWith("no response scores for this user in runs [1, 2, 3, 4, 5]"));
        Decision noPrice = engine.decide(new DecisionRequest("u1", Map.of("price", 30), null));
        assertThat(noPrice.offer()).isNull();
        assertThat(noPrice.trace().rules()).anySatisfy(r -> assertThat(r.note())
                .contains("needs the item's price and unit_cost"));
    }
}
