package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Planted drift: absent by default (the rows are those the simulator wrote before drift existed), and when asked for
 * it changes exactly the documented columns of exactly the impressions from the drift day on, by the documented
 * amounts.
 */
class DriftInjectionTest {

    private static final int USERS = 3_000;
    private static final int DAYS = 10;
    private static final int AFTER = 6;
    private static final double TO_MOBILE = 0.5;
    private static final Map<String, Double> CATEGORY_FACTORS = Map.of("laptops", 0.8);
    private static final List<String> IMPRESSION_CHANGES = List.of("device", "price", "clicked", "purchased",
            "true_ctr", "true_cvr", "true_ctr_public");

    private static InMemoryDatasetSink plain;
    private static InMemoryDatasetSink drifted;
    private static SimulationResult driftedResult;
    private static LocalDateTime driftStart;

    @BeforeAll
    static void simulate() {
        SimulationSpec plainSpec = SimulationSpec.builder().setUsers(USERS).setDays(DAYS).setSeed(99).build();
        SimulationSpec driftSpec = SimulationSpec.builder().setUsers(USERS).setDays(DAYS).setSeed(99)
                .optDrift(DriftSpec.after(AFTER).withToMobile(TO_MOBILE).withCategoryPriceFactors(CATEGORY_FACTORS))
                .build();
        plain = new InMemoryDatasetSink();
        drifted = new InMemoryDatasetSink();
        new SimulationJob(plainSpec, plain, "").run(ProgressListener.none(), new CancellationToken());
        driftedResult = new SimulationJob(driftSpec, drifted, "").run(ProgressListener.none(),
                new CancellationToken());
        driftStart = driftSpec.driftStart();
    }

    @Test
    void withoutDriftTheRowsAreThoseWrittenBeforeDriftCouldBePlanted() throws Exception {
        // Digests of every row of a small simulation, recorded by running the generator as it was before drift
        // injection was added (the committed sources), in this JDK-independent form. A change here means the default output moved:
        // bump GENERATOR_VERSION in SimulationJob and record the new digests on purpose.
        SimulationSpec spec = SimulationSpec.builder().setUsers(500).setDays(14).setSeed(7).build();
        InMemoryDatasetSink sink = new InMemoryDatasetSink();
        SimulationResult result = new SimulationJob(spec, sink, "").run(ProgressListener.none(),
                new CancellationToken());

        Map<String, String> digests = new LinkedHashMap<>();
        for (InMemoryDatasetSink.Stored dataset : sink.committed()) {
            digests.put(dataset.name(), digest(dataset.rows()));
        }
        assertThat(digests).containsExactlyInAnyOrderEntriesOf(Map.of(
                "users", "932087b5b2fb085577c8a7502c2ab247751ce3eb4c78a7740b346f41bbd3959f",
                // simulator v3 added the items' name column: only this digest moved
                "items", "46e0fd5aae6e89ac9452754dd948d5003cd8eedd0006220066b89c0e4757cc4e",
                "events", "c9aa74f431975baee9a9e5da26289bb881659760fcb42dc4e3a688d291efcc50",
                "impressions", "a9e03dd123efd9e24430b6d5d409b23b004357af9e05a3977a07f7eba9128ffd",
                "campaign_exposures", "bfad7d581232e5412e0537ce21dd9035fc91f1ec73a93075bc2d387bccef8729",
                // added later, from a random stream of its own: the five digests above did not move
                "discount_test", "69138fdb04444fa1ff6e87a42845918fde4f16cea64ba1662c0340a3969b2273"));
        assertThat(sink.dataset("impressions").draft().sha256())
                .isEqualTo("33d71019624377167c57426d94d34fa3312ecfd248dbee91c980b81e2f4e4a8a");
        assertThat(result.drift()).isNull();
    }

