package io.campaignlab.views.explain;

import io.campaignlab.views.explain.charts.ExplainCharts;
import io.campaignlab.views.explain.charts.MeanIntervalDataset;
import io.campaignlab.engine.explain.ExplainReport;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.models.FakeRunRepository;
import io.campaignlab.views.models.ModelsFixtures;
import io.campaignlab.views.models.RunRow;
import io.campaignlab.views.testing.FakeWorkspace;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Explain section's state, plain JUnit with an immediate job runner and no screen. */
class ExplainViewModelTest {

    private final FakeRunRepository runs = ModelsFixtures.runs(true);
    private final FakeWorkspace workspace = ModelsFixtures.workspace(runs);
    private final FakeExplainJobs jobs = new FakeExplainJobs();
    private final ExplainViewModel model = new ExplainViewModel(() -> workspace,
            new ImmediateJobExecutor(workspace::runner), Runnable::run, jobs);

    @Test
    void listsCompletedRunsAndShowsAStoredReportAtOnceWithoutRecomputing() {
        ExplainFixtures.store(runs, ExplainFixtures.report(1, false));

        model.refresh();

        assertThat(model.runs()).extracting(RunRow::id).containsExactly(2L, 1L);
        assertThat(model.runProperty().get().id()).as("the newest explained run, not the newest run").isEqualTo(1);
        ExplainReport shown = model.reportProperty().get();
        assertThat(shown).isNotNull();
        assertThat(shown.importance().players()).hasSize(6);
        assertThat(model.reportTimeProperty().get()).isEqualTo(ExplainFixtures.CREATED);
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.summaryProperty().get()).startsWith("6 fields · validation AUC 0.713 on 4,260 rows");
        assertThat(model.pdFields()).containsExactly("discount_pct", "price");
        assertThat(model.pdCurve().field()).isEqualTo("discount_pct");
        assertThat(model.rows().row().explanation().get().rowId()).isEqualTo(ExplainFixtures.EXAMPLE_ROW);
        assertThat(model.rows().row().rowText().get()).isEqualTo("36882");
        assertThat(model.isExplained(1)).isTrue();
        assertThat(model.isExplained(2)).isFalse();
        assertThat(jobs.explainJobs).hasValue(0);
        assertThat(jobs.sessions).as("a stored report needs no model loaded").isEmpty();
        assertThat(model.reportReads()).isEqualTo(1);

