package io.campaignlab.views.monitor;

import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.monitor.ColumnDrift;
import io.campaignlab.engine.monitor.DriftAnalysis;
import io.campaignlab.engine.monitor.DriftAnalysisJob;
import io.campaignlab.engine.monitor.DriftStatus;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.models.FakeRunRepository;
import io.campaignlab.views.models.ModelsFixtures;
import io.campaignlab.views.models.RunRow;
import io.campaignlab.views.monitor.charts.MonitorCharts;
import io.campaignlab.views.testing.FakeWorkspace;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Monitor section's state, plain JUnit with an immediate job runner and no screen. */
class MonitorViewModelTest {

    private final FakeRunRepository runs = ModelsFixtures.runs(true);
    private final FakeWorkspace workspace = ModelsFixtures.workspace(runs);
    private final List<DriftAnalysisJob.Current> asked = new ArrayList<>();
    private final MonitorJobs jobs = (ws, runId, current) -> {
        asked.add(current);
        return Job.of("drift", "Drift of run " + runId, (progress, cancel) -> {
            FakeWorkspace.requireWorkerThread();
            progress.message("Comparing");
            DriftAnalysis analysis = MonitorFixtures.analysis(runId, current.describe("impressions"));
            ws.runs().saveReport(new RunReport(runId, DriftAnalysis.KIND, analysis.current(), Instant.now(),
                    ReportJson.write(analysis)));
            return analysis;
        });
    };
    private final MonitorViewModel model = new MonitorViewModel(() -> workspace,
            new ImmediateJobExecutor(workspace::runner), Runnable::run, jobs);

