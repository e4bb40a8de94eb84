package io.campaignlab.engine.features;

import io.campaignlab.engine.features.BehaviourAggregates.BehaviourColumns;
import io.campaignlab.engine.features.BehaviourAggregates.EventLog;
import io.campaignlab.engine.features.BehaviourAggregates.ExampleLog;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Behavioural aggregates against a hand-worked fixture, against a brute-force O(examples × events) reading of the
 * definitions written here, and the leakage tests: nothing at or after an example's time may change its features.
 */
class BehaviourAggregatesTest {

    private static final long H = 3_600_000L;
    private static final double W = BehaviourAggregates.PRIOR_WEIGHT;
    private static final int IMPRESSIONS = 0;
    private static final int USER_CTR = 1;
    private static final int VIEWS = 2;
    private static final int PURCHASES = 3;
    private static final int RECENCY = 4;
    private static final int SHARE = 5;
    private static final int POPULARITY = 6;
    private static final int ITEM_CTR = 7;

    @Test
    void numericColumnsFollowTheDeclaredOrder() {
        assertThat(BehaviourAggregates.NUMERIC).containsExactly("bh_user_impressions", "bh_user_ctr",
                "bh_user_views", "bh_user_purchases", "bh_user_recency_h", "bh_user_category_share",
                "bh_item_popularity", "bh_item_ctr");
        assertThat(BehaviourAggregates.isAggregate(BehaviourAggregates.LAST_CATEGORIES)).isTrue();
        assertThat(BehaviourAggregates.isAggregate("price")).isFalse();
    }