    @Test
    void everyImpressionBeforeTheDriftIsExactlyAsWithoutDrift() {
        InMemoryDatasetSink.Stored before = plain.dataset("impressions");
        InMemoryDatasetSink.Stored after = drifted.dataset("impressions");
        int ts = before.index("ts");

        assertThat(after.rows()).hasSameSizeAs(before.rows());
        int earlier = 0;
        for (int i = 0; i < before.rows().size(); i++) {
            if (((LocalDateTime) before.rows().get(i)[ts]).isBefore(driftStart)) {
                assertThat(after.rows().get(i)).containsExactly(before.rows().get(i));
                earlier++;
            }
        }
        assertThat(earlier).isBetween(before.rows().size() / 2, before.rows().size() * 7 / 10);
    }

    @Test
    void laterImpressionsChangeOnlyInThePlantedAndDerivedColumns() {
        InMemoryDatasetSink.Stored before = plain.dataset("impressions");
        InMemoryDatasetSink.Stored after = drifted.dataset("impressions");
        List<String> columns = before.draft().columns().stream().map(c -> c.name()).toList();
        Set<String> changed = new java.util.TreeSet<>();
        for (int i = 0; i < before.rows().size(); i++) {
            for (int c = 0; c < columns.size(); c++) {
                if (!before.rows().get(i)[c].equals(after.rows().get(i)[c])) {
                    changed.add(columns.get(c));
                }
            }
        }
        PlantedDrift planted = driftedResult.drift();
        List<String> documented = new ArrayList<>(planted.columns());
        documented.addAll(planted.derivedColumns());

        assertThat(changed).containsExactlyInAnyOrderElementsOf(IMPRESSION_CHANGES);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(IMPRESSION_CHANGES);
        for (String name : List.of("users", "items", "events", "campaign_exposures", "discount_test")) {
            assertThat(drifted.dataset(name).values()).as(name).isEqualTo(plain.dataset(name).values());
            assertThat(drifted.dataset(name).draft()).as(name).isEqualTo(plain.dataset(name).draft());
        }
    }

    @Test
    void aboutTheConfiguredShareOfDesktopAndTabletImpressionsMovesToMobile() {
        InMemoryDatasetSink.Stored before = plain.dataset("impressions");
        InMemoryDatasetSink.Stored after = drifted.dataset("impressions");
        int ts = before.index("ts");
        int device = before.index("device");
        long candidates = 0;
        long moved = 0;
        for (int i = 0; i < before.rows().size(); i++) {
            if (((LocalDateTime) before.rows().get(i)[ts]).isBefore(driftStart)) {
                continue;
            }
            String own = (String) before.rows().get(i)[device];
            String shown = (String) after.rows().get(i)[device];
            if (own.equals("mobile")) {
                assertThat(shown).isEqualTo("mobile");
            } else {
                candidates++;
                if (shown.equals("mobile")) {
                    moved++;
                } else {
                    assertThat(shown).isEqualTo(own);
                }
            }
        }
        double share = (double) moved / candidates;
        double standardError = Math.sqrt(TO_MOBILE * (1 - TO_MOBILE) / candidates);
        assertThat(candidates).isGreaterThan(2_000);
        assertThat(share).isCloseTo(TO_MOBILE, within(4 * standardError));
    }

    @Test
    void laterPricesAreTheListPriceTimesTheFactorRoundedToTheCent() {
        InMemoryDatasetSink.Stored before = plain.dataset("impressions");
        InMemoryDatasetSink.Stored after = drifted.dataset("impressions");
        int ts = before.index("ts");
        int price = before.index("price");
        int category = before.index("category");
        int laptops = 0;
        for (int i = 0; i < before.rows().size(); i++) {
            if (((LocalDateTime) before.rows().get(i)[ts]).isBefore(driftStart)) {
                continue;
            }
            String cat = (String) before.rows().get(i)[category];
            double factor = cat.equals("laptops") ? 0.8 : DriftSpec.DEFAULT_PRICE_FACTOR;
            double list = (double) before.rows().get(i)[price];
            assertThat((double) after.rows().get(i)[price]).isEqualTo(Math.round(list * factor * 100) / 100.0);
            laptops += cat.equals("laptops") ? 1 : 0;
        }
        assertThat(laptops).isPositive();
    }

