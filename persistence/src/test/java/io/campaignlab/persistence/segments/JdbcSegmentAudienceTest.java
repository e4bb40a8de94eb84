package io.campaignlab.persistence.segments;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.segments.rules.AudienceCount;
import io.campaignlab.engine.segments.rules.SegmentRule;
import io.campaignlab.persistence.datasets.JdbcDatasetRepository;
import io.campaignlab.persistence.importing.JdbcDatasetSink;
import io.campaignlab.persistence.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rule audiences counted in SQL on the real schema, against counts made here in plain Java over the same rows
 * (loops over the fixture arrays, not the code under test).
 */
class JdbcSegmentAudienceTest {

    static final LocalDate SNAPSHOT = LocalDate.of(2024, 3, 1);
    static final String[] BANDS = {"18-24", "25-34", "35-44"};
    static final String[] TYPES = {"view", "view", "view", "click", "purchase"};

    @TempDir
    static Path dir;
    static Workspace workspace;
    static JdbcSegmentAudience audience;

    /** users: ids 1..40 (id 40 twice, once as a second row), band, income. */
    static final List<Object[]> users = new ArrayList<>();
    /** events: user (1..45), type, time, price. */
    static final List<Object[]> events = new ArrayList<>();
    /** impressions: user, time; scores: one per impression, in the same order. */
    static final List<Object[]> impressions = new ArrayList<>();
    static final List<Double> scores = new ArrayList<>();

