package io.campaignlab.views.monitor;

import io.campaignlab.engine.monitor.ColumnDrift;
import io.campaignlab.engine.monitor.DriftAnalysis;
import io.campaignlab.engine.monitor.DriftBin;
import io.campaignlab.engine.monitor.DriftKind;
import io.campaignlab.engine.monitor.DriftReport;
import io.campaignlab.engine.monitor.DriftSettings;
import io.campaignlab.engine.monitor.DriftStatus;
import io.campaignlab.engine.monitor.PerformanceBucket;
import io.campaignlab.engine.monitor.PerformanceTimeline;
import io.campaignlab.engine.monitor.TimeBucket;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.views.models.FakeRunRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Hand-built drift analyses with known numbers, stored the way {@code DriftAnalysisJob} stores them. */
final class MonitorFixtures {

    static final Instant CREATED = Instant.parse("2025-03-07T08:00:00Z");
    static final String WINDOW = "impressions 2025-03-01..2025-03-07";

    private MonitorFixtures() {
    }

    /** Price alerts (numeric bins), device alerts (categories), hour warns, region is fine, one is skipped. */
    static DriftReport report() {
        List<ColumnDrift> rows = List.of(
                new ColumnDrift("price", "price", DriftKind.NUMERIC, "wasserstein_normed", 0.1517, Double.NaN, 0.1,
                        0.1968, 0.1526, 1.517, DriftStatus.ALERT, "", 31_543, 9_971, 0, 0, List.of(
                        new DriftBin("≤ 21.99", Double.NEGATIVE_INFINITY, 21.99, 0.108, 0.036),
                        new DriftBin("(21.99, 37.99]", 21.99, 37.99, 0.167, 0.131),
                        new DriftBin("(37.99, 55.99]", 37.99, 55.99, 0.165, 0.177),
                        new DriftBin("> 55.99", 55.99, Double.POSITIVE_INFINITY, 0.560, 0.656))),
                new ColumnDrift("device", "device", DriftKind.CATEGORICAL, "jensen_shannon", 0.1419, Double.NaN, 0.1,
                        0.1631, 0.1419, 1.419, DriftStatus.ALERT, "", 31_543, 9_971, 0, 0, List.of(
                        DriftBin.category("mobile", 0.55, 0.77), DriftBin.category("desktop", 0.35, 0.17),
                        DriftBin.category("tablet", 0.10, 0.06))),
                new ColumnDrift("ts_hour", "ts", DriftKind.HOUR_OF_DAY, "jensen_shannon", 0.061, Double.NaN, 0.1,
                        0.02, 0.061, 0.61, DriftStatus.WARN, "", 31_543, 9_971, 0, 0, List.of(
                        DriftBin.category("0", 0.04, 0.05), DriftBin.category("1", 0.03, 0.02))),
                new ColumnDrift("region", "region", DriftKind.CATEGORICAL, "chi_square", 3.2, 0.36, 0.05, 0.001,
                        0.011, 0.34, DriftStatus.OK, "", 900, 800, 0, 0, List.of(
                        DriftBin.category("west", 0.5, 0.52), DriftBin.category("east", 0.5, 0.48))),
                new ColumnDrift("coupon", "coupon", DriftKind.CATEGORICAL, "none", Double.NaN, Double.NaN, 0.1,
                        Double.NaN, Double.NaN, 0, DriftStatus.SKIPPED, "the current sample has no values", 31_543, 0,
                        0, 9_971, List.of()));
        return new DriftReport(rows, 31_543, 9_971, DriftSettings.defaults());
    }

    static PerformanceTimeline timeline() {
        List<PerformanceBucket> buckets = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            long start = LocalDate.of(2025, 3, d).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            buckets.add(new PerformanceBucket(LocalDate.of(2025, 3, d).toString(), start, start + 86_400_000L,
                    1400 + d, 0.045 + d * 0.001, 0.047 + (d % 3) * 0.002, d == 4 ? Double.NaN : 0.68 + d * 0.01,
                    0.18, 0.004 + d * 0.0005, d == 4 ? "one class only" : ""));
        }
        return new PerformanceTimeline(TimeBucket.DAY, buckets, true, 0);
    }

    static DriftAnalysis analysis(long runId, String current) {
        return new DriftAnalysis(runId, current, report(), timeline());
    }

    static void store(FakeRunRepository runs, DriftAnalysis analysis, Instant at) {
        runs.saveReport(new RunReport(analysis.runId(), DriftAnalysis.KIND, analysis.current(), at,
                ReportJson.write(analysis)));
    }
}