        model.refresh();
        assertThat(model.reportReads()).as("listing again keeps the shown report").isEqualTo(1);
        assertThat(jobs.explainJobs).hasValue(0);
    }

    @Test
    void aRunWithoutAReportSaysSoAndExplainComputesStoresAndShowsIt() {
        model.refresh();

        assertThat(model.runProperty().get().id()).isEqualTo(2);
        assertThat(model.reportProperty().get()).isNull();
        assertThat(model.messageProperty().get()).startsWith("#2 deepfm has no stored explanation yet.");

        model.explain();

        assertThat(jobs.explainJobs).hasValue(1);
        assertThat(model.job().runningProperty().get()).isFalse();
        assertThat(model.reportProperty().get().runId()).isEqualTo(2);
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.job().messageProperty().get()).startsWith("Explained #2 deepfm in");
        assertThat(runs.report(2, ExplainReport.KIND, "")).isPresent();
        assertThat(model.isExplained(2)).isTrue();
        assertThat(workspace.jobHistory().recent(1).get(0).title()).isEqualTo("Explain run 2");
    }

    @Test
    void theImportanceToggleSwitchesToTheGroupedVersionWhenStored() {
        ExplainFixtures.store(runs, ExplainFixtures.report(2, true));
        model.refresh();

        assertThat(model.importance().players().get(0).player()).isEqualTo("position");
        model.groupedProperty().set(true);
        assertThat(model.importance().players().get(0).player()).isEqualTo("behaviour");
        assertThat(model.importance().players()).hasSize(2);
    }

    @Test
    void theImportanceDatasetHoldsEveryFieldsMeanAndIntervalLargestFirst() {
        var importance = ExplainFixtures.importance();
        MeanIntervalDataset dataset = ExplainCharts.createImportanceDataset(importance);

        assertThat(dataset.keys()).containsExactly("position", "placement", "discount_pct", "age_band", "device",
                "price");
        for (int i = 0; i < importance.players().size(); i++) {
            var p = importance.players().get(i);
            int column = dataset.getColumnIndex(p.player());
            assertThat(dataset.getValue(0, column).doubleValue()).isEqualTo(p.meanDrop());
            assertThat(dataset.getStartValue(0, column).doubleValue()).isEqualTo(p.lower());
            assertThat(dataset.getEndValue(0, column).doubleValue()).isEqualTo(p.upper());
        }
        var chart = ExplainCharts.createImportanceChart(dataset, importance, javafx.scene.paint.Color.BLACK);
        var axis = chart.getCategoryPlot().getRangeAxis();
        assertThat(axis.getLowerBound()).as("the whiskers fit").isLessThan(-0.0020);
        assertThat(axis.getUpperBound()).isGreaterThan(0.0898);
    }

    @Test
    void theWaterfallStepsRunFromTheBaseRateToThePrediction() {
        var shapley = ExplainFixtures.shapley(ExplainFixtures.BASE + 0.2029);
        Waterfall waterfall = Waterfall.of(shapley);

        var steps = waterfall.steps();
        assertThat(steps).hasSize(shapley.attributions().size() + 2);
        assertThat(steps.get(0).kind()).isEqualTo(Waterfall.Kind.BASE);
        assertThat(steps.get(0).start()).isZero();
        assertThat(steps.get(0).end()).isEqualTo(ExplainFixtures.BASE);
        double level = ExplainFixtures.BASE;
        for (var step : steps.subList(1, steps.size() - 1)) {
            assertThat(step.start()).as(step.label()).isCloseTo(level, within(1e-12));
            level = step.end();
        }
        assertThat(level).isCloseTo(shapley.prediction(), within(shapley.efficiencyGap() + 1e-12));
        assertThat(waterfall.lastLevel()).isEqualTo(level);
        var last = steps.get(steps.size() - 1);
        assertThat(last.kind()).isEqualTo(Waterfall.Kind.PREDICTION);
        assertThat(last.start()).isZero();
        assertThat(last.end()).isEqualTo(shapley.prediction());
        assertThat(steps.get(1).label()).isEqualTo("position = 2");
        assertThat(steps.get(1).valueText()).isEqualTo("+0.0542  ± 0.00016");
        assertThat(steps.get(6).valueText()).startsWith("\u22120.0021");

        Waterfall pooled = Waterfall.of(shapley, 3);
        assertThat(pooled.steps()).extracting(Waterfall.Step::kind).containsExactly(Waterfall.Kind.BASE,
                Waterfall.Kind.FIELD, Waterfall.Kind.FIELD, Waterfall.Kind.OTHERS, Waterfall.Kind.PREDICTION);
        assertThat(pooled.steps().get(3).label()).isEqualTo("4 other fields");
        assertThat(pooled.lastLevel()).isCloseTo(level, within(1e-12));

        MeanIntervalDataset dataset = ExplainCharts.createWaterfallDataset(waterfall);
        assertThat(dataset.getColumnCount()).isEqualTo(steps.size());
        assertThat(dataset.getStartValue(0, 2).doubleValue()).isEqualTo(steps.get(2).start());
        assertThat(dataset.getEndValue(0, 2).doubleValue()).isEqualTo(steps.get(2).end());
    }

    @Test
    void aRowIsExplainedOnAnOpenSessionReusedForWhatIfAndClosedWhenTheRunChanges() {
        ExplainFixtures.store(runs, ExplainFixtures.report(1, false));
        model.refresh();
        RowExplainViewModel rows = model.rows();

        rows.row().rowText().set("77");
        rows.explainRow();

        assertThat(rows.row().explanation().get().rowId()).isEqualTo(77);
        assertThat(rows.row().status().get()).isEqualTo("Row 77 of impressions, explained just now.");
        assertThat(jobs.sessions).hasSize(1);
        FakeExplainJobs.FakeSession session = jobs.sessions.get(0);
        assertThat(session.runId).isEqualTo(1);

        assertThat(rows.whatIf().column().get()).as("the row's strongest column").isEqualTo("position");
        assertThat(rows.whatIf().value().get()).isEqualTo("2");
        rows.whatIf().column().set("device");
        assertThat(rows.whatIf().value().get()).isEqualTo("mobile");
        rows.whatIf().value().set("desktop");
        rows.tryWhatIf();

        assertThat(rows.whatIf().result().get().newValue()).isEqualTo("desktop");
        assertThat(rows.whatIf().message().get()).startsWith("device: mobile → desktop · score 0.2501 → 0.2348");
        assertThat(WhatIfRow.of(rows.whatIf().result().get()).get(0).field()).isEqualTo("device");
        assertThat(jobs.sessions).as("the session is reused").hasSize(1);

        model.runProperty().set(model.find(2).orElseThrow());

        assertThat(session.closed).isTrue();
        assertThat(rows.row().explanation().get()).isNull();
        assertThat(model.reportProperty().get()).isNull();
    }

    @Test
    void aBadRowIdIsExplainedInOneSentence() {
        model.refresh();
        RowExplainViewModel rows = model.rows();

        rows.row().rowText().set("row seven");
        rows.explainRow();
        assertThat(rows.row().message().get()).startsWith("'row seven' is not a row id");
        assertThat(jobs.sessions).isEmpty();

        rows.row().rowText().set("-4");
        rows.explainRow();
        assertThat(rows.row().message().get()).isEqualTo("Could not explain row -4: the run's dataset impressions"
                + " has no row -4");
        assertThat(rows.row().busy().get()).isFalse();
    }

    @Test
    void aUserIsExplainedByTheirLatestRow() {
        model.refresh();
        RowExplainViewModel rows = model.rows();
        rows.row().rowText().set(" u42 ");
        rows.explainUser();
        assertThat(rows.row().explanation().get().rowId()).isEqualTo(4242);
        assertThat(rows.row().status().get()).isEqualTo("User u42's latest row (row 4242 of impressions), explained"
                + " just now.");
        rows.row().rowText().set("u7");
        rows.explainUser();
        assertThat(rows.row().status().get()).isEqualTo("Could not explain user u7: user 'u7' has no row in"
                + " 'impressions'");
        assertThat(rows.row().busy().get()).isFalse();
    }

    @Test
    void theTopRowAndTheAudienceComeFromTheSession() {
        model.refresh();

        model.rows().explainTopRow();
        assertThat(model.rows().row().explanation().get().rowId()).isEqualTo(900);

        model.audience().settings().k().set(500);
        model.audience().compare();
        var result = model.audience().readout().result().get();
        assertThat(result.audienceRows()).isEqualTo(500);
        assertThat(model.audience().readout().shownK().get()).isEqualTo(500);
        assertThat(model.audience().readout().message().get()).isEqualTo("Top 500 validation rows: mean score 0.2100"
                + " against 0.0470 in the validation population (+0.1630).");
        var dataset = ExplainCharts.createAudienceDataset(result);
        assertThat(dataset.getColumnKeys()).containsExactly("position", "discount_pct", "device");
        assertThat(dataset.getValue(0, 2).doubleValue()).isEqualTo(-0.004);
        assertThat(jobs.sessions).hasSize(1);
    }

    /** Regression: recommender and uplift runs, and model runs without a saved model, were listed to explain. */
    @Test
    void onlyCompletedModelRunsWithASavedModelAreOffered() {
        java.time.Instant later = java.time.Instant.parse("2025-03-05T09:00:00Z");
        runs.add(new RunRecord(4, new NewRun(null, "events", "sha", "rec-als", "{}", "{}", "{}", 42, "cpu", "{}"),
                RunStatus.COMPLETED, null, later, later.plusSeconds(30)));
        runs.add(new RunRecord(5, new NewRun(null, "hillstrom", "sha", "uplift-t-lr", "{}", "{}", "{}", 42, "cpu",
                "{}"), RunStatus.COMPLETED, null, later.plusSeconds(60), later.plusSeconds(90)));
        runs.add(new RunRecord(6, ModelsFixtures.newRun("fm", "cpu()", 7L), RunStatus.COMPLETED, null,
                later.plusSeconds(120), later.plusSeconds(180)));

        model.refresh();

        assertThat(model.runs()).extracting(RunRow::id).containsExactly(2L, 1L);
        assertThat(model.runProperty().get().id()).isEqualTo(2);
    }

    @Test
    void withoutCompletedRunsItSaysSo() {
        FakeWorkspace empty = ModelsFixtures.workspace(new FakeRunRepository());
        ExplainViewModel bare = new ExplainViewModel(() -> empty, new ImmediateJobExecutor(empty::runner),
                Runnable::run, jobs);

        bare.refresh();

        assertThat(bare.runProperty().get()).isNull();
        assertThat(bare.messageProperty().get()).isEqualTo(ExplainViewModel.NO_RUNS);
    }
}