    /*
     * Hand-worked fixture (times in hours, W = 20 pseudo-examples, lastN = 2). Rows are deliberately not in time order.
     *
     * events                                         examples (row: name user item category time click)
     *   e0 u1 i10 view       shoes  1h                 0: x2 u1 i10 shoes 4h 1
     *   e1 u1 i11 VIEW       bags   2h                 1: x0 u1 i10 shoes 0h 1
     *   e2 u2 i10 purchase   shoes  2h                 2: x5 u3 i12 toys  7h 1
     *   e3 u1 i10 " Purchase " shoes 4h               3: x3 u2 i10 shoes 4h 1
     *   e4 u2 i12 cart       null   5h                 4: x1 u2 i10 shoes 3h 0
     *   e5 u1 i12 click      hats   6h                 5: x6 u2 i12 hats  7h 0
     *                                                  6: x4 u1 i11 bags  7h 0
     *
     * x0 @0h: nothing earlier. g = 0 (no earlier example) -> ctr 0/20 = 0; K = 1 (shoes unseen) -> share 1/1;
     *         recency NaN; last null.
     * x1 @3h: sees e0 e1 e2 and x0 (click). g = 1/1 -> prior 20. u2: imps 0, ctr 20/20 = 1, views 0, purchases 1,
     *         recency 3-2 = 1h, shoes 1 of 1 categorised, K = 2 (shoes, bags) -> (1+1)/(1+2) = 2/3;
     *         i10: 2 events (e0 e2), ctr (1+20)/(1+20) = 1; last "shoes".
     * x2 @4h: sees x0 x1, not e3 (at 4h) nor x3. g = 1/2 -> prior 10. u1: imps 1, ctr (1+10)/(1+20) = 11/21,
     *         views 2, purchases 0, recency 4-2 = 2h, shoes 1 of 2, K = 2 -> 2/4; i10: 2 events, ctr (1+10)/(2+20);
     *         last "shoes|bags".
     * x3 @4h: same time as x2, so x2's click is unseen. u2: imps 1, ctr (0+10)/(1+20) = 10/21, views 0,
     *         purchases 1, recency 2h, share 2/3; i10 as for x2: 2 events, ctr 11/22; last "shoes".
     * t = 7h: sees e3 e4 e5 and x0..x3 (clicks 1,0,1,1). g = 3/4 -> prior 15. Categories seen: shoes, bags, hats.
     * x4: u1 imps 2, clicks 2 -> (2+15)/(2+20) = 17/22; views 2; purchases 1 (e3); recency 7-6 = 1h;
     *     categorised e0 e1 e3 e5 = 4, bags 1, K = 3 -> 2/7; i11: 1 event, ctr 15/20; last 2 of
     *     shoes,bags,shoes,hats -> "shoes|hats".
     * x5: u3 nothing -> imps 0, ctr 15/20, views 0, purchases 0, recency NaN; toys unseen -> K = 4 -> 1/4;
     *     i12: 2 events (e4 e5), ctr 15/20; last null.
     * x6: u2 imps 2, clicks 1 -> (1+15)/(2+20) = 16/22; views 0; purchases 1; recency 7-5 = 2h;
     *     categorised only e2 (e4 has none) = 1, hats 0, K = 3 -> 1/4; i12: 2 events, ctr 15/20; last "shoes".
     */
    @Test
    void handWorkedFixture() {
        ExampleLog examples = new ExampleLog(
                new long[] {1, 1, 3, 2, 2, 2, 1},
                new long[] {10, 10, 12, 10, 10, 12, 11},
                new String[] {"shoes", "shoes", "toys", "shoes", "shoes", "hats", "bags"},
                new long[] {4 * H, 0, 7 * H, 4 * H, 3 * H, 7 * H, 7 * H},
                new double[] {1, 1, 1, 1, 0, 0, 0});
        EventLog events = new EventLog(
                new long[] {1, 1, 2, 1, 2, 1},
                new long[] {10, 11, 10, 10, 12, 12},
                new String[] {"view", "VIEW", "purchase", " Purchase ", "cart", "click"},
                new String[] {"shoes", "bags", "shoes", "shoes", null, "hats"},
                new long[] {1 * H, 2 * H, 2 * H, 4 * H, 5 * H, 6 * H});

        BehaviourColumns result = BehaviourAggregates.compute(examples, events, 2, new CancellationToken());

        double nan = Double.NaN;
        // impressions, user ctr, views, purchases, recency h, category share, item popularity, item ctr
        double[][] expected = {
                {1, 11.0 / 21, 2, 0, 2, 2.0 / 4, 2, 11.0 / 22},   // x2
                {0, 0, 0, 0, nan, 1, 0, 0},                        // x0
                {0, 15.0 / 20, 0, 0, nan, 1.0 / 4, 2, 15.0 / 20}, // x5
                {1, 10.0 / 21, 0, 1, 2, 2.0 / 3, 2, 11.0 / 22},   // x3
                {0, 1, 0, 1, 1, 2.0 / 3, 2, 1},                    // x1
                {2, 16.0 / 22, 0, 1, 2, 1.0 / 4, 2, 15.0 / 20},   // x6
                {2, 17.0 / 22, 2, 1, 1, 2.0 / 7, 1, 15.0 / 20},   // x4
        };
        String[] expectedLast = {"shoes|bags", null, null, "shoes", "shoes", "shoes", "shoes|hats"};
        assertThat(result.numeric()).hasSize(BehaviourAggregates.NUMERIC.size());
        for (int row = 0; row < expected.length; row++) {
            for (int f = 0; f < expected[row].length; f++) {
                double actual = result.numeric().get(f)[row];
                String what = "row " + row + " " + BehaviourAggregates.NUMERIC.get(f);
                if (Double.isNaN(expected[row][f])) {
                    assertThat(actual).as(what).isNaN();
                } else {
                    assertThat(actual).as(what).isCloseTo(expected[row][f], within(1e-12));
                }
            }
        }
        assertThat(result.lastCategories()).containsExactly(expectedLast);
    }

