package io.campaignlab.engine.simulate;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the generated data against the documented planted truth, with statistics computed here from the rows. One
 * simulation of 20,000 users over 7 days gives the power the experiment checks need.
 */
class PlantedTruthTest {

    private static final int USERS = 20_000;
    private static final int DAYS = 7;
    private static final LocalDateTime START = LocalDateTime.of(2026, 1, 1, 0, 0);
    /** The chi-square quantile for 2 degrees of freedom at 0.999. */
    private static final double CHI_SQUARE_2DF_AT_0_001 = 13.816;
    private static final Set<String> FASHION = Set.of("apparel", "shoes", "accessories", "beauty");
    private static final Set<String> ELECTRONICS = Set.of("phones", "laptops", "audio", "gaming");
    /** The planted cross-domain pairs: a fashion category and the electronics category sharing its latent taste. */
    private static final Map<String, String> TASTE_PARTNER =
            Map.of("apparel", "gaming", "shoes", "audio", "accessories", "phones", "beauty", "laptops");

    private static InMemoryDatasetSink sink;
    private static InMemoryDatasetSink.Stored users;
    private static InMemoryDatasetSink.Stored items;
    private static InMemoryDatasetSink.Stored events;
    private static InMemoryDatasetSink.Stored impressions;
    private static InMemoryDatasetSink.Stored exposures;

    @BeforeAll
    static void simulate() {
        sink = new InMemoryDatasetSink();
        SimulationSpec spec = SimulationSpec.builder().setUsers(USERS).setDays(DAYS).setSeed(20_260_101).build();
        new SimulationJob(spec, sink, "").run(ProgressListener.none(), new CancellationToken());
        users = sink.dataset("users");
        items = sink.dataset("items");
        events = sink.dataset("events");
        impressions = sink.dataset("impressions");
        exposures = sink.dataset("campaign_exposures");
    }

    // ---- users and items

    @Test
    void priceSensitivityIsAHiddenTraitInTheUnitIntervalDrivenByAgeAndRegion() {
        List<Double> sensitivity = users.column("price_sensitivity", Double.class);
        assertThat(sensitivity).allSatisfy(s -> assertThat(s).isStrictlyBetween(0.0, 1.0));

        Map<String, Double> byAge = meanBy(users, "age_band", "price_sensitivity");
        assertThat(byAge.get("18-24")).isGreaterThan(byAge.get("55+") + 0.3);
        Map<String, Double> byRegion = meanBy(users, "region", "price_sensitivity");
        assertThat(byRegion).hasSize(6);
        assertThat(byRegion.get("south")).isGreaterThan(byRegion.get("central") + 0.15);
        assertThat(Set.copyOf(users.column("device", String.class))).containsExactlyInAnyOrder(
                "mobile", "desktop", "tablet");
    }

    @Test
    void theCatalogHasOneItemPerTenUsersEachCategoryInOneDomain() {
        assertThat(items.rows()).hasSize(USERS / 10);
        Map<String, Set<String>> domainsOfCategory = new TreeMap<>();
        for (Object[] row : items.rows()) {
            domainsOfCategory.computeIfAbsent((String) row[items.index("category")], c -> new TreeSet<>())
                    .add((String) row[items.index("domain")]);
        }
        assertThat(domainsOfCategory.keySet()).hasSize(8);
        domainsOfCategory.forEach((category, domains) ->
                assertThat(domains).containsExactly(FASHION.contains(category) ? "fashion" : "electronics"));
    }

    @Test
    void popularityFollowsAPowerLawWithExponentAboutOne() {
        double[] popularity = items.column("popularity", Double.class).stream()
                .mapToDouble(Double::doubleValue).sorted().toArray();
        int n = popularity.length;
        double[] logRank = new double[n];
        double[] logPopularity = new double[n];
        for (int i = 0; i < n; i++) {
            logRank[i] = Math.log(n - i);
            logPopularity[i] = Math.log(popularity[i]);
        }

        assertThat(-slope(logRank, logPopularity)).isBetween(1.0, 1.2);
    }

