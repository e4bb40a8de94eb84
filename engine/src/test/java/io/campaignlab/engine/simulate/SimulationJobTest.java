package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetSink;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.importing.Rejection;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.campaignlab.engine.datasets.ColumnRole.CATEGORY;
import static io.campaignlab.engine.datasets.ColumnRole.DOMAIN;
import static io.campaignlab.engine.datasets.ColumnRole.EVENT_TYPE;
import static io.campaignlab.engine.datasets.ColumnRole.FEATURE;
import static io.campaignlab.engine.datasets.ColumnRole.IGNORE;
import static io.campaignlab.engine.datasets.ColumnRole.GROUP;
import static io.campaignlab.engine.datasets.ColumnRole.ITEM_ID;
import static io.campaignlab.engine.datasets.ColumnRole.LABEL;
import static io.campaignlab.engine.datasets.ColumnRole.PRICE;
import static io.campaignlab.engine.datasets.ColumnRole.REVENUE;
import static io.campaignlab.engine.datasets.ColumnRole.SESSION_ID;
import static io.campaignlab.engine.datasets.ColumnRole.TIMESTAMP;
import static io.campaignlab.engine.datasets.ColumnRole.TREATMENT;
import static io.campaignlab.engine.datasets.ColumnRole.USER_ID;
import static io.campaignlab.engine.datasets.ColumnType.DECIMAL;
import static io.campaignlab.engine.datasets.ColumnType.INTEGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The job's contract with the sink: names, schemas, determinism, progress, cancel and failure. */
class SimulationJobTest {

    private static final SimulationSpec SMALL = SimulationSpec.builder().setUsers(2_000).setDays(7).setSeed(42).build();
    private static final List<String> NAMES = List.of("users", "items", "events", "impressions", "campaign_exposures",
            "discount_test");

    private static InMemoryDatasetSink small;
    private static SimulationResult smallResult;

    @BeforeAll
    static void simulateSmall() {
        small = new InMemoryDatasetSink();
        smallResult = new SimulationJob(SMALL, small, "").run(ProgressListener.none(), new CancellationToken());
    }

    @Test
    void writesTheSixDatasetsUnderTheirExactNames() {
        assertThat(small.committedNames()).containsExactlyElementsOf(NAMES);
        assertThat(small.aborted()).isEmpty();
        assertThat(smallResult.datasets()).extracting(DatasetInfo::name).containsExactlyElementsOf(NAMES);
        assertThat(smallResult.datasets()).allSatisfy(info -> {
            assertThat(info.rows()).isEqualTo(small.dataset(info.name()).rows().size()).isPositive();
            assertThat(info.rejected()).isZero();
            assertThat(info.sourceFile()).isEqualTo("simulator:seed=42,users=2000,days=7");
        });
        assertThat(smallResult.seconds()).isPositive();
    }

    @Test
    void theNamePrefixGoesBeforeEveryName() {
        InMemoryDatasetSink sink = new InMemoryDatasetSink();
        SimulationSpec tiny = SimulationSpec.builder().setUsers(10).setDays(1).build();

        new SimulationJob(tiny, sink, "demo_").run(ProgressListener.none(), new CancellationToken());

        assertThat(sink.committedNames()).containsExactlyElementsOf(NAMES.stream().map(n -> "demo_" + n).toList());
    }

