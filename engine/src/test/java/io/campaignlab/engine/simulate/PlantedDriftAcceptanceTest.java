package io.campaignlab.engine.simulate;

import io.campaignlab.engine.features.FeatureDefaults;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.monitor.ColumnDrift;
import io.campaignlab.engine.monitor.DriftReport;
import io.campaignlab.engine.monitor.DriftReporter;
import io.campaignlab.engine.monitor.DriftStatus;
import io.campaignlab.engine.monitor.FrameWindows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drift report finds exactly the drift the simulator planted, and nothing where none was planted.
 *
 * <p>The windows are whole weeks: 14 days from Thursday 2026-01-01, reference days 1–7 and current days 8–14, each
 * holding every weekday once. A reference of whole weeks against a current part-week would flag {@code ts_weekday}
 * honestly (its weekday mix really differs), which is not the drift under test. The simulator has no other trend
 * over time (its daily rhythm is the same every day, and items, users and prices are fixed), so no other column
 * should move. Thresholds are the defaults: about 15,000 rows a side, so Evidently's distance tests decide.
 */
class PlantedDriftAcceptanceTest {

    private static final int USERS = 4_000;
    private static final int DAYS = 14;
    private static final int AFTER_DAYS = 7;

    private static InMemoryDatasetSink.Stored drifted;
    private static InMemoryDatasetSink.Stored undrifted;
    private static SimulationResult driftedResult;

    @BeforeAll
    static void simulate() {
        SimulationSpec plain = SimulationSpec.builder().setUsers(USERS).setDays(DAYS).setSeed(2026).build();
        SimulationSpec withDrift = SimulationSpec.builder().setUsers(USERS).setDays(DAYS).setSeed(2026)
                .optDrift(DriftSpec.after(AFTER_DAYS)).build();
        InMemoryDatasetSink plainSink = new InMemoryDatasetSink();
        InMemoryDatasetSink driftSink = new InMemoryDatasetSink();
        new SimulationJob(plain, plainSink, "").run(ProgressListener.none(), new CancellationToken());
        driftedResult = new SimulationJob(withDrift, driftSink, "").run(ProgressListener.none(),
                new CancellationToken());
        undrifted = plainSink.dataset("impressions");
        drifted = driftSink.dataset("impressions");
    }

    @Test
    void theReportFlagsExactlyThePlantedColumns() {
        DriftReport report = report(drifted);

        assertThat(driftedResult.drift().columns()).containsExactly("device", "price");
        assertThat(report.alerts()).containsExactlyInAnyOrderElementsOf(driftedResult.drift().columns());
        assertThat(report.rows().subList(0, 2)).extracting(ColumnDrift::feature)
                .containsExactlyInAnyOrder("device", "price");
        assertThat(report.row("device").test()).isEqualTo("jensen_shannon");
        assertThat(report.row("price").test()).isEqualTo("wasserstein_normed");
    }

    @Test
    void withoutPlantedDriftNothingIsFlagged() {
        DriftReport report = report(undrifted);

        assertThat(report.alerts()).isEmpty();
        // nor warned: every column's score stays below half the alert line and PSI below 0.1
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.status()).as(r.feature()).isEqualTo(DriftStatus.OK));
    }

    @Test
    void theReportReadsTheColumnsOfADefaultCtrModel() {
        assertThat(report(undrifted).rows()).extracting(ColumnDrift::feature).containsExactlyInAnyOrder(
                "ts_hour", "ts_weekday", "placement", "position", "device", "age_band", "region", "category",
                "brand", "price", "discount_pct", "hour", "noise_a");
    }

    /** Reference: impressions before the drift day; current: from it on, over a default CTR model's columns. */
    private static DriftReport report(InMemoryDatasetSink.Stored impressions) {
        // the raw columns a default training run on the impressions reads: FeatureDefaults over the dataset's
        // column metadata, labels and ground truth left out
        List<String> columns = FeatureDefaults.fields(impressions.draft().columns(), List.of("clicked")).stream()
                .map(FieldSpec::column).distinct().toList();
        Frame frame = StoredFrames.of(impressions, columns);
        LocalDateTime start = SimulationSpec.DEFAULT_START.atStartOfDay();
        long split = StoredFrames.millis(start.plusDays(AFTER_DAYS));
        Frame reference = FrameWindows.between(frame, "ts", StoredFrames.millis(start), split);
        Frame current = FrameWindows.between(frame, "ts", split, StoredFrames.millis(start.plusDays(DAYS)));
        assertThat(reference.rows() + current.rows()).isEqualTo(frame.rows());
        return DriftReporter.compare(reference, current, columns);
    }
}
