package io.campaignlab.engine.simulate;

import io.campaignlab.engine.features.BehaviourAggregates;
import io.campaignlab.engine.features.FeatureDefaults;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.SplitIndices;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.features.Splitter;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.monitor.DriftReport;
import io.campaignlab.engine.monitor.DriftSettings;
import io.campaignlab.engine.monitor.TimeMatchedReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reproduction, feature side, on seeds 1–5: {@code simulate --users 5000 --days 28}, the impressions
 * with a default CTR model's columns plus the behavioural aggregates from the events (as {@code --behaviour events}
 * computes them), the default random split, the training rows as reference and the week 2026-01-22..28 (every row
 * of those days, as {@code drift RUN --from --to} takes it) as the current sample. Without planted drift no feature
 * alerts; with {@code --drift-after 21} exactly {@code device} and {@code price} alert. Against all training rows
 * (the old reference) every seed's growing aggregates alert, which is what the time-matched reference fixes.
 */
@Tag("slow")
class GrowingFeaturesDriftAcceptanceTest {

    private static final int USERS = 5_000;
    private static final int DAYS = 28;
    private static final int AFTER = 21;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aWeekWithoutDriftRaisesNoFeatureAlert(long seed) {
        Case c = simulate(seed, false);
        DriftReport report = c.report();
        System.out.printf("seed %d, no drift: alerts %s; against all training rows: %s%n", seed, report.alerts(),
                c.naive().alerts());
        assertThat(report.alerts()).as("seed " + seed).isEmpty();
        assertThat(c.naive().alerts()).as("the old reference, seed " + seed).contains("bh_user_impressions");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void plantedDriftStillAlertsOnDeviceAndPriceAlone(long seed) {
        DriftReport report = simulate(seed, true).report();
        System.out.printf("seed %d, drift after day %d: alerts %s%n", seed, AFTER, report.alerts());
        assertThat(report.alerts()).as("seed " + seed).containsExactlyInAnyOrder("device", "price");
    }

    private record Case(Frame reference, long[] referenceTimes, Frame current, long[] currentTimes,
                        List<String> columns) {

        DriftReport report() {
            return TimeMatchedReference.compare(reference, referenceTimes, current, currentTimes, columns,
                    DriftSettings.defaults());
        }

        DriftReport naive() {
            return io.campaignlab.engine.monitor.DriftReporter.compare(reference, current, columns);
        }
    }

    private static Case simulate(long seed, boolean drift) {
        SimulationSpec.Builder spec = SimulationSpec.builder().setUsers(USERS).setDays(DAYS).setSeed(seed);
        if (drift) {
            spec.optDrift(DriftSpec.after(AFTER));
        }
        InMemoryDatasetSink sink = new InMemoryDatasetSink();
        new SimulationJob(spec.build(), sink, "").run(ProgressListener.none(), new CancellationToken());
        InMemoryDatasetSink.Stored impressions = sink.dataset("impressions");
        InMemoryDatasetSink.Stored events = sink.dataset("events");
        List<String> columns = new ArrayList<>(FeatureDefaults.fields(impressions.draft().columns(),
                List.of("clicked")).stream().map(FieldSpec::column).distinct().toList());
        List<String> read = new ArrayList<>(columns);
        for (String c : List.of("user_id", "item_id", "clicked", "ts", "category")) {
            if (!read.contains(c)) {
                read.add(c);
            }
        }
        Frame frame = withAggregates(StoredFrames.of(impressions, read),
                StoredFrames.of(events, List.of("user_id", "item_id", "event_type", "category", "ts")));
        columns.addAll(BehaviourAggregates.NUMERIC);
        columns.add(BehaviourAggregates.LAST_CATEGORIES);
        long[] times = frame.times("ts");
        SplitIndices split = Splitter.split(SplitSpec.of(SplitKind.RANDOM, 42), frame.rows(),
                frame.numbers("clicked"), times, null);
        long from = StoredFrames.millis(LocalDateTime.of(2026, 1, 22, 0, 0));
        long to = StoredFrames.millis(LocalDateTime.of(2026, 1, 29, 0, 0));
        int[] window = IntStream.range(0, frame.rows()).filter(i -> times[i] >= from && times[i] < to).toArray();
        return new Case(frame.select(split.train()), pick(times, split.train()), frame.select(window),
                pick(times, window), columns);
    }

    private static Frame withAggregates(Frame impressions, Frame events) {
        BehaviourAggregates.BehaviourColumns a = BehaviourAggregates.compute(
                new BehaviourAggregates.ExampleLog(ids(impressions, "user_id"), ids(impressions, "item_id"),
                        impressions.texts("category"), impressions.times("ts"), impressions.numbers("clicked")),
                new BehaviourAggregates.EventLog(ids(events, "user_id"), ids(events, "item_id"),
                        events.texts("event_type"), events.texts("category"), events.times("ts")),
                5, null);
        List<FrameColumn> out = new ArrayList<>(impressions.columns().values());
        for (int i = 0; i < BehaviourAggregates.NUMERIC.size(); i++) {
            out.add(new FrameColumn.Numbers(BehaviourAggregates.NUMERIC.get(i), a.numeric().get(i)));
        }
        out.add(new FrameColumn.Texts(BehaviourAggregates.LAST_CATEGORIES, a.lastCategories()));
        return Frame.of(impressions.dataset(), impressions.rowIds(), out);
    }

    private static long[] ids(Frame frame, String column) {
        double[] v = frame.numbers(column);
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (long) v[i];
        }
        return out;
    }

    private static long[] pick(long[] values, int[] rows) {
        long[] out = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }
}