    @Test
    void datasetsHaveTheDocumentedColumnsKindsAndGroundTruthFlags() {
        assertSchema("users", DatasetKind.TABLE, List.of(
                col("user_id", INTEGER, USER_ID), col("age_band", ColumnType.CATEGORY, FEATURE),
                col("region", ColumnType.CATEGORY, FEATURE), col("device", ColumnType.CATEGORY, FEATURE),
                col("signup_date", ColumnType.TIMESTAMP, TIMESTAMP), truth("price_sensitivity", DECIMAL)));
        assertSchema("items", DatasetKind.TABLE, List.of(
                col("item_id", INTEGER, ITEM_ID), col("category", ColumnType.CATEGORY, CATEGORY),
                col("brand", ColumnType.CATEGORY, FEATURE), col("price", DECIMAL, PRICE),
                col("domain", ColumnType.CATEGORY, DOMAIN), truth("popularity", DECIMAL),
                col("name", ColumnType.TEXT, IGNORE)));
        assertSchema("events", DatasetKind.EVENTS, List.of(
                col("event_id", INTEGER, FEATURE), col("user_id", INTEGER, USER_ID),
                col("session_id", INTEGER, SESSION_ID), col("item_id", INTEGER, ITEM_ID),
                col("event_type", ColumnType.CATEGORY, EVENT_TYPE), col("ts", ColumnType.TIMESTAMP, TIMESTAMP),
                col("price", DECIMAL, PRICE), col("category", ColumnType.CATEGORY, CATEGORY),
                col("domain", ColumnType.CATEGORY, DOMAIN)));
        assertSchema("impressions", DatasetKind.IMPRESSIONS, List.of(
                col("impression_id", INTEGER, FEATURE), col("user_id", INTEGER, USER_ID),
                col("item_id", INTEGER, ITEM_ID), col("ts", ColumnType.TIMESTAMP, TIMESTAMP),
                col("placement", ColumnType.CATEGORY, FEATURE), col("position", INTEGER, FEATURE),
                col("device", ColumnType.CATEGORY, FEATURE), col("age_band", ColumnType.CATEGORY, FEATURE),
                col("region", ColumnType.CATEGORY, FEATURE), col("category", ColumnType.CATEGORY, CATEGORY),
                col("brand", ColumnType.CATEGORY, FEATURE), col("price", DECIMAL, PRICE),
                col("discount_pct", INTEGER, FEATURE), col("hour", INTEGER, FEATURE),
                col("noise_a", ColumnType.CATEGORY, FEATURE), col("clicked", INTEGER, LABEL),
                col("purchased", INTEGER, LABEL), truth("true_ctr", DECIMAL), truth("true_cvr", DECIMAL),
                truth("true_ctr_public", DECIMAL)));
        assertSchema("campaign_exposures", DatasetKind.EXPERIMENT, List.of(
                col("user_id", INTEGER, USER_ID), col("group", ColumnType.CATEGORY, GROUP),
                col("age_band", ColumnType.CATEGORY, FEATURE), col("region", ColumnType.CATEGORY, FEATURE),
                col("device", ColumnType.CATEGORY, FEATURE), col("history_spend", DECIMAL, FEATURE),
                col("history_orders", INTEGER, FEATURE), col("recency_days", INTEGER, FEATURE),
                col("exposed_at", ColumnType.TIMESTAMP, TIMESTAMP), col("converted", INTEGER, LABEL),
                col("spend", DECIMAL, REVENUE), col("visits", INTEGER, FEATURE),
                truth("true_p_control", DECIMAL), truth("true_uplift_coupon_10", DECIMAL),
                truth("true_uplift_coupon_20", DECIMAL), truth("true_uplift", DECIMAL)));
        assertSchema("discount_test", DatasetKind.EXPERIMENT, List.of(
                col("user_id", INTEGER, USER_ID), col("arm", ColumnType.CATEGORY, GROUP),
                col("discount_pct", INTEGER, TREATMENT), col("age_band", ColumnType.CATEGORY, FEATURE),
                col("region", ColumnType.CATEGORY, FEATURE), col("device", ColumnType.CATEGORY, FEATURE),
                col("history_orders", INTEGER, FEATURE), col("promo_orders", INTEGER, FEATURE),
                col("visits", INTEGER, FEATURE), col("promo_clicks", INTEGER, FEATURE),
                col("item_id", INTEGER, ITEM_ID), col("category", ColumnType.CATEGORY, CATEGORY),
                col("list_price", DECIMAL, PRICE), col("unit_cost", DECIMAL, FEATURE),
                col("offered_at", ColumnType.TIMESTAMP, TIMESTAMP), col("converted", INTEGER, LABEL),
                col("revenue", DECIMAL, REVENUE), col("margin", DECIMAL, ColumnRole.IGNORE),
                truth("true_p_buy_0", DECIMAL), truth("true_p_buy_5", DECIMAL), truth("true_p_buy_10", DECIMAL),
                truth("true_p_buy_15", DECIMAL), truth("true_p_buy_20", DECIMAL)));
    }

    @Test
    void everyGroundTruthColumnHasTheRoleIgnore() {
        assertThat(small.committed()).flatExtracting(d -> d.draft().columns())
                .filteredOn(ColumnMeta::groundTruth)
                .hasSize(14)
                .allSatisfy(c -> assertThat(c.role()).isEqualTo(ColumnRole.IGNORE));
    }

    @Test
    void everyValueHasTheJavaTypeOfItsColumn() {
        Map<ColumnType, Class<?>> javaTypes = Map.of(INTEGER, Long.class, DECIMAL, Double.class,
                ColumnType.TIMESTAMP, LocalDateTime.class, ColumnType.CATEGORY, String.class, ColumnType.TEXT,
                String.class);
        for (InMemoryDatasetSink.Stored dataset : small.committed()) {
            List<ColumnMeta> columns = dataset.draft().columns();
            for (Object[] row : dataset.rows()) {
                assertThat(row).hasSameSizeAs(columns);
                for (int i = 0; i < row.length; i++) {
                    assertThat(row[i]).as("%s.%s", dataset.name(), columns.get(i).name())
                            .isInstanceOf(javaTypes.get(columns.get(i).type()));
                }
            }
        }
    }

    @Test
    void theSameSeedGivesIdenticalRows() {
        InMemoryDatasetSink again = new InMemoryDatasetSink();

        new SimulationJob(SMALL, again, "").run(ProgressListener.none(), new CancellationToken());

        for (String name : NAMES) {
            assertThat(again.dataset(name).values()).as(name).isEqualTo(small.dataset(name).values());
            assertThat(again.dataset(name).draft()).isEqualTo(small.dataset(name).draft());
        }
    }

