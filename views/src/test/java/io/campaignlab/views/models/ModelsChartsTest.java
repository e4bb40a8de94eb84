package io.campaignlab.views.models;

import io.campaignlab.views.models.charts.EvaluationCharts;
import io.campaignlab.views.models.charts.TrainingChart;
import io.campaignlab.views.common.ParamField;
import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.models.EpochReport;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import javafx.scene.paint.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The chart datasets and their styling, from evaluations built by the engine; no screen needed. */
class ModelsChartsTest {

    private final List<RunCurves> two = List.of(curves(2, "deepfm", 0.95, 0), curves(1, "lr", 0.45, 1));

    @Test
    void rocHasOneSeriesPerRunFromTheOriginToTheCornerAndALegendNamingEachRun() {
        XYSeriesCollection dataset = EvaluationCharts.createRocDataset(two);

        assertThat(dataset.getSeriesCount()).isEqualTo(2);
        assertThat(dataset.getSeriesKey(0)).isEqualTo("#2 deepfm");
        assertThat(dataset.getSeriesKey(1)).isEqualTo("#1 lr");
        int last = dataset.getItemCount(0) - 1;
        assertThat(dataset.getXValue(0, 0)).isZero();
        assertThat(dataset.getYValue(0, last)).isEqualTo(1.0);
        assertThat(dataset.getItemCount(0)).isLessThanOrEqualTo(200);

        JFreeChart chart = EvaluationCharts.createRocChart(dataset, two, Color.BLACK);
        LegendItemCollection legend = chart.getXYPlot().getLegendItems();
        assertThat(legend.get(0).getLabel()).startsWith("#2 deepfm  ·  AUC 0.");
        assertThat(legend.get(1).getLabel()).startsWith("#1 lr  ·  AUC 0.");
        assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(0)).isEqualTo(java.awt.Color.decode(RunPalette.hex(0)));
        assertThat(chart.getXYPlot().getAnnotations()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void calibrationSkipsEmptyBinsAndFitsTheAxesToSmallClickRates() {
        XYSeriesCollection dataset = EvaluationCharts.createCalibrationDataset(two);
        BinaryEvaluation deepfm = two.get(0).evaluation();
        long nonEmpty = deepfm.curveBins().stream().filter(b -> !b.isEmpty()).count();
        List<io.campaignlab.engine.evaluation.CalibrationBin> drawn = EvaluationCharts.filled(deepfm);

        assertThat(dataset.getItemCount(0)).isEqualTo(drawn.size()).isLessThanOrEqualTo((int) nonEmpty);
        assertThat(drawn).allSatisfy(b -> assertThat(b.count()).isGreaterThanOrEqualTo(EvaluationCharts.MIN_BIN_ROWS));
        // the curve is drawn from score deciles: ten bins of (nearly) equal size, none too small to draw
        assertThat(deepfm.curveBins()).hasSize(10).isEqualTo(deepfm.reliabilityBins());
        assertThat(deepfm.curveBins().stream().mapToLong(b -> b.count()).sum()).isEqualTo(deepfm.count());
        assertThat(deepfm.curveBins()).allSatisfy(b -> assertThat(b.count()).isBetween(200L, 400L));
        assertThat(EvaluationCharts.leftOut(two)).isEmpty();
        double upper = EvaluationCharts.calibrationRange(two);
        double highest = two.stream().flatMap(c -> EvaluationCharts.filled(c.evaluation()).stream()).mapToDouble(b -> Math.max(b.meanPredicted(), b.observedRate())).max()
                .orElseThrow();
        assertThat(upper).isGreaterThanOrEqualTo(highest).isLessThanOrEqualTo(1.0);
        XYPlot plot = EvaluationCharts.createCalibrationChart(dataset, two, Color.WHITE).getXYPlot();
        assertThat(plot.getDomainAxis().getUpperBound()).isEqualTo(upper);
        assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(upper);
        assertThat(plot.getLegendItems().get(0).getLabel()).contains("ECE 0.");
    }

    @Test
    void smallProbabilitiesGetASmallCalibrationRange() {
        java.util.Random random = new java.util.Random(5);
        double[] scores = new double[2000];
        int[] labels = new int[2000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = 0.01 + 0.1 * random.nextDouble();
            labels[i] = random.nextDouble() < scores[i] ? 1 : 0;
        }
        BinaryEvaluation ctr = io.campaignlab.engine.evaluation.BinaryEvaluator.evaluate(scores, labels);
        RunCurves run = new RunCurves(two.get(0).run(), ctr, 0);

        double upper = EvaluationCharts.calibrationRange(List.of(run));

        assertThat(upper).isGreaterThanOrEqualTo(0.11).isLessThanOrEqualTo(0.2);
    }

    /**
     * At 1280x800 the three charts of the Runs tab are about 330 px wide each. The calibration chart's x axis then
     * crowded its labels (0.05 beside 0.1, 0.15 beside 0.2) and, on a range just over 0.1, rounded the ticks of a
     * 0.025 step to two decimals (0.02 at 0.025). Every tick label must say its tick's value, stand clear of its
     * neighbours and stay inside the chart, for click rates and for wide score ranges.
     */
    @Test
    void calibrationTickLabelsStandClearOfEachOtherAndInsideTheChartAtTheWidthsOf1280x800() {
        List<List<RunCurves>> cases = List.of(two, List.of(new RunCurves(two.get(0).run(), smallScores(0.01, 0.1), 0)),
                List.of(new RunCurves(two.get(0).run(), smallScores(0.001, 0.03), 0)));
        for (List<RunCurves> runs : cases) {
            for (int width : new int[]{260, 330, 420, 600}) {
                JFreeChart chart = EvaluationCharts.calibration(runs, Color.BLACK);
                assertThat(TickLabels.overlaps(chart, width, 260))
                        .as("width %d, upper %.3f", width, EvaluationCharts.calibrationRange(runs)).isEmpty();
            }
        }
    }

    private static BinaryEvaluation smallScores(double low, double spread) {
        java.util.Random random = new java.util.Random(7);
        double[] scores = new double[3000];
        int[] labels = new int[3000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = low + spread * random.nextDouble();
            labels[i] = random.nextDouble() < scores[i] ? 1 : 0;
        }
        return io.campaignlab.engine.evaluation.BinaryEvaluator.evaluate(scores, labels);
    }

    @Test
    void gainRunsFromNothingToEveryPositiveAndLiftIsByDecile() {
        XYSeriesCollection gain = EvaluationCharts.createGainDataset(two);

        assertThat(gain.getItemCount(0)).isEqualTo(11);
        assertThat(gain.getXValue(0, 0)).isZero();
        assertThat(gain.getYValue(0, 0)).isZero();
        assertThat(gain.getXValue(0, 10)).isCloseTo(1.0, within(1e-9));
        assertThat(gain.getYValue(0, 10)).isCloseTo(1.0, within(1e-9));
        assertThat(gain.getYValue(0, 1)).isGreaterThan(gain.getYValue(1, 1));

        XYSeriesCollection lift = EvaluationCharts.createLiftDataset(two);
        assertThat(lift.getItemCount(0)).isEqualTo(10);
        assertThat(lift.getXValue(0, 0)).isEqualTo(1.0);
        assertThat(lift.getYValue(0, 0)).isGreaterThan(lift.getYValue(0, 9));
        assertThat(EvaluationCharts.lift(two, Color.BLACK).getXYPlot().getLegendItems().get(0).getLabel())
                .contains("top-decile lift");
    }

    @Test
    void trainingCurvesPutLossLeftAndAucOnASecondAxis() {
        List<EpochReport> epochs = List.of(new EpochReport(1, 0.30, 0.28, 0.70, 2, 1000, true),
                new EpochReport(2, 0.26, 0.27, 0.72, 2, 1000, true),
                new EpochReport(3, 0.24, Double.NaN, 0.71, 2, 1000, false));

        JFreeChart chart = TrainingChart.create(epochs, 10, 2, Color.BLACK);

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset(0).getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset(0).getItemCount(0)).isEqualTo(3);
        assertThat(plot.getDataset(0).getItemCount(1)).isEqualTo(2);
        assertThat(plot.getDataset(1).getSeriesKey(0)).isEqualTo(TrainingChart.VAL_AUC);
        assertThat(plot.getRangeAxis(1).getLabel()).isEqualTo(TrainingChart.VAL_AUC);
        assertThat(plot.getDomainAxis().getUpperBound()).isEqualTo(10.3);
        assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
        assertThat(chart.getLegend()).isNotNull();
    }