    @Test
    void theNewestStoredCheckShowsAtOnceInTheReportsOrderWithItsStatuses() {
        MonitorFixtures.store(runs, MonitorFixtures.analysis(1, "dataset impressions_march"),
                MonitorFixtures.CREATED.minusSeconds(3600));
        MonitorFixtures.store(runs, MonitorFixtures.analysis(1, MonitorFixtures.WINDOW), MonitorFixtures.CREATED);

        model.refresh();

        assertThat(model.runs()).extracting(RunRow::id).containsExactly(2L, 1L);
        assertThat(model.runProperty().get().id()).as("the newest checked run").isEqualTo(1);
        assertThat(model.readout().stored()).extracting(StoredAnalysis::key).containsExactly(MonitorFixtures.WINDOW,
                "dataset impressions_march");
        assertThat(model.readout().shown().get().key()).isEqualTo(MonitorFixtures.WINDOW);
        assertThat(asked).as("nothing recomputed").isEmpty();
        var report = MonitorFixtures.report();
        assertThat(model.readout().rows()).extracting(ColumnDrift::feature)
                .containsExactlyElementsOf(report.rows().stream().map(ColumnDrift::feature).toList());
        assertThat(model.readout().rows()).extracting(ColumnDrift::status).containsExactly(DriftStatus.ALERT,
                DriftStatus.ALERT, DriftStatus.WARN, DriftStatus.OK, DriftStatus.SKIPPED);
        assertThat(model.readout().summary().get()).isEqualTo(MonitorFixtures.WINDOW + ": 9,971 rows against 31,543"
                + " training rows · 2 alerts: price, device · 1 warning");
        assertThat(model.form().mode().get()).isEqualTo(MonitorViewModel.Mode.WINDOW);
        assertThat(model.form().from().get()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(model.form().to().get()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(MonitorViewModel.describe(model.readout().stored().get(0))).startsWith(MonitorFixtures.WINDOW
                + " · 2 alerts · ");

        model.open(model.readout().stored().get(1));
        assertThat(model.form().mode().get()).isEqualTo(MonitorViewModel.Mode.DATASET);
        assertThat(model.form().dataset().get()).isEqualTo("impressions_march");
    }

    @Test
    void theMostDriftedFeatureIsSelectedAndSelectingAnotherYieldsItsBins() {
        MonitorFixtures.store(runs, MonitorFixtures.analysis(2, MonitorFixtures.WINDOW), MonitorFixtures.CREATED);
        model.refresh();

        ColumnDrift price = model.readout().feature().get();
        assertThat(price.feature()).isEqualTo("price");
        var prices = MonitorCharts.createDistributionDataset(price);
        assertThat(prices.getColumnKeys()).containsExactly("≤ 21.99", "(21.99, 37.99]", "(37.99, 55.99]", "> 55.99");
        assertThat(prices.getValue(MonitorCharts.REFERENCE, "≤ 21.99").doubleValue()).isEqualTo(0.108);
        assertThat(prices.getValue(MonitorCharts.CURRENT, "≤ 21.99").doubleValue()).isEqualTo(0.036);

        model.readout().feature().set(model.readout().rows().get(1));

        var device = MonitorCharts.createDistributionDataset(model.readout().feature().get());
        assertThat(device.getRowKeys()).containsExactly(MonitorCharts.REFERENCE, MonitorCharts.CURRENT);
        assertThat(device.getColumnKeys()).containsExactly("mobile", "desktop", "tablet");
        assertThat(device.getValue(MonitorCharts.CURRENT, "mobile").doubleValue()).isEqualTo(0.77);
        assertThat(model.featureLine()).isEqualTo("alert: Jensen–Shannon 0.1419 (alert at 0.1) · PSI 0.1631 · JS"
                + " 0.1419");
        assertThat(MonitorFormats.testLine(model.readout().rows().get(3))).isEqualTo("ok: χ² 3.2000, p = 0.360 (alert below"
                + " 0.050) · PSI 0.0010 · JS 0.0110");
    }

    @Test
    void theTimelineGivesOneSeriesPerMetricWithGapsForMissingValues() {
        var dataset = MonitorCharts.createPerformanceDataset(MonitorFixtures.timeline(), List.of("AUC",
                "actual rate"));

        assertThat(dataset.getColumnKeys()).containsExactly("03-01", "03-02", "03-03", "03-04", "03-05", "03-06",
                "03-07");
        assertThat(dataset.getValue("AUC", "03-04")).isNull();
        assertThat(dataset.getValue("AUC", "03-05").doubleValue()).isEqualTo(0.73, org.assertj.core.api.Assertions
                .within(1e-12));
        assertThat(dataset.getValue("actual rate", "03-01").doubleValue()).isEqualTo(0.049);
    }

    @Test
    void checkingDriftRunsTheJobOnTheChosenWindowAndShowsAndListsTheResult() {
        model.refresh();
        assertThat(model.runProperty().get().id()).isEqualTo(2);
        assertThat(model.readout().analysis().get()).isNull();
        assertThat(model.readout().message().get()).startsWith("#2 deepfm has no drift check yet.");
        assertThat(model.form().spanText().get()).as("the fake workspace reads no frames")
                .startsWith("The days impressions covers are unknown");
        assertThat(model.form().datasets()).containsExactly(ModelsFixtures.USERS, ModelsFixtures.EVENTS);

        model.form().from().set(LocalDate.of(2025, 3, 7));
        model.form().to().set(LocalDate.of(2025, 3, 1));
        assertThat(model.form().problem().get()).isEqualTo("The window ends before it starts.");
        assertThat(model.canCheckBinding().get()).isFalse();
        model.checkDrift();
        assertThat(asked).isEmpty();

        model.form().from().set(LocalDate.of(2025, 3, 1));
        model.form().to().set(LocalDate.of(2025, 3, 7));
        assertThat(model.canCheckBinding().get()).isTrue();
        model.checkDrift();

        assertThat(asked).containsExactly(new DriftAnalysisJob.Window(LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 7)));
        assertThat(model.job().runningProperty().get()).isFalse();
        assertThat(model.readout().analysis().get().current()).isEqualTo(MonitorFixtures.WINDOW);
        assertThat(model.readout().stored()).extracting(StoredAnalysis::key).containsExactly(MonitorFixtures.WINDOW);
        assertThat(model.readout().feature().get().feature()).isEqualTo("price");
        assertThat(model.job().messageProperty().get()).isEqualTo("Checked #2 deepfm against " + MonitorFixtures.WINDOW
                + ".");
        assertThat(runs.reports(2, DriftAnalysis.KIND)).hasSize(1);

        model.form().mode().set(MonitorViewModel.Mode.DATASET);
        assertThat(model.form().problem().get()).isEqualTo("Choose a dataset to compare with.");
        model.form().dataset().set(ModelsFixtures.EVENTS);
        model.checkDrift();
        assertThat(asked.get(1)).isEqualTo(new DriftAnalysisJob.OtherDataset(ModelsFixtures.EVENTS));
        assertThat(model.readout().stored()).extracting(StoredAnalysis::key).containsExactly("dataset events",
                MonitorFixtures.WINDOW);
    }

    /**
     * Regression: Monitor opened on the newest run, an uplift run it cannot check ("run 5 has no saved model"), and
     * listed recommender runs and model runs without a saved model beside the ones it can check.
     */
    @Test
    void onlyCompletedModelRunsWithASavedModelAreOfferedAndTheNewestOfThemIsChosen() {
        Instant later = Instant.parse("2025-03-05T09:00:00Z");
        runs.add(new RunRecord(4, new NewRun(null, "events", "sha", "rec-als", "{}", "{}", "{}", 42, "cpu", "{}"),
                RunStatus.COMPLETED, null, later, later.plusSeconds(30)));
        runs.add(new RunRecord(5, new NewRun(null, "hillstrom", "sha", "uplift-t-lr", "{}", "{}", "{}", 42, "cpu",
                "{}"), RunStatus.COMPLETED, null, later.plusSeconds(60), later.plusSeconds(90)));
        runs.add(new RunRecord(6, ModelsFixtures.newRun("fm", "cpu()", 7L), RunStatus.COMPLETED, null,
                later.plusSeconds(120), later.plusSeconds(180)));

        model.refresh();

        assertThat(model.runs()).extracting(RunRow::id).containsExactly(2L, 1L);
        assertThat(model.runProperty().get().id()).isEqualTo(2);
        model.form().from().set(LocalDate.of(2025, 3, 1));
        model.form().to().set(LocalDate.of(2025, 3, 7));
        model.checkDrift();
        assertThat(asked).hasSize(1);
        assertThat(model.readout().analysis().get().runId()).isEqualTo(2);
    }

    /** Regression: the error of a failed check stayed on show after another run was chosen. */
    @Test
    void aFailedChecksErrorGoesWhenAnotherRunIsChosen() {
        MonitorJobs failing = (ws, runId, current) -> Job.of("drift", "Drift of run " + runId, (progress, cancel) -> {
            throw new IllegalArgumentException("run " + runId + " has no saved model");
        });
        MonitorViewModel failingModel = new MonitorViewModel(() -> workspace,
                new ImmediateJobExecutor(workspace::runner), Runnable::run, failing);
        failingModel.refresh();
        failingModel.form().from().set(LocalDate.of(2025, 3, 1));
        failingModel.form().to().set(LocalDate.of(2025, 3, 7));
        failingModel.checkDrift();
        assertThat(failingModel.job().messageProperty().get()).isEqualTo("The drift check failed: run 2 has no saved"
                + " model");

        failingModel.runProperty().set(failingModel.find(1).orElseThrow());

        assertThat(failingModel.job().messageProperty().get()).isEmpty();
        assertThat(failingModel.readout().message().get()).startsWith("#1 lr has no drift check yet.");
    }

    @Test
    void withoutCompletedRunsItSaysSo() {
        FakeWorkspace empty = ModelsFixtures.workspace(new FakeRunRepository());
        MonitorViewModel bare = new MonitorViewModel(() -> empty, new ImmediateJobExecutor(empty::runner),
                Runnable::run, jobs);

        bare.refresh();

        assertThat(bare.runProperty().get()).isNull();
        assertThat(bare.readout().message().get()).isEqualTo(MonitorViewModel.NO_RUNS);
    }
}