    @Test
    void examplesAtTheSameTimestampDoNotSeeEachOthersLabels() {
        // five impressions of the same user and item at 10h, after two earlier ones at 1h (clicks 1 and 0)
        long[] users = {7, 7, 7, 7, 7, 7, 7};
        long[] items = {3, 3, 3, 3, 3, 3, 3};
        String[] categories = {"a", "a", "a", "a", "a", "a", "a"};
        long[] times = {H, H, 10 * H, 10 * H, 10 * H, 10 * H, 10 * H};
        EventLog noEvents = new EventLog(new long[0], new long[0], new String[0], new String[0], new long[0]);
        double[][] labelings = {{1, 0, 1, 1, 1, 1, 1}, {1, 0, 0, 0, 0, 0, 0}, {1, 0, 1, 0, 1, 0, 1}};
        for (double[] clicks : labelings) {
            BehaviourColumns result = BehaviourAggregates.compute(
                    new ExampleLog(users, items, categories, times, clicks), noEvents, 3, null);
            for (int row = 2; row < 7; row++) {
                // two earlier impressions, one click; global rate 1/2 -> (1 + 20 * 0.5) / (2 + 20) = 11/22
                assertThat(result.numeric().get(IMPRESSIONS)[row]).isEqualTo(2.0);
                assertThat(result.numeric().get(USER_CTR)[row]).isCloseTo(11.0 / 22, within(1e-12));
                assertThat(result.numeric().get(ITEM_CTR)[row]).isCloseTo(11.0 / 22, within(1e-12));
            }
            for (int row = 0; row < 2; row++) {
                assertThat(result.numeric().get(IMPRESSIONS)[row]).isEqualTo(0.0);
                assertThat(result.numeric().get(USER_CTR)[row]).isEqualTo(0.0);
            }
        }
    }

    @Test
    void eventsAtExactlyTheExampleTimeAreNotCounted() {
        ExampleLog examples = new ExampleLog(new long[] {1, 1}, new long[] {5, 5}, new String[] {"c", "c"},
                new long[] {2 * H, 2 * H + 1}, null);
        EventLog events = new EventLog(new long[] {1}, new long[] {5}, new String[] {"view"}, new String[] {"c"},
                new long[] {2 * H});
        BehaviourColumns result = BehaviourAggregates.compute(examples, events, 1, null);
        assertThat(result.numeric().get(VIEWS)).containsExactly(0, 1);
        assertThat(result.numeric().get(POPULARITY)).containsExactly(0, 1);
        assertThat(result.numeric().get(RECENCY)[0]).isNaN();
        assertThat(result.numeric().get(RECENCY)[1]).isEqualTo(1.0 / H);
        assertThat(result.lastCategories()).containsExactly(null, "c");
    }

    @Test
    void withoutClicksTheRatesAreThePriorOfZero() {
        ExampleLog examples = new ExampleLog(new long[] {1, 1, 2}, new long[] {5, 5, 5}, new String[] {"c", "c", "c"},
                new long[] {H, 2 * H, 3 * H}, null);
        EventLog events = new EventLog(new long[0], new long[0], new String[0], new String[0], new long[0]);
        BehaviourColumns result = BehaviourAggregates.compute(examples, events, 1, null);
        assertThat(result.numeric().get(USER_CTR)).containsExactly(0, 0, 0);
        assertThat(result.numeric().get(ITEM_CTR)).containsExactly(0, 0, 0);
        assertThat(result.numeric().get(IMPRESSIONS)).containsExactly(0, 1, 0);
    }

    @Test
    void unlabelledExamplesCountAsImpressionsButNotInRates() {
        // user 1, item 5: x0 @1h click 1, x1 @2h label NaN, x2 @3h click 0; user 2, item 6: x3 @4h click 0
        // x0: nothing earlier -> 0. x1: g = 1/1, user and item 1 of 1 -> (1 + 20) / (1 + 20) = 1.
        // x2: x1's NaN is ignored, so still g = 1/1 and 1 of 1 -> 1 (but 2 impressions).
        // x3: g = 1/2 (x0, x2), nothing for user 2 or item 6 -> (0 + 10) / (0 + 20) = 0.5.
        ExampleLog examples = new ExampleLog(new long[] {1, 1, 1, 2}, new long[] {5, 5, 5, 6},
                new String[] {"c", "c", "c", "c"}, new long[] {H, 2 * H, 3 * H, 4 * H},
                new double[] {1, Double.NaN, 0, 0});
        EventLog events = new EventLog(new long[0], new long[0], new String[0], new String[0], new long[0]);
        BehaviourColumns result = BehaviourAggregates.compute(examples, events, 1, null);
        assertThat(result.numeric().get(IMPRESSIONS)).containsExactly(0, 1, 2, 0);
        assertThat(result.numeric().get(USER_CTR)).containsExactly(0, 1, 1, 0.5);
        assertThat(result.numeric().get(ITEM_CTR)).containsExactly(0, 1, 1, 0.5);
    }

