package io.campaignlab.views.segments;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.segments.SegmentJson;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentProvenance;
import io.campaignlab.engine.segments.SegmentRecord;
import io.campaignlab.engine.segments.SegmentationRecord;
import io.campaignlab.engine.segments.customers.CustomerData;
import io.campaignlab.engine.segments.customers.CustomerLoader;
import io.campaignlab.engine.segments.customers.SegmentColumns;
import io.campaignlab.engine.segments.kmeans.KMeansJob;
import io.campaignlab.engine.segments.kmeans.KMeansRequest;
import io.campaignlab.engine.segments.kmeans.KMeansSegmentation;
import io.campaignlab.engine.segments.kmeans.KMeansSpec;
import io.campaignlab.engine.segments.rfm.RfmJob;
import io.campaignlab.engine.segments.rfm.RfmRequest;
import io.campaignlab.engine.segments.rfm.RfmSegmentation;
import io.campaignlab.engine.segments.rules.AudienceCount;
import io.campaignlab.engine.segments.rules.RuleSegmentRequest;
import io.campaignlab.engine.segments.rules.RuleSegmentation;
import io.campaignlab.engine.segments.rules.SegmentRule;
import io.campaignlab.views.testing.FakeWorkspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/** A small events dataset segmented for real (RFM and k-means), and an in-memory store and jobs around it. */
final class SegmentsFixtures {

    static final String[] CATEGORIES = {"shoes", "audio", "beauty", "books"};
    static final LocalDate DAY0 = LocalDate.of(2025, 1, 1);

    private SegmentsFixtures() {
    }

    /** 400 users over 60 days: views, clicks and purchases with prices and categories. */
    static CustomerData customers() {
        Random random = new Random(5);
        int n = 6000;
        String[] users = new String[n];
        String[] types = new String[n];
        long[] times = new long[n];
        double[] prices = new double[n];
        String[] categories = new String[n];
        for (int i = 0; i < n; i++) {
            int u = random.nextInt(400);
            users[i] = Integer.toString(u);
            double r = random.nextDouble();
            types[i] = r < 0.6 ? "view" : r < 0.85 ? "click" : "purchase";
            // loyal users (low ids) buy later and more
            int day = Math.min(59, (int) (random.nextDouble() * 60 * (u < 100 ? 1.3 : 0.8)));
            times[i] = DAY0.plusDays(day).toEpochDay() * 86_400_000L + random.nextInt(86_400_000);
            prices[i] = 5 + random.nextInt(80) + (u < 100 ? 40 : 0);
            categories[i] = CATEGORIES[(u + random.nextInt(2)) % CATEGORIES.length];
        }
        long[] rows = new long[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i + 1;
        }
        Frame frame = Frame.of("events", rows, List.of(new FrameColumn.Texts("user_id", users),
                new FrameColumn.Texts("event_type", types), new FrameColumn.Times("ts", times),
                new FrameColumn.Numbers("price", prices), new FrameColumn.Texts("category", categories)));
        SegmentColumns columns = new SegmentColumns("events", "user_id", "ts", "event_type", null, null, "price", null,
                "category");
        return CustomerLoader.load(frame, columns, null);
    }

