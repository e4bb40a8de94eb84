package io.campaignlab.engine.segments;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.segments.kmeans.CentroidValue;
import io.campaignlab.engine.segments.kmeans.Cluster;
import io.campaignlab.engine.segments.kmeans.ClusterDefinition;
import io.campaignlab.engine.segments.kmeans.KMeansJob;
import io.campaignlab.engine.segments.kmeans.KMeansRequest;
import io.campaignlab.engine.segments.kmeans.KMeansSegmentation;
import io.campaignlab.engine.segments.kmeans.KMeansSpec;
import io.campaignlab.engine.segments.rfm.RfmDefinition;
import io.campaignlab.engine.segments.rfm.RfmJob;
import io.campaignlab.engine.segments.rfm.RfmRequest;
import io.campaignlab.engine.segments.rfm.RfmSegmentation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** The RFM and k-means jobs end to end over ports in memory: what they store and what they return. */
class SegmentationJobsTest {

    @Test
    void rfmStoresEveryNamedSegmentWithItsMembers() {
        InMemorySegments store = new InMemorySegments();
        SegmentPorts ports = InMemorySegments.ports(TinyFrames.transactionsInfo(), TinyFrames.transactions(), store);
        RfmSegmentation result = new RfmJob(ports, new RfmRequest("tiny", null, null))
                .run(ProgressListener.none(), new CancellationToken());
        assertThat(result.segmentationId()).isEqualTo(1);
        SegmentationRecord stored = store.require(1);
        assertThat(stored.kind()).isEqualTo(SegmentKind.RFM);
        assertThat(stored.snapshotDate()).isEqualTo(LocalDate.of(2024, 1, 11));
        assertThat(stored.provenance().datasetSha256()).isEqualTo("a".repeat(64));
        assertThat(stored.segments()).hasSize(11);
        assertThat(stored.members()).isEqualTo(4);
        SegmentRecord lost = stored.segments().get(10);
        assertThat(lost.name()).isEqualTo("Lost");
        assertThat(store.members(lost.id())).containsExactly("E");
        RfmDefinition definition = SegmentJson.read(lost.definitionJson(), RfmDefinition.class);
        assertThat(definition.text()).isEqualTo("R 1 and F 1-2");
        assertThat(definition.rule().recencyMax()).isEqualTo(1);
        assertThat(definition.snapshot()).isEqualTo(LocalDate.of(2024, 1, 11));
        RfmSegmentation again = SegmentJson.read(store.report(1).orElseThrow(), RfmSegmentation.class);
        assertThat(again.cleaning()).isEqualTo(result.cleaning());
        assertThat(again.segments()).isEqualTo(result.segments());
        assertThat(again.profiles().segment("Champions").metric("monetary").index()).isNaN();
        assertThat(SegmentJson.read(stored.paramsJson(), RfmRequest.class)).isEqualTo(new RfmRequest("tiny", null,
                null));
    }