    @Test
    void popularItemsGetMostViews() {
        double[] popularity = items.column("popularity", Double.class).stream().mapToDouble(Double::doubleValue)
                .toArray();
        double topTenthCutoff = Arrays.stream(popularity).sorted().toArray()[popularity.length * 9 / 10];
        List<String> types = events.column("event_type", String.class);
        List<Long> itemIds = events.column("item_id", Long.class);
        long views = 0;
        long topViews = 0;
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).equals("view")) {
                views++;
                if (popularity[(int) (itemIds.get(i) - 1)] >= topTenthCutoff) {
                    topViews++;
                }
            }
        }

        assertThat((double) topViews / views).isGreaterThan(0.5);
    }

    // ---- events

    @Test
    void funnelRatesLieInTheDocumentedRanges() {
        Map<String, Long> counts = events.column("event_type", String.class).stream()
                .collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()));
        assertThat(counts.keySet()).containsExactly("cart", "click", "purchase", "view");
        double views = counts.get("view");
        double clicks = counts.get("click");
        double carts = counts.get("cart");
        double purchases = counts.get("purchase");

        assertThat(views / (views + clicks + carts + purchases)).isGreaterThan(0.6);
        assertThat(clicks / views).isBetween(0.20, 0.35);
        assertThat(carts / clicks).isBetween(0.10, 0.20);
        assertThat(purchases / carts).isBetween(0.30, 0.50);
    }

    @Test
    void priceSensitiveShoppersBuyLessOfWhatTheyCart() {
        Map<Long, Double> sensitivity = sensitivityByUser();
        double median = sensitivity.values().stream().mapToDouble(Double::doubleValue).sorted()
                .toArray()[sensitivity.size() / 2];
        long[] carts = new long[2];
        long[] purchases = new long[2];
        List<String> types = events.column("event_type", String.class);
        List<Long> userIds = events.column("user_id", Long.class);
        for (int i = 0; i < types.size(); i++) {
            int half = sensitivity.get(userIds.get(i)) >= median ? 1 : 0;
            switch (types.get(i)) {
                case "cart" -> carts[half]++;
                case "purchase" -> purchases[half]++;
                default -> { }
            }
        }

        assertThat((double) purchases[1] / carts[1]).isLessThan((double) purchases[0] / carts[0] - 0.05);
    }

    @Test
    void theDefaultSpecWouldGiveOneToTwoMillionEvents() {
        double perUserDay = (double) events.rows().size() / USERS / DAYS;

        assertThat(perUserDay * SimulationSpec.DEFAULT_USERS * SimulationSpec.DEFAULT_DAYS).isBetween(1.0e6, 2.0e6);
    }

    @Test
    void eventsAreInTheWindowAndInTimeOrderWithinEachSession() {
        Map<Long, LocalDateTime> lastInSession = new HashMap<>();
        Map<Long, Long> userOfSession = new HashMap<>();
        for (Object[] row : events.rows()) {
            LocalDateTime ts = (LocalDateTime) row[events.index("ts")];
            long session = (Long) row[events.index("session_id")];
            assertThat(ts).isAfterOrEqualTo(START).isBefore(START.plusDays(DAYS));
            LocalDateTime previous = lastInSession.put(session, ts);
            if (previous != null) {
                assertThat(ts).isAfterOrEqualTo(previous);
            }
            Long user = userOfSession.putIfAbsent(session, (Long) row[events.index("user_id")]);
            if (user != null) {
                assertThat(row[events.index("user_id")]).isEqualTo(user);
            }
        }
    }

    @Test
    void activityFollowsADailyRhythm() {
        long[] byHour = new long[24];
        events.column("ts", LocalDateTime.class).forEach(ts -> byHour[ts.getHour()]++);

        assertThat(byHour[20]).isGreaterThan(5 * byHour[4]);
        assertThat(byHour[12]).isGreaterThan(2 * byHour[6]);
    }

    @Test
    void likingAFashionCategoryGoesWithLikingItsElectronicsPartner() {
        Map<Long, Map<String, Integer>> viewsByUser = new HashMap<>();
        List<String> types = events.column("event_type", String.class);
        List<Long> userIds = events.column("user_id", Long.class);
        List<String> categories = events.column("category", String.class);
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).equals("view")) {
                viewsByUser.computeIfAbsent(userIds.get(i), u -> new TreeMap<>()).merge(categories.get(i), 1,
                        Integer::sum);
            }
        }
        for (Map.Entry<String, String> pair : TASTE_PARTNER.entrySet()) {
            long[] partnerViews = new long[2];
            long[] electronicsViews = new long[2];
            for (Map<String, Integer> views : viewsByUser.values()) {
                String topFashion = views.entrySet().stream().filter(e -> FASHION.contains(e.getKey()))
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .map(Map.Entry::getKey).orElse(null);
                if (topFashion == null) {
                    continue;
                }
                int fan = topFashion.equals(pair.getKey()) ? 1 : 0;
                partnerViews[fan] += views.getOrDefault(pair.getValue(), 0);
                electronicsViews[fan] += views.entrySet().stream().filter(e -> ELECTRONICS.contains(e.getKey()))
                        .mapToInt(Map.Entry::getValue).sum();
            }
            double fanShare = (double) partnerViews[1] / electronicsViews[1];
            double othersShare = (double) partnerViews[0] / electronicsViews[0];

            assertThat(fanShare).as("%s fans on %s", pair.getKey(), pair.getValue())
                    .isGreaterThan(1.25 * othersShare);
        }
    }

    // ---- impressions

    @Test
    void averageClickThroughRateIsInRangeAndClicksMatchTheTrueRate() {
        double[] trueCtr = doubles(impressions, "true_ctr");
        List<Long> clicked = impressions.column("clicked", Long.class);
        assertThat(clicked).allSatisfy(c -> assertThat(c).isIn(0L, 1L));
        assertThat(Arrays.stream(trueCtr).allMatch(p -> p > 0 && p < 1)).isTrue();
        double meanCtr = Arrays.stream(trueCtr).average().orElseThrow();
        double meanClicked = clicked.stream().mapToLong(Long::longValue).average().orElseThrow();
        double standardError = Math.sqrt(Arrays.stream(trueCtr).map(p -> p * (1 - p)).sum()) / trueCtr.length;

        assertThat(meanCtr).isBetween(0.03, 0.08);
        assertThat(Math.abs(meanClicked - meanCtr)).isLessThan(3 * standardError);
    }

    @Test
    void purchasesFollowClicksAtTheTrueConversionRate() {
        double[] trueCvr = doubles(impressions, "true_cvr");
        List<Long> clicked = impressions.column("clicked", Long.class);
        List<Long> purchased = impressions.column("purchased", Long.class);
        double expected = 0;
        double variance = 0;
        long observed = 0;
        long clicks = 0;
        for (int i = 0; i < trueCvr.length; i++) {
            assertThat(purchased.get(i)).isIn(0L, 1L);
            if (clicked.get(i) == 0L) {
                assertThat(purchased.get(i)).as("a purchase needs a click").isZero();
                continue;
            }
            clicks++;
            observed += purchased.get(i);
            expected += trueCvr[i];
            variance += trueCvr[i] * (1 - trueCvr[i]);
        }
        assertThat(expected / clicks).as("mean conversion after a click").isBetween(0.05, 0.25);
        assertThat(Math.abs(observed - expected)).isLessThan(3 * Math.sqrt(variance));
    }

    @Test
    void impressionsNumberAboutEightPerUserAndCopyTheUsersTraits() {
        assertThat((double) impressions.rows().size() / USERS).isBetween(7.5, 8.5);
        Map<Long, Object[]> userRows = new HashMap<>();
        users.rows().forEach(row -> userRows.put((Long) row[users.index("user_id")], row));
        for (Object[] row : impressions.rows()) {
            Object[] user = userRows.get((Long) row[impressions.index("user_id")]);
            for (String trait : List.of("age_band", "region", "device")) {
                assertThat(row[impressions.index(trait)]).isEqualTo(user[users.index(trait)]);
            }
            LocalDateTime ts = (LocalDateTime) row[impressions.index("ts")];
            assertThat(row[impressions.index("hour")]).isEqualTo((long) ts.getHour());
            assertThat((Long) row[impressions.index("position")]).isBetween(1L, 10L);
            assertThat(row[impressions.index("discount_pct")]).isIn(0L, 5L, 10L, 20L, 30L);
            assertThat(row[impressions.index("placement")]).isIn("home", "search", "product_page", "email");
        }
    }

    @Test
    void clickRateDecaysWithPosition() {
        Map<Long, Double> byPosition = meanBy(impressions, "position", "true_ctr");

        assertThat(byPosition.get(10L)).isLessThan(0.5 * byPosition.get(1L));
    }

    /**
     * Planted: the discount effect on the logit is discount / 30 × (−0.2 + 2.2 × price_sensitivity). Checked on the
     * observable age bands (18-24 is the most sensitive, 55+ the least) and on the hidden sensitivity quartiles:
     * the relative rise of the mean true CTR from 0% to 30% discount must be far larger in the sensitive group.
     */
    @Test
    void discountsMatterFarMoreToPriceSensitiveShoppers() {
        double youngLift = discountLift(row -> row[impressions.index("age_band")].equals("18-24"));
        double oldLift = discountLift(row -> row[impressions.index("age_band")].equals("55+"));
        assertThat(youngLift).isGreaterThan(2.5);
        assertThat(oldLift).isLessThan(1.8);

        Map<Long, Double> sensitivity = sensitivityByUser();
        double[] sorted = sensitivity.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double lowQuartile = sorted[sorted.length / 4];
        double highQuartile = sorted[sorted.length * 3 / 4];
        int user = impressions.index("user_id");
        double sensitiveLift = discountLift(row -> sensitivity.get((Long) row[user]) >= highQuartile);
        double insensitiveLift = discountLift(row -> sensitivity.get((Long) row[user]) <= lowQuartile);
        assertThat(sensitiveLift).isGreaterThan(2 * insensitiveLift);
        assertThat(insensitiveLift).isLessThan(1.5);
    }

    /**
     * Planted: device × placement adds −0.5 to mobile-email and +0.4 to desktop-email, against 0 for mobile-home and
     * −0.2 for desktop-home, so the email-to-home CTR ratio on desktop is about e^1.1 ≈ 3 times that on mobile.
     */
    @Test
    void deviceAndPlacementInteract() {
        Map<String, Double> byCell = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Object[] row : impressions.rows()) {
            String cell = row[impressions.index("device")] + "/" + row[impressions.index("placement")];
            byCell.merge(cell, (Double) row[impressions.index("true_ctr")], Double::sum);
            counts.merge(cell, 1, Integer::sum);
        }
        byCell.replaceAll((cell, sum) -> sum / counts.get(cell));
        double desktopRatio = byCell.get("desktop/email") / byCell.get("desktop/home");
        double mobileRatio = byCell.get("mobile/email") / byCell.get("mobile/home");

        assertThat(desktopRatio).isGreaterThan(2 * mobileRatio);
    }

    @Test
    void theNoiseColumnCarriesFarLessSignalThanAPlantedField() {
        Map<String, Double> byNoise = meanBy(impressions, "noise_a", "true_ctr");
        Map<String, Double> byPlacement = meanBy(impressions, "placement", "true_ctr");
        assertThat(byNoise).hasSize(10);

        assertThat(spread(byPlacement.values())).isGreaterThan(5 * spread(byNoise.values()));
        assertThat(spread(byNoise.values())).isLessThan(0.1 * Arrays.stream(doubles(impressions, "true_ctr"))
                .average().orElseThrow());
    }

    // ---- campaign exposures

    @Test
    void groupsAreRandomisedInThirds() {
        Map<String, Long> counts = exposures.column("group", String.class).stream()
                .collect(Collectors.groupingBy(g -> g, TreeMap::new, Collectors.counting()));
        assertThat(counts.keySet()).containsExactly("control", "coupon_10", "coupon_20");
        double expected = exposures.rows().size() / 3.0;
        double chiSquare = counts.values().stream().mapToDouble(c -> (c - expected) * (c - expected) / expected)
                .sum();

        assertThat(exposures.rows()).hasSize(USERS);
        assertThat(chiSquare).isLessThan(CHI_SQUARE_2DF_AT_0_001);
    }

    @Test
    void baseConversionAndAverageUpliftsAreInTheDocumentedRanges() {
        double pControl = mean(doubles(exposures, "true_p_control"));
        double uplift10 = mean(doubles(exposures, "true_uplift_coupon_10"));
        double uplift20 = mean(doubles(exposures, "true_uplift_coupon_20"));

        assertThat(pControl).isBetween(0.05, 0.10);
        assertThat(uplift10).isBetween(0.015, 0.03);
        assertThat(uplift20).isGreaterThan(uplift10);
    }

    @Test
    void trueUpliftIsThatOfTheUnitsOwnArm() {
        for (Object[] row : exposures.rows()) {
            double own = (Double) row[exposures.index("true_uplift")];
            switch ((String) row[exposures.index("group")]) {
                case "control" -> assertThat(own).isZero();
                case "coupon_10" -> assertThat(own).isEqualTo(row[exposures.index("true_uplift_coupon_10")]);
                default -> assertThat(own).isEqualTo(row[exposures.index("true_uplift_coupon_20")]);
            }
            double p = (Double) row[exposures.index("true_p_control")] + own;
            assertThat(p).isBetween(0.0, 1.0);
        }
    }

    @Test
    void theMeasuredCouponEffectMatchesTheTrueAverageUplift() {
        double[] control = conversions("control");
        double[] coupon10 = conversions("coupon_10");
        double difference = mean(coupon10) - mean(control);
        double standardError = Math.sqrt(variance(coupon10) / coupon10.length + variance(control) / control.length);
        double trueAverage = mean(doubles(exposures, "true_uplift_coupon_10"));

        assertThat(Math.abs(difference - trueAverage)).isLessThan(4 * standardError);
    }

    @Test
    void conversionsInEachArmFollowTheirTrueProbabilities() {
        for (String group : List.of("control", "coupon_10", "coupon_20")) {
            double expected = 0;
            double variance = 0;
            int n = 0;
            for (Object[] row : exposures.rows()) {
                if (row[exposures.index("group")].equals(group)) {
                    double p = (Double) row[exposures.index("true_p_control")]
                            + (Double) row[exposures.index("true_uplift")];
                    expected += p;
                    variance += p * (1 - p);
                    n++;
                }
            }
            double observed = mean(conversions(group));

            assertThat(Math.abs(observed - expected / n)).as(group).isLessThan(4 * Math.sqrt(variance) / n);
        }
    }

    /** Planted: uplift grows with price sensitivity and falls with loyalty (history orders), below zero at the top. */
    @Test
    void upliftIsHeterogeneousWithSleepingDogs() {
        Map<Long, Double> sensitivity = sensitivityByUser();
        double[] sorted = sensitivity.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double lowQuartile = sorted[sorted.length / 4];
        double highQuartile = sorted[sorted.length * 3 / 4];
        double sensitiveSum = 0;
        double insensitiveSum = 0;
        double newSum = 0;
        double loyalSum = 0;
        int sensitiveCount = 0;
        int insensitiveCount = 0;
        int newCount = 0;
        int loyalCount = 0;
        int negative = 0;
        for (Object[] row : exposures.rows()) {
            double uplift = (Double) row[exposures.index("true_uplift_coupon_10")];
            double s = sensitivity.get((Long) row[exposures.index("user_id")]);
            long orders = (Long) row[exposures.index("history_orders")];
            if (s >= highQuartile) {
                sensitiveSum += uplift;
                sensitiveCount++;
            } else if (s <= lowQuartile) {
                insensitiveSum += uplift;
                insensitiveCount++;
            }
            if (orders == 0) {
                newSum += uplift;
                newCount++;
            } else if (orders >= 8) {
                loyalSum += uplift;
                loyalCount++;
            }
            if (uplift < 0) {
                negative++;
            }
        }

        assertThat(sensitiveSum / sensitiveCount).isGreaterThan(3 * insensitiveSum / insensitiveCount);
        assertThat(newSum / newCount).isGreaterThan(0.03);
        assertThat(loyalSum / loyalCount).isLessThan(0.0);
        assertThat(negative).isGreaterThan(USERS / 100);
    }

    @Test
    void spendIsPositiveExactlyWhenConvertedAndHistoryIsHeavyTailed() {
        for (Object[] row : exposures.rows()) {
            boolean converted = (Long) row[exposures.index("converted")] == 1L;
            double spend = (Double) row[exposures.index("spend")];
            assertThat(spend > 0).isEqualTo(converted);
            boolean hasOrders = (Long) row[exposures.index("history_orders")] > 0;
            assertThat((Double) row[exposures.index("history_spend")] > 0).isEqualTo(hasOrders);
            assertThat((Long) row[exposures.index("recency_days")]).isBetween(0L, 365L);
        }
        double[] historySpend = doubles(exposures, "history_spend");
        double[] sorted = Arrays.stream(historySpend).sorted().toArray();

        assertThat(sorted[sorted.length - 1]).isGreaterThan(10 * mean(historySpend));
        assertThat(sorted[sorted.length * 99 / 100]).isGreaterThan(5 * mean(historySpend));
    }

    // ---- helpers

    private double discountLift(Predicate<Object[]> inGroup) {
        double[] sums = new double[2];
        int[] counts = new int[2];
        for (Object[] row : impressions.rows()) {
            long discount = (Long) row[impressions.index("discount_pct")];
            if ((discount == 0 || discount == 30) && inGroup.test(row)) {
                int slot = discount == 30 ? 1 : 0;
                sums[slot] += (Double) row[impressions.index("true_ctr")];
                counts[slot]++;
            }
        }
        return (sums[1] / counts[1]) / (sums[0] / counts[0]);
    }

    private static Map<Long, Double> sensitivityByUser() {
        Map<Long, Double> sensitivity = new HashMap<>();
        users.rows().forEach(row -> sensitivity.put((Long) row[users.index("user_id")],
                (Double) row[users.index("price_sensitivity")]));
        return sensitivity;
    }

    private static double[] conversions(String group) {
        return exposures.rows().stream().filter(row -> row[exposures.index("group")].equals(group))
                .mapToDouble(row -> (Long) row[exposures.index("converted")]).toArray();
    }

    private static <K> Map<K, Double> meanBy(InMemoryDatasetSink.Stored dataset, String key, String value) {
        int k = dataset.index(key);
        int v = dataset.index(value);
        @SuppressWarnings("unchecked")
        Map<K, Double> means = dataset.rows().stream().collect(Collectors.groupingBy(row -> (K) row[k], TreeMap::new,
                Collectors.averagingDouble(row -> ((Number) row[v]).doubleValue())));
        return means;
    }

    private static double[] doubles(InMemoryDatasetSink.Stored dataset, String column) {
        return dataset.column(column, Double.class).stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double variance(double[] values) {
        double mean = mean(values);
        return Arrays.stream(values).map(x -> (x - mean) * (x - mean)).sum() / (values.length - 1);
    }

    private static double spread(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double slope(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }
}