    static List<DatasetInfo> datasets() {
        return List.of(new DatasetInfo(1, "events", DatasetKind.EVENTS, "simulator:events", "ab".repeat(32), 6000, 0,
                Instant.parse("2025-03-01T10:00:00Z"), List.of(
                        ColumnMeta.of("user_id", ColumnType.TEXT, ColumnRole.USER_ID),
                        ColumnMeta.of("event_type", ColumnType.CATEGORY, ColumnRole.EVENT_TYPE),
                        ColumnMeta.of("ts", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                        ColumnMeta.of("price", ColumnType.DECIMAL, ColumnRole.PRICE),
                        ColumnMeta.of("category", ColumnType.CATEGORY, ColumnRole.CATEGORY))),
                new DatasetInfo(2, "users", DatasetKind.TABLE, "simulator:users", "cd".repeat(32), 400, 0,
                        Instant.parse("2025-03-01T10:00:00Z"), List.of(
                        ColumnMeta.of("user_id", ColumnType.TEXT, ColumnRole.USER_ID),
                        ColumnMeta.of("age_band", ColumnType.CATEGORY, ColumnRole.FEATURE))));
    }

    /** Segmentations and reports in memory; counts a rule as 37 users per condition of 400. */
    static final class Store implements SegmentStore {
        final List<SegmentationRecord> records = new CopyOnWriteArrayList<>();
        final Map<Long, String> reports = new HashMap<>();
        final List<String> counted = new CopyOnWriteArrayList<>();
        long nextSegment = 100;

        synchronized SegmentationRecord add(String name, SegmentKind kind, List<String> segments, List<Long> sizes,
                                            Object report) {
            long id = records.size() + 1;
            List<SegmentRecord> rows = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                rows.add(new SegmentRecord(nextSegment++, id, i, segments.get(i), "{}", sizes.get(i)));
            }
            SegmentationRecord record = new SegmentationRecord(id, name, kind, SegmentProvenance.of(SegmentsFixtures.datasets().get(0)),
                    LocalDate.of(2025, 3, 2), "{}", Instant.now(), rows);
            records.add(0, record);
            reports.put(id, SegmentJson.write(report));
            return record;
        }

        SegmentationRecord addRfm(RfmSegmentation r) {
            return add("RFM of events as of " + r.snapshot(), SegmentKind.RFM,
                    r.segments().stream().map(s -> s.name()).toList(),
                    r.segments().stream().map(s -> (long) s.customers()).toList(), r);
        }

        SegmentationRecord addKMeans(KMeansSegmentation r) {
            return add("k-means (k = " + r.k() + ") of events", SegmentKind.KMEANS,
                    r.clusters().stream().map(c -> c.name()).toList(),
                    r.clusters().stream().map(c -> (long) c.customers()).toList(), r);
        }

        @Override
        public List<SegmentationRecord> segmentations() {
            FakeWorkspace.requireWorkerThread();
            return List.copyOf(records);
        }

        @Override
        public synchronized Optional<String> report(long segmentationId) {
            FakeWorkspace.requireWorkerThread();
            return Optional.ofNullable(reports.get(segmentationId));
        }

        @Override
        public List<DatasetInfo> datasets() {
            FakeWorkspace.requireWorkerThread();
            return SegmentsFixtures.datasets();
        }

        @Override
        public AudienceCount count(SegmentRule rule) {
            FakeWorkspace.requireWorkerThread();
            counted.add(rule.text());
            return new AudienceCount(37L * rule.conditions().size(), 400, LocalDate.of(2025, 3, 2));
        }

        @Override
        public LocalDate defaultSnapshot(String events) {
            return LocalDate.of(2025, 3, 2);
        }
    }

    /** Jobs that segment the fixture for real and store into the store. */
    static SegmentJobs jobs(Store store, CustomerData data) {
        return new SegmentJobs() {
            @Override
            public Job<RfmSegmentation> rfm(RfmRequest request) {
                return job("RFM", () -> {
                    RfmSegmentation r = RfmJob.segment(data);
                    return r.withSegmentationId(store.addRfm(r).id());
                });
            }

            @Override
            public Job<KMeansSegmentation> kMeans(KMeansRequest request) {
                return job("k-means", () -> {
                    KMeansSegmentation r = KMeansJob.segment(data, request.spec().withRestarts(2),
                            ProgressListener.none(), new CancellationToken());
                    return r.withSegmentationId(store.addKMeans(r).id());
                });
            }

            @Override
            public Job<RuleSegmentation> rules(RuleSegmentRequest request) {
                return job("rules", () -> {
                    AudienceCount count = store.count(request.rule());
                    RuleSegmentation r = new RuleSegmentation(0, request.name(), request.rule(), count, null, null,
                            "No profile in this test.");
                    return r.withSegmentationId(store.add("Rules: " + request.name(), SegmentKind.RULES,
                            List.of(request.name()), List.of(count.matching()), r).id());
                });
            }
        };
    }

    private static <T> Job<T> job(String title, java.util.concurrent.Callable<T> work) {
        return Job.of("segment", title, (progress, cancel) -> {
            FakeWorkspace.requireWorkerThread();
            return work.call();
        });
    }

    static KMeansSegmentation kMeans(CustomerData data) {
        return KMeansJob.segment(data, KMeansSpec.of(2, 5, 3).withRestarts(2), ProgressListener.none(),
                new CancellationToken());
    }
}