    @Test
    void aDifferentSeedGivesDifferentRows() {
        InMemoryDatasetSink other = new InMemoryDatasetSink();
        SimulationSpec otherSeed = SimulationSpec.builder().setUsers(2_000).setDays(7).setSeed(43).build();

        new SimulationJob(otherSeed, other, "").run(ProgressListener.none(), new CancellationToken());

        for (String name : NAMES) {
            assertThat(other.dataset(name).values()).as(name).isNotEqualTo(small.dataset(name).values());
            assertThat(other.dataset(name).draft().sha256()).isNotEqualTo(small.dataset(name).draft().sha256());
        }
    }

    @Test
    void eachDatasetHasItsOwnSha256() {
        assertThat(small.committed()).extracting(d -> d.draft().sha256())
                .allSatisfy(sha -> assertThat(sha).matches("[0-9a-f]{64}"))
                .doesNotHaveDuplicates();
    }

    @Test
    void reportsProgressUpToTheTotal() {
        List<long[]> reports = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                reports.add(new long[]{done, total});
            }

            @Override
            public void message(String text) {
                messages.add(text);
            }
        };
        SimulationSpec tiny = SimulationSpec.builder().setUsers(50).setDays(2).build();
        InMemoryDatasetSink sink = new InMemoryDatasetSink();

        new SimulationJob(tiny, sink, "").run(listener, new CancellationToken());

        assertThat(reports).isNotEmpty().allSatisfy(r -> assertThat(r[0]).isBetween(0L, r[1]));
        long[] last = reports.get(reports.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
        assertThat(reports).extracting(r -> r[0]).isSorted();
        assertThat(messages).contains(String.format(Locale.ROOT, "events: %,d rows",
                sink.dataset("events").rows().size()));
    }

    @Test
    void aCancelMidwayAbortsEveryDatasetOfTheRun() {
        InMemoryDatasetSink sink = new InMemoryDatasetSink();
        CancellationToken cancel = new CancellationToken();
        long usersAndItems = SMALL.users() + ItemCatalog.sizeFor(SMALL.users());
        ProgressListener cancelDuringEvents = new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                if (done > usersAndItems) {
                    cancel.cancel();
                }
            }

            @Override
            public void message(String text) {
            }
        };
        SimulationJob job = new SimulationJob(SMALL, sink, "");

        assertThatThrownBy(() -> job.run(cancelDuringEvents, cancel)).isInstanceOf(CancelledException.class);

        assertThat(sink.committedNames()).isEmpty();
        assertThat(sink.begun()).startsWith("users", "items", "events").doesNotContain("campaign_exposures");
        assertThat(sink.aborted()).containsExactlyInAnyOrderElementsOf(sink.begun());
    }

    @Test
    void aFailingWriteAbortsEveryDatasetOfTheRun() {
        InMemoryDatasetSink store = new InMemoryDatasetSink();
        DatasetSink failingOnItems = draft -> {
            DatasetWriter writer = store.begin(draft);
            if (!draft.name().equals("items")) {
                return writer;
            }
            return new DatasetWriter() {
                @Override
                public void append(Object[] row) {
                    throw new IllegalStateException("disk full");
                }

                @Override
                public void reject(Rejection rejection) {
                    writer.reject(rejection);
                }

                @Override
                public DatasetInfo commit(long rejectedRows) {
                    return writer.commit(rejectedRows);
                }

                @Override
                public void abort() {
                    writer.abort();
                }

                @Override
                public void close() {
                    writer.close();
                }
            };
        };
        SimulationJob job = new SimulationJob(SMALL, failingOnItems, "");

        assertThatThrownBy(() -> job.run(ProgressListener.none(), new CancellationToken()))
                .hasMessage("disk full");

        assertThat(store.committedNames()).isEmpty();
        assertThat(store.aborted()).containsExactlyInAnyOrder("users", "items");
    }

    @Test
    void describesItself() {
        SimulationJob job = new SimulationJob(SimulationSpec.defaults(), new InMemoryDatasetSink(), "");

        assertThat(job.kind()).isEqualTo("simulate");
        assertThat(job.title()).isEqualTo("Simulate 50,000 users over 30 days (seed 42)");
    }

    private static void assertSchema(String name, DatasetKind kind, List<ColumnMeta> expected) {
        DatasetDraft draft = small.dataset(name).draft();
        assertThat(draft.kind()).as(name).isEqualTo(kind);
        assertThat(draft.columns()).as(name).containsExactlyElementsOf(expected);
    }

    private static ColumnMeta col(String name, ColumnType type, ColumnRole role) {
        return new ColumnMeta(name, name, type, role, null, false);
    }

    private static ColumnMeta truth(String name, ColumnType type) {
        return new ColumnMeta(name, name, type, ColumnRole.IGNORE, null, true);
    }
}