    @BeforeAll
    static void fixture() {
        workspace = Workspace.open(dir.resolve("ws"));
        JdbcDatasetRepository datasets = new JdbcDatasetRepository(workspace.dataSource());
        audience = new JdbcSegmentAudience(workspace.dataSource(), datasets);
        Random random = new Random(11);
        for (long u = 1; u <= 40; u++) {
            users.add(new Object[]{u, BANDS[(int) (u % 3)], 1000.0 * (u % 7)});
        }
        users.add(new Object[]{40L, "18-24", 0.0});
        users.add(new Object[]{null, "25-34", 5.0});
        LocalDateTime start = SNAPSHOT.minusDays(90).atStartOfDay();
        for (int i = 0; i < 900; i++) {
            long user = 1 + random.nextInt(45);
            // some rows after the snapshot, which must never count
            LocalDateTime at = start.plusSeconds(random.nextInt(95 * 86_400));
            String type = TYPES[random.nextInt(TYPES.length)];
            double price = type.equals("purchase") && random.nextInt(10) == 0 ? 0.0 : 5 + random.nextInt(50);
            events.add(new Object[]{user, type, at, price});
        }
        // window edges for user 7: exactly 30 days before the snapshot counts, a second earlier and the snapshot not
        events.add(new Object[]{7L, "purchase", SNAPSHOT.minusDays(30).atStartOfDay(), 10.0});
        events.add(new Object[]{7L, "purchase", SNAPSHOT.minusDays(30).atStartOfDay().minusSeconds(1), 10.0});
        events.add(new Object[]{7L, "purchase", SNAPSHOT.atStartOfDay(), 10.0});
        for (int i = 0; i < 300; i++) {
            impressions.add(new Object[]{1L + random.nextInt(40), start.plusHours(i)});
            scores.add(random.nextDouble() * 0.1);
        }
        write("users", DatasetKind.TABLE, List.of(ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                ColumnMeta.of("age_band", ColumnType.CATEGORY, ColumnRole.FEATURE),
                ColumnMeta.of("income", ColumnType.DECIMAL, ColumnRole.FEATURE)), users);
        write("events", DatasetKind.EVENTS, List.of(ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                ColumnMeta.of("event_type", ColumnType.CATEGORY, ColumnRole.EVENT_TYPE),
                ColumnMeta.of("ts", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                ColumnMeta.of("price", ColumnType.DECIMAL, ColumnRole.PRICE)), events);
        write("impressions", DatasetKind.IMPRESSIONS, List.of(
                ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                ColumnMeta.of("ts", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP)), impressions);
        List<Object[]> scoreRows = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            scoreRows.add(new Object[]{(long) i + 1, scores.get(i)});
        }
        write("scores_run3_impressions", DatasetKind.TABLE, List.of(
                ColumnMeta.of("row_id", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("score", ColumnType.DECIMAL, ColumnRole.FEATURE)), scoreRows);
        write("retail", DatasetKind.TRANSACTIONS, List.of(
                ColumnMeta.of("invoice_no", ColumnType.TEXT, ColumnRole.FEATURE),
                ColumnMeta.of("quantity", ColumnType.INTEGER, ColumnRole.QUANTITY),
                ColumnMeta.of("invoice_date", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                ColumnMeta.of("unit_price", ColumnType.DECIMAL, ColumnRole.PRICE),
                ColumnMeta.of("customer_id", ColumnType.DECIMAL, ColumnRole.USER_ID)), List.of(
                // 17850: invoices 1 (two lines) and 2 kept; C3 is a cancellation, 4 a return line only
                new Object[]{"1", 6L, LocalDateTime.of(2011, 12, 1, 8, 0), 2.5, 17850.0},
                new Object[]{"1", 2L, LocalDateTime.of(2011, 12, 1, 8, 0), 1.0, 17850.0},
                new Object[]{"2", 1L, LocalDateTime.of(2011, 12, 5, 9, 0), 4.0, 17850.0},
                new Object[]{"C3", -1L, LocalDateTime.of(2011, 12, 6, 9, 0), 4.0, 17850.0},
                new Object[]{"4", -2L, LocalDateTime.of(2011, 12, 7, 9, 0), 4.0, 17850.0},
                // 12346: one invoice a year ago, a zero-price line now; no customer on the last line
                new Object[]{"5", 10L, LocalDateTime.of(2010, 12, 9, 9, 0), 1.0, 12346.0},
                new Object[]{"6", 1L, LocalDateTime.of(2011, 12, 8, 9, 0), 0.0, 12346.0},
                new Object[]{"7", 1L, LocalDateTime.of(2011, 12, 9, 12, 0), 3.0, null}));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    static void write(String name, DatasetKind kind, List<ColumnMeta> columns, List<Object[]> rows) {
        try (DatasetWriter writer = new JdbcDatasetSink(workspace.dataSource())
                .begin(new DatasetDraft(name, kind, "test", String.format("%08x", name.hashCode()).repeat(8),
                        columns))) {
            rows.forEach(writer::append);
            writer.commit(0);
        }
    }

    // ---- plain-Java measures over the fixture ----

    static boolean inWindow(Object[] e, int days) {
        LocalDateTime at = (LocalDateTime) e[2];
        return !at.isBefore(SNAPSHOT.minusDays(days).atStartOfDay()) && at.isBefore(SNAPSHOT.atStartOfDay());
    }

    static boolean keptPurchase(Object[] e) {
        return e[1].equals("purchase") && (double) e[3] > 0;
    }

    static long events(long user, String type, int days) {
        return events.stream().filter(e -> (long) e[0] == user && inWindow(e, days)
                && (type.equals("purchase") ? keptPurchase(e) : e[1].equals(type))).count();
    }

    static double spend(long user, int days) {
        return events.stream().filter(e -> (long) e[0] == user && inWindow(e, days) && keptPurchase(e))
                .mapToDouble(e -> (double) e[3]).sum();
    }

    static Integer daysSincePurchase(long user) {
        LocalDate last = null;
        for (Object[] e : events) {
            LocalDateTime at = (LocalDateTime) e[2];
            if ((long) e[0] == user && keptPurchase(e) && at.isBefore(SNAPSHOT.atStartOfDay())
                    && (last == null || at.toLocalDate().isAfter(last))) {
                last = at.toLocalDate();
            }
        }
        return last == null ? null : (int) (SNAPSHOT.toEpochDay() - last.toEpochDay());
    }

    static Double meanScore(long user) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < impressions.size(); i++) {
            if ((long) impressions.get(i)[0] == user) {
                sum += scores.get(i);
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    static Double maxScore(long user) {
        Double max = null;
        for (int i = 0; i < impressions.size(); i++) {
            if ((long) impressions.get(i)[0] == user) {
                max = max == null ? scores.get(i) : Math.max(max, scores.get(i));
            }
        }
        return max;
    }

    static Set<Long> usersTable() {
        Set<Long> ids = new TreeSet<>();
        users.stream().filter(u -> u[0] != null).forEach(u -> ids.add((long) u[0]));
        return ids;
    }

    static Set<Long> eventUsers() {
        Set<Long> ids = new TreeSet<>();
        events.stream().filter(e -> ((LocalDateTime) e[2]).isBefore(SNAPSHOT.atStartOfDay()))
                .forEach(e -> ids.add((long) e[0]));
        return ids;
    }

    /** Some row of the user's in the users table has this band. */
    static boolean band(long user, String band) {
        return users.stream().anyMatch(u -> u[0] != null && (long) u[0] == user && u[1].equals(band));
    }

    static List<String> select(Set<Long> population, Predicate<Long> rule) {
        List<String> ids = new ArrayList<>();
        population.stream().filter(rule).forEach(u -> ids.add(Long.toString(u)));
        ids.sort(null);
        return ids;
    }

    static SegmentRule rule(String events, String users, String... conditions) {
        return SegmentRule.parse(events, users, SNAPSHOT, List.of(conditions));
    }

    void check(SegmentRule rule, Set<Long> population, Predicate<Long> expected) {
        List<String> want = select(population, expected);
        AudienceCount count = audience.count(rule);
        assertThat(count.population()).as(rule.text()).isEqualTo(population.size());
        assertThat(count.matching()).as(rule.text()).isEqualTo(want.size());
        assertThat(audience.members(rule)).as(rule.text()).containsExactlyElementsOf(want);
    }

    @Test
    void behaviourCountsMatchAPlainJavaCountOverTheEventUsers() {
        check(rule("events", null, "purchases_30d >= 2"), eventUsers(), u -> events(u, "purchase", 30) >= 2);
        check(rule("events", null, "views_7d > 1"), eventUsers(), u -> events(u, "view", 7) > 1);
        check(rule("events", null, "clicks_14d = 0"), eventUsers(), u -> events(u, "click", 14) == 0);
        check(rule("events", null, "spend_60d >= 100"), eventUsers(), u -> spend(u, 60) >= 100);
        check(rule("events", null, "days_since_purchase <= 10"), eventUsers(), u -> {
            Integer d = daysSincePurchase(u);
            return d != null && d <= 10;
        });
        assertThat(select(eventUsers(), u -> events(u, "purchase", 30) >= 2)).isNotEmpty();
    }

    @Test
    void columnsBehaviourAndScoresCombineWithAnd() {
        Predicate<Long> a = u -> events(u, "purchase", 30) >= 1;
        Predicate<Long> b = u -> band(u, "25-34");
        Predicate<Long> c = u -> {
            Double s = meanScore(u);
            return s != null && s >= 0.05;
        };
        check(rule("events", "users", "purchases_30d >= 1"), usersTable(), a);
        check(rule("events", "users", "age_band = '25-34'"), usersTable(), b);
        check(rule("events", "users", "score:run3 >= 0.05"), usersTable(), c);
        check(rule("events", "users", "purchases_30d >= 1", "age_band = 25-34", "score:run3 >= 0.05"),
                usersTable(), a.and(b).and(c));
        check(rule(null, "users", "score:run3@impressions:max > 0.09", "income >= 3000"), usersTable(), u -> {
            Double s = maxScore(u);
            return s != null && s > 0.09 && users.stream().anyMatch(r -> r[0] != null && (long) r[0] == u
                    && (double) r[2] >= 3000);
        });
        // AND is the intersection of what each condition selects alone
        Set<String> both = new HashSet<>(audience.members(rule("events", "users", "purchases_30d >= 1")));
        both.retainAll(audience.members(rule("events", "users", "age_band = 25-34")));
        assertThat(audience.count(rule("events", "users", "purchases_30d >= 1", "age_band = 25-34")).matching())
                .isEqualTo(both.size()).isPositive();
        // user 40 has two rows: one of them matching is enough, and it is counted once
        assertThat(audience.members(rule(null, "users", "age_band = 18-24"))).contains("40");
        assertThat(audience.count(rule(null, "users", "age_band != nobody")).matching()).isEqualTo(40);
    }

    @Test
    void theWindowIncludesItsFirstInstantAndExcludesTheSnapshot() {
        Map<String, Long> seven = new HashMap<>();
        // user 7's edge rows: only the one exactly 30 days before the snapshot is inside purchases_30d
        long inside = events.stream().filter(e -> (long) e[0] == 7 && keptPurchase(e) && inWindow(e, 30)).count();
        seven.put("purchases_30d", inside);
        SegmentRule exact = rule("events", null, "purchases_30d = " + inside);
        assertThat(audience.members(exact)).contains("7");
        SegmentRule more = rule("events", null, "purchases_30d >= " + (inside + 1));
        assertThat(audience.members(more)).doesNotContain("7");
        // a rule of one day before the snapshot sees nothing of the snapshot day itself
        SegmentRule lastDay = SegmentRule.parse("events", null, SNAPSHOT.minusDays(29), List.of("purchases_1d >= 1"));
        List<String> want = new ArrayList<>();
        Set<Long> who = new TreeSet<>();
        for (Object[] e : events) {
            LocalDateTime at = (LocalDateTime) e[2];
            if (keptPurchase(e) && !at.isBefore(SNAPSHOT.minusDays(30).atStartOfDay())
                    && at.isBefore(SNAPSHOT.minusDays(29).atStartOfDay())) {
                who.add((long) e[0]);
            }
        }
        who.forEach(u -> want.add(Long.toString(u)));
        want.sort(null);
        assertThat(audience.members(lastDay)).containsExactlyElementsOf(want).contains("7");
        assertThat(seven.get("purchases_30d")).isEqualTo(events(7, "purchase", 30));
    }

    @Test
    void transactionsCountDistinctInvoicesWithoutCancellationsReturnsOrZeroPrices() {
        SegmentRule two = SegmentRule.parse("retail", null, LocalDate.of(2011, 12, 10),
                List.of("purchases_30d >= 2"));
        assertThat(audience.members(two)).containsExactly("17850");
        AudienceCount count = audience.count(two);
        assertThat(count.population()).isEqualTo(2);
        SegmentRule spend = SegmentRule.parse("retail", null, null, List.of("spend_30d = 21"));
        // 6 × 2.5 + 2 × 1 + 1 × 4 = 21, the day after the last line is the snapshot
        assertThat(audience.members(spend)).containsExactly("17850");
        assertThat(audience.count(spend).snapshot()).isEqualTo(LocalDate.of(2011, 12, 10));
        SegmentRule lapsed = SegmentRule.parse("retail", null, LocalDate.of(2011, 12, 10),
                List.of("days_since_purchase > 300"));
        assertThat(audience.members(lapsed)).containsExactly("12346");
    }

    @Test
    void unknownColumnsAndMistypedValuesAreNamedAndValuesAreNeverSql() {
        assertThatThrownBy(() -> audience.count(rule(null, "users", "shoe_size >= 3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("condition 'shoe_size >= 3'").hasMessageContaining("no column 'shoe_size'");
        assertThatThrownBy(() -> rule(null, "users", "age_band\"; DROP TABLE dataset; -- = 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("condition");
        assertThatThrownBy(() -> audience.count(rule(null, "users", "income >= lots")))
                .hasMessageContaining("'income' holds numbers");
        assertThatThrownBy(() -> audience.count(rule(null, "users", "age_band > 25")))
                .hasMessageContaining("compare it with = or !=");
        assertThatThrownBy(() -> audience.count(rule("retail", null, "views_7d > 0")))
                .hasMessageContaining("no event_type column");
        assertThatThrownBy(() -> audience.count(rule(null, "users", "score:run9 > 0")))
                .hasMessageContaining("run 9 has scored no dataset");
        assertThat(audience.count(rule(null, "users", "age_band = \"x' OR '1'='1\"")).matching()).isZero();
        assertThat(audience.count(rule(null, "users", "age_band = 25-34")).population()).isEqualTo(40);
    }
}