    @Test
    void lastCategoriesKeepTheLastNCategorisedEventsOldestFirst() {
        // u1 events: a@1 b@2 (null)@3 c@4 a@5 d@6; example at 5h sees a b c -> last 3 "a|b|c";
        // example at 7h sees a b c a d -> "c|a|d"; example at 0 sees nothing
        EventLog events = new EventLog(new long[] {1, 1, 1, 1, 1, 1}, new long[] {1, 2, 3, 4, 5, 6},
                new String[] {"view", "view", "view", "view", "view", "view"},
                new String[] {"d", "a", "b", null, "c", "a"}, new long[] {6 * H, H, 2 * H, 3 * H, 4 * H, 5 * H});
        ExampleLog examples = new ExampleLog(new long[] {1, 1, 1, 2}, new long[] {9, 9, 9, 9},
                new String[] {"a", "a", "a", "a"}, new long[] {5 * H, 7 * H, 0, 7 * H}, null);
        BehaviourColumns result = BehaviourAggregates.compute(examples, events, 3, null);
        assertThat(result.lastCategories()).containsExactly("a|b|c", "c|a|d", null, null);
        // category share of "a": at 5h u1 has a 1 of 3 categorised, K = 3 (a b c) -> 2/6;
        // at 7h a 2 of 5, K = 4 -> 3/9; at 0 nothing, a unseen -> 1/1; u2 at 7h: 1/(0+4)
        assertThat(result.numeric().get(SHARE)[0]).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(result.numeric().get(SHARE)[1]).isCloseTo(3.0 / 9, within(1e-12));
        assertThat(result.numeric().get(SHARE)[2]).isEqualTo(1.0);
        assertThat(result.numeric().get(SHARE)[3]).isEqualTo(0.25);
        // recency at 5h: last event 4h -> 1h; views count every event, with or without a category
        assertThat(result.numeric().get(RECENCY)[0]).isEqualTo(1.0);
        assertThat(result.numeric().get(VIEWS)).containsExactly(4, 6, 0, 0);
    }

    @Test
    void lastCategoriesLongerThanTheInitialBufferWrapCorrectly() {
        int events = 40;
        long[] users = new long[events];
        long[] items = new long[events];
        String[] types = new String[events];
        String[] categories = new String[events];
        long[] times = new long[events];
        for (int i = 0; i < events; i++) {
            users[i] = 4;
            types[i] = "view";
            categories[i] = "c" + i;
            times[i] = i * H;
        }
        ExampleLog examples = new ExampleLog(new long[] {4, 4}, new long[] {1, 1}, new String[] {null, null},
                new long[] {7 * H, 100 * H}, null);
        BehaviourColumns result = BehaviourAggregates.compute(examples, new EventLog(users, items, types, categories,
                times), 11, null);
        assertThat(result.lastCategories()[0]).isEqualTo("c0|c1|c2|c3|c4|c5|c6");
        assertThat(result.lastCategories()[1]).isEqualTo("c29|c30|c31|c32|c33|c34|c35|c36|c37|c38|c39");
        assertThat(result.numeric().get(SHARE)[0]).isNaN();
    }