    @Test
    void storedEpochMetricsBecomeEpochReports() {
        List<RunMetric> metrics = List.of(new RunMetric("train", 1, "loss", 0.3), new RunMetric("val", 1, "loss", 0.29),
                new RunMetric("val", 1, "auc", 0.70), new RunMetric("train", 2, "loss", 0.25),
                new RunMetric("val", 2, "auc", 0.74), new RunMetric("val", null, "auc", 0.73),
                new RunMetric("train", 2, "seconds", 4.5), new RunMetric("train", 2, "rows_per_s", 81_000));

        List<EpochReport> reports = TrainingMonitorViewModel.epochsOf(metrics);
        assertThat(reports.get(1).seconds()).isEqualTo(4.5);
        assertThat(reports.get(1).rowsPerSecond()).isEqualTo(81_000);
        assertThat(reports.get(0).seconds()).isZero();

        assertThat(reports).extracting(EpochReport::epoch).containsExactly(1, 2);
        assertThat(reports.get(1).valLoss()).isNaN();
        assertThat(reports.get(1).valAuc()).isEqualTo(0.74);
        assertThat(TrainingMonitorViewModel.best(reports)).isEqualTo(2);
    }

    @Test
    void formatsReadLikeTheRestOfTheWorkbench() {
        assertThat(io.campaignlab.views.common.Formats.duration(42.2)).isEqualTo("43s");
        assertThat(io.campaignlab.views.common.Formats.duration(185)).isEqualTo("3m 05s");
        assertThat(ModelFormats.auc(0.78149)).isEqualTo("0.781");
        assertThat(ModelFormats.loss(null)).isEmpty();
        assertThat(ParamField.number(1e-6)).isEqualTo("1e-6");
        assertThat(ParamField.number(2.5e-5)).isEqualTo("2.5e-5");
        assertThat(ParamField.number(0.002)).isEqualTo("0.002");
        assertThat(ParamField.number(16)).isEqualTo("16");
    }

    private static RunCurves curves(long id, String kind, double quality, int colour) {
        RunRecord record = new RunRecord(id, ModelsFixtures.newRun(kind, "cpu()", null), RunStatus.COMPLETED, null,
                Instant.parse("2025-03-04T09:00:00Z"), Instant.parse("2025-03-04T09:01:00Z"));
        BinaryEvaluation evaluation = ModelsFixtures.evaluation(quality, 40 + id);
        return new RunCurves(RunRow.of(record, List.of()), evaluation, colour);
    }
}