    @Test
    void clicksFollowThePlantedModelOnTheDeviceShown() {
        // the click rate after the drift matches the mean true_ctr of the drifted rows, which the planted model
        // computed for the device shown
        InMemoryDatasetSink.Stored after = drifted.dataset("impressions");
        int ts = after.index("ts");
        int clicked = after.index("clicked");
        int trueCtr = after.index("true_ctr");
        double clicks = 0;
        double expected = 0;
        double variance = 0;
        for (Object[] row : after.rows()) {
            if (!((LocalDateTime) row[ts]).isBefore(driftStart)) {
                double p = (double) row[trueCtr];
                clicks += (long) row[clicked];
                expected += p;
                variance += p * (1 - p);
            }
        }
        assertThat(clicks).isCloseTo(expected, within(4 * Math.sqrt(variance)));
    }

    @Test
    void theResultAndTheImpressionsDescribeThePlantedDrift() {
        PlantedDrift planted = driftedResult.drift();
        assertThat(planted.dataset()).isEqualTo("impressions");
        assertThat(planted.from()).isEqualTo(LocalDateTime.of(2026, 1, 7, 0, 0));
        assertThat(planted.columns()).containsExactly("device", "price");
        assertThat(planted.spec().priceFactor("laptops")).isEqualTo(0.8);
        assertThat(planted.spec().priceFactor("phones")).isEqualTo(1.3);

        DatasetInfo impressions = driftedResult.datasets().get(3);
        assertThat(impressions.sourceFile()).isEqualTo("simulator:seed=99,users=3000,days=10,"
                + "drift=after=6;device(toMobile=0.5);price(x1.3,laptops=0.8)");
        assertThat(impressions.sha256()).isNotEqualTo(plain.dataset("impressions").draft().sha256());
    }

    @Test
    void aPriceOnlyDriftLeavesDevicesAndClicksAlone() {
        SimulationSpec priceOnly = SimulationSpec.builder().setUsers(300).setDays(4).setSeed(5)
                .optDrift(DriftSpec.after(2).withShifts(EnumSet.of(DriftSpec.Shift.PRICE))).build();
        SimulationSpec none = SimulationSpec.builder().setUsers(300).setDays(4).setSeed(5).build();
        InMemoryDatasetSink a = new InMemoryDatasetSink();
        InMemoryDatasetSink b = new InMemoryDatasetSink();
        SimulationResult result = new SimulationJob(priceOnly, a, "").run(ProgressListener.none(),
                new CancellationToken());
        new SimulationJob(none, b, "").run(ProgressListener.none(), new CancellationToken());

        for (String column : List.of("device", "clicked", "true_ctr", "true_ctr_public")) {
            assertThat(a.dataset("impressions").column(column, Object.class)).as(column)
                    .isEqualTo(b.dataset("impressions").column(column, Object.class));
        }
        assertThat(result.drift().columns()).containsExactly("price");
        assertThat(result.drift().derivedColumns()).containsExactly("purchased", "true_cvr");
    }

    /** SHA-256 over every value in a JDK-independent form: longs and doubles by their bits, the rest as text. */
    static String digest(List<Object[]> rows) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES);
        for (Object[] row : rows) {
            for (Object value : row) {
                buffer.clear();
                if (value instanceof Long l) {
                    md.update(buffer.putLong(l).array());
                } else if (value instanceof Double d) {
                    md.update(buffer.putLong(Double.doubleToLongBits(d)).array());
                } else {
                    md.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                }
                md.update((byte) 0x1f);
            }
            md.update((byte) 0x1e);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