    @Test
    void rejectsMismatchedArraysAndNonPositiveLastN() {
        EventLog events = new EventLog(new long[0], new long[0], new String[0], new String[0], new long[0]);
        ExampleLog good = new ExampleLog(new long[] {1}, new long[] {1}, new String[] {"a"}, new long[] {1}, null);
        assertThatThrownBy(() -> BehaviourAggregates.compute(new ExampleLog(new long[] {1}, new long[] {1, 2},
                new String[] {"a"}, new long[] {1}, null), events, 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("items");
        assertThatThrownBy(() -> BehaviourAggregates.compute(new ExampleLog(new long[] {1}, new long[] {1},
                new String[] {"a"}, new long[] {1}, new double[2]), events, 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clicks");
        assertThatThrownBy(() -> BehaviourAggregates.compute(good, new EventLog(new long[1], new long[1],
                new String[1], new String[1], null), 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("times");
        assertThatThrownBy(() -> BehaviourAggregates.compute(good, events, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lastN");
    }

    @Test
    void stopsWhenCancelled() {
        Log log = randomLog(new Random(3), 70_000, 70_000, 100, 50, 6, 1000);
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        assertThatThrownBy(() -> BehaviourAggregates.compute(log.examples(), log.events(), 5, cancel))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void matchesABruteForceReadingOfTheDefinitions() {
        Random random = new Random(20240611);
        for (int round = 0; round < 16; round++) {
            Log log = randomLog(random, 20 + random.nextInt(300), random.nextInt(400), 1 + random.nextInt(12),
                    1 + random.nextInt(10), 1 + random.nextInt(6), 1 + random.nextInt(60));
            int lastN = 1 + random.nextInt(4);
            // even rounds count (user, category) pairs in a plain array, odd rounds in the hash map
            BehaviourColumns result = round % 2 == 0
                    ? BehaviourAggregates.compute(log.examples(), log.events(), lastN, null)
                    : new AggregateSweep(log.examples(), log.events(), lastN, null, 0).run();
            ExampleLog x = log.examples();
            for (int row = 0; row < x.times().length; row++) {
                double[] expected = bruteForce(log, row);
                for (int f = 0; f < expected.length; f++) {
                    double actual = result.numeric().get(f)[row];
                    String what = "round " + round + " row " + row + " " + BehaviourAggregates.NUMERIC.get(f);
                    if (Double.isNaN(expected[f])) {
                        assertThat(actual).as(what).isNaN();
                    } else {
                        assertThat(actual).as(what).isCloseTo(expected[f], within(1e-12));
                    }
                }
                assertThat(result.lastCategories()[row]).as("round " + round + " row " + row)
                        .isEqualTo(bruteForceLast(log, row, lastN));
            }
        }
    }

    /**
     * THE leakage test: relabelling examples and rewriting events at or after T (so also at exactly T) leaves every
     * feature of every example at or before T bitwise unchanged.
     */
    @Test
    void futureLabelsAndEventsDoNotLeakIntoEarlierFeatures() {
        Random random = new Random(77);
        for (int round = 0; round < 10; round++) {
            Log log = randomLog(random, 2000, 3000, 60, 40, 8, 300);
            long cut = random.nextInt(300) * H;
            assertNoLeak(log, cut, random);
        }
    }

    @Property(tries = 40)
    void noLeakageForAnyLogAndCut(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int cutHour,
                                  @ForAll @IntRange(min = 1, max = 300) int exampleCount) {
        Random random = new Random(seed);
        Log log = randomLog(random, exampleCount, random.nextInt(500), 1 + random.nextInt(15),
                1 + random.nextInt(10), 1 + random.nextInt(5), 60);
        assertNoLeak(log, cutHour * H, random);
    }

    private static void assertNoLeak(Log log, long cut, Random random) {
        int lastN = 1 + random.nextInt(5);
        BehaviourColumns before = BehaviourAggregates.compute(log.examples(), log.events(), lastN, null);
        Log changed = rewriteFuture(log, cut, random);
        BehaviourColumns after = BehaviourAggregates.compute(changed.examples(), changed.events(), lastN, null);
        long[] times = log.examples().times();
        int checked = 0;
        for (int row = 0; row < times.length; row++) {
            if (times[row] > cut) {
                continue;
            }
            checked++;
            for (int f = 0; f < BehaviourAggregates.NUMERIC.size(); f++) {
                assertThat(Double.doubleToRawLongBits(after.numeric().get(f)[row]))
                        .as("row " + row + " " + BehaviourAggregates.NUMERIC.get(f))
                        .isEqualTo(Double.doubleToRawLongBits(before.numeric().get(f)[row]));
            }
            assertThat(after.lastCategories()[row]).as("row " + row).isEqualTo(before.lastCategories()[row]);
        }
        if (times.length > 0 && checked == 0) {
            assertThat(Arrays.stream(times).min().getAsLong()).isGreaterThan(cut);
        }
    }

    /**
     * Shuffles and flips the labels of examples at or after the cut, appends new examples at or after it, and rebuilds
     * the event log: events before the cut keep their relative order; those at or after it are dropped at random,
     * joined by new ones (many at exactly the cut) and shuffled in at random positions.
     */
    private static Log rewriteFuture(Log log, long cut, Random random) {
        ExampleLog x = log.examples();
        int n = x.times().length;
        List<Integer> future = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (x.times()[i] >= cut) {
                future.add(i);
            }
        }
        double[] clicks = Arrays.copyOf(x.clicks(), n + 50);
        List<Double> futureLabels = new ArrayList<>();
        for (int i : future) {
            futureLabels.add(random.nextBoolean() ? 1 - x.clicks()[i] : x.clicks()[i]);
        }
        Collections.shuffle(futureLabels, random);
        for (int k = 0; k < future.size(); k++) {
            clicks[future.get(k)] = futureLabels.get(k);
        }
        long[] users = Arrays.copyOf(x.users(), n + 50);
        long[] items = Arrays.copyOf(x.items(), n + 50);
        String[] categories = Arrays.copyOf(x.categories(), n + 50);
        long[] times = Arrays.copyOf(x.times(), n + 50);
        for (int i = n; i < n + 50; i++) {
            users[i] = random.nextInt(20);
            items[i] = random.nextInt(20);
            categories[i] = "k" + random.nextInt(10);
            times[i] = cut + random.nextInt(100) * H;
            clicks[i] = random.nextBoolean() ? 1 : 0;
        }
        ExampleLog examples = new ExampleLog(users, items, categories, times, clicks);

        EventLog e = log.events();
        List<Integer> past = new ArrayList<>();
        List<Object[]> futureEvents = new ArrayList<>();
        for (int j = 0; j < e.times().length; j++) {
            if (e.times()[j] < cut) {
                past.add(j);
            } else if (random.nextInt(3) > 0) {
                futureEvents.add(new Object[] {e.users()[j], e.items()[j], e.types()[j], e.categories()[j],
                        e.times()[j]});
            }
        }
        for (int k = 0; k < 80; k++) {
            futureEvents.add(new Object[] {(long) random.nextInt(20), (long) random.nextInt(20),
                    random.nextBoolean() ? "view" : "purchase", random.nextInt(4) == 0 ? null : "k" + random.nextInt(10),
                    cut + (random.nextBoolean() ? 0 : random.nextInt(100) * H + random.nextInt(2))});
        }
        Collections.shuffle(futureEvents, random);
        int m = past.size() + futureEvents.size();
        long[] eu = new long[m];
        long[] ei = new long[m];
        String[] et = new String[m];
        String[] ec = new String[m];
        long[] etime = new long[m];
        int p = 0;
        int f = 0;
        for (int j = 0; j < m; j++) {
            boolean takeFuture = f < futureEvents.size()
                    && (p == past.size() || random.nextInt(m) < futureEvents.size());
            if (takeFuture) {
                Object[] event = futureEvents.get(f++);
                eu[j] = (Long) event[0];
                ei[j] = (Long) event[1];
                et[j] = (String) event[2];
                ec[j] = (String) event[3];
                etime[j] = (Long) event[4];
            } else {
                int source = past.get(p++);
                eu[j] = e.users()[source];
                ei[j] = e.items()[source];
                et[j] = e.types()[source];
                ec[j] = e.categories()[source];
                etime[j] = e.times()[source];
            }
        }
        return new Log(examples, new EventLog(eu, ei, et, ec, etime));
    }

    record Log(ExampleLog examples, EventLog events) {
    }

    /** Times are whole hours in [0, hours) so that ties between examples and events are common. */
    private static Log randomLog(Random random, int exampleCount, int eventCount, int users, int items,
                                 int categoryCount, int hours) {
        String[] typeNames = {"view", "View", "purchase", "PURCHASE", "cart", "click", null};
        long[] xu = new long[exampleCount];
        long[] xi = new long[exampleCount];
        String[] xc = new String[exampleCount];
        long[] xt = new long[exampleCount];
        double[] clicks = new double[exampleCount];
        for (int i = 0; i < exampleCount; i++) {
            xu[i] = random.nextInt(users) * 1_000_003L - 5;
            xi[i] = random.nextInt(items);
            xc[i] = random.nextInt(8) == 0 ? null : "k" + random.nextInt(categoryCount + 1);
            xt[i] = random.nextInt(hours) * H;
            clicks[i] = random.nextInt(4) == 0 ? 1 : 0;
        }
        long[] eu = new long[eventCount];
        long[] ei = new long[eventCount];
        String[] et = new String[eventCount];
        String[] ec = new String[eventCount];
        long[] etime = new long[eventCount];
        for (int j = 0; j < eventCount; j++) {
            eu[j] = random.nextInt(users) * 1_000_003L - 5;
            ei[j] = random.nextInt(items);
            et[j] = typeNames[random.nextInt(typeNames.length)];
            ec[j] = random.nextInt(6) == 0 ? null : "k" + random.nextInt(categoryCount);
            etime[j] = random.nextInt(hours) * H + (random.nextBoolean() ? 0 : random.nextInt(1000));
        }
        return new Log(new ExampleLog(xu, xi, xc, xt, clicks), new EventLog(eu, ei, et, ec, etime));
    }

    /** Every numeric aggregate of one row, straight from the definitions, scanning the whole log. */
    private static double[] bruteForce(Log log, int row) {
        ExampleLog x = log.examples();
        EventLog e = log.events();
        long t = x.times()[row];
        long user = x.users()[row];
        long item = x.items()[row];
        String category = x.categories()[row];
        double globalClicks = 0;
        int globalLabelled = 0;
        double userClicks = 0;
        int userLabelled = 0;
        int userImpressions = 0;
        double itemClicks = 0;
        int itemLabelled = 0;
        for (int i = 0; i < x.times().length; i++) {
            if (x.times()[i] >= t) {
                continue;
            }
            globalClicks += x.clicks()[i];
            globalLabelled++;
            if (x.users()[i] == user) {
                userImpressions++;
                userClicks += x.clicks()[i];
                userLabelled++;
            }
            if (x.items()[i] == item) {
                itemClicks += x.clicks()[i];
                itemLabelled++;
            }
        }
        double g = globalLabelled == 0 ? 0 : globalClicks / globalLabelled;
        int views = 0;
        int purchases = 0;
        long last = Long.MIN_VALUE;
        int categorised = 0;
        int inCategory = 0;
        int popularity = 0;
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < e.times().length; j++) {
            if (e.times()[j] >= t) {
                continue;
            }
            if (e.categories()[j] != null) {
                seen.add(e.categories()[j]);
            }
            if (e.items()[j] == item) {
                popularity++;
            }
            if (e.users()[j] != user) {
                continue;
            }
            String type = e.types()[j] == null ? "" : e.types()[j].trim().toLowerCase(Locale.ROOT);
            views += type.equals("view") ? 1 : 0;
            purchases += type.equals("purchase") ? 1 : 0;
            last = Math.max(last, e.times()[j]);
            if (e.categories()[j] != null) {
                categorised++;
                inCategory += e.categories()[j].equals(category) ? 1 : 0;
            }
        }
        double share = Double.NaN;
        if (category != null) {
            seen.add(category);
            share = (inCategory + 1.0) / (categorised + seen.size());
        }
        return new double[] {userImpressions, (userClicks + W * g) / (userLabelled + W), views, purchases,
                last == Long.MIN_VALUE ? Double.NaN : (t - last) / (double) H, share, popularity,
                (itemClicks + W * g) / (itemLabelled + W)};
    }

    /** The user's last N earlier categorised events, by time then log position. */
    private static String bruteForceLast(Log log, int row, int lastN) {
        EventLog e = log.events();
        long t = log.examples().times()[row];
        long user = log.examples().users()[row];
        List<Integer> earlier = new ArrayList<>();
        for (int j = 0; j < e.times().length; j++) {
            if (e.times()[j] < t && e.users()[j] == user && e.categories()[j] != null) {
                earlier.add(j);
            }
        }
        earlier.sort((a, b) -> a.equals(b) ? 0 : e.times()[a] != e.times()[b]
                ? Long.compare(e.times()[a], e.times()[b]) : Integer.compare(a, b));
        if (earlier.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int j : earlier.subList(Math.max(0, earlier.size() - lastN), earlier.size())) {
            names.add(e.categories()[j]);
        }
        return String.join("|", names);
    }
}