    @Test
    void kMeansFindsPlantedCustomerGroupsAndStoresThemLargestFirst() {
        // 3 planted behaviours: 300 frequent big spenders who bought last week, 200 one-off small buyers from long
        // ago, 100 mid customers; each customer's orders are invoices of one line
        Frame frame = planted();
        var info = TinyFrames.info("planted", DatasetKind.TRANSACTIONS, List.of(
                ColumnMeta.of("invoice", ColumnType.CATEGORY, ColumnRole.FEATURE),
                ColumnMeta.of("customer", ColumnType.CATEGORY, ColumnRole.USER_ID),
                ColumnMeta.of("at", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                ColumnMeta.of("amount", ColumnType.DECIMAL, ColumnRole.REVENUE)));
        InMemorySegments store = new InMemorySegments();
        KMeansSpec spec = KMeansSpec.of(2, 6, 7).withRestarts(4);
        KMeansSegmentation result = new KMeansJob(InMemorySegments.ports(info, frame, store),
                new KMeansRequest("planted", LocalDate.of(2024, 7, 1), null, spec))
                .run(ProgressListener.none(), new CancellationToken());
        assertThat(result.k()).isEqualTo(3);
        assertThat(result.sweep()).hasSize(5);
        assertThat(result.silhouette()).isEqualTo(result.sweep().get(1).silhouette());
        assertThat(result.clusters()).extracting(Cluster::customers).containsExactly(300, 200, 100);
        SegmentationRecord stored = store.require(result.segmentationId());
        assertThat(stored.kind()).isEqualTo(SegmentKind.KMEANS);
        assertThat(stored.segments()).extracting(SegmentRecord::name).containsExactly("Cluster 1", "Cluster 2",
                "Cluster 3");
        Set<String> big = new HashSet<>(store.members(stored.segments().get(0).id()));
        assertThat(big).hasSize(300).allMatch(id -> id.startsWith("big"));
        assertThat(store.members(stored.segments().get(1).id())).allMatch(id -> id.startsWith("small"));
        // the big spenders' typical monetary value is near their planted 20 orders × 50
        CentroidValue monetary = result.clusters().get(0).centroid().get(2);
        assertThat(monetary.feature()).isEqualTo("monetary");
        assertThat(monetary.typical()).isBetween(800.0, 1200.0);
        assertThat(result.profiles().segment("Cluster 1").metric("monetary").index()).isGreaterThan(150);
        KMeansSegmentation again = SegmentJson.read(store.report(result.segmentationId()).orElseThrow(),
                KMeansSegmentation.class);
        assertThat(again.sweep()).isEqualTo(result.sweep());
        assertThat(again.clusters()).isEqualTo(result.clusters());
        assertThat(again.spec()).isEqualTo(spec);
        assertThat(SegmentJson.read(stored.paramsJson(), KMeansRequest.class).spec()).isEqualTo(spec);
        ClusterDefinition definition = SegmentJson.read(stored.segments().get(0).definitionJson(),
                ClusterDefinition.class);
        assertThat(definition.centroids()).hasSize(3 * 4);
        assertThat(definition.features()).containsExactly("recency_days", "frequency", "monetary", "tenure_days");
        assertThat(definition.means()[2]).isEqualTo(
                SegmentJson.read(stored.segments().get(2).definitionJson(), ClusterDefinition.class).means()[2],
                offset(0.0));
    }

    /** Customers of three kinds, with orders spread over the first half of 2024. */
    static Frame planted() {
        List<String> invoice = new ArrayList<>();
        List<String> customer = new ArrayList<>();
        List<Long> at = new ArrayList<>();
        List<Double> amount = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(1);
        long base = TinyFrames.millis("2024-01-01T12:00");
        long day = 86_400_000L;
        int order = 0;
        for (int c = 0; c < 600; c++) {
            String id;
            int orders;
            double value;
            int lastDay;
            if (c < 300) {
                id = "big" + c;
                orders = 18 + rng.nextInt(5);
                value = 50;
                lastDay = 175 + rng.nextInt(5);
            } else if (c < 500) {
                id = "small" + c;
                orders = 1;
                value = 8;
                lastDay = 5 + rng.nextInt(20);
            } else {
                id = "mid" + c;
                orders = 4 + rng.nextInt(3);
                value = 20;
                lastDay = 90 + rng.nextInt(20);
            }
            for (int o = 0; o < orders; o++) {
                invoice.add("N" + order++);
                customer.add(id);
                at.add(base + (long) (lastDay - o * 2) * day);
                amount.add(value * (0.9 + 0.2 * rng.nextDouble()));
            }
        }
        int n = invoice.size();
        long[] times = new long[n];
        double[] amounts = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = at.get(i);
            amounts[i] = amount.get(i);
        }
        return TinyFrames.frame("planted", List.of(new FrameColumn.Texts("invoice", invoice.toArray(new String[0])),
                new FrameColumn.Texts("customer", customer.toArray(new String[0])),
                new FrameColumn.Times("at", times), new FrameColumn.Numbers("amount", amounts)));
    }
}
