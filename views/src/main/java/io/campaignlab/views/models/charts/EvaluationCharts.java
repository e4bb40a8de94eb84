package io.campaignlab.views.models.charts;

import io.campaignlab.views.models.RunCurves;
import io.campaignlab.views.models.RunPalette;
import io.campaignlab.views.charts.ChartLook;
import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.evaluation.CalibrationBin;
import io.campaignlab.engine.evaluation.LiftRow;
import io.campaignlab.engine.evaluation.RocPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.labels.XYSeriesLabelGenerator;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The held-out evaluation charts of the selected runs, overlaid, after the JFreeChart FX demos: a
 * {@code createXxxDataset} from the engine's evaluations, then {@code createXxxChart} for the styling. ROC with the
 * chance diagonal; reliability (calibration) with the perfect-calibration diagonal, on a range that fits the
 * scores (click rates are small); cumulative gain with random targeting; and lift by decile. Each series is keyed
 * by the run ({@code #12 deepfm}), and its legend adds the run's headline number.
 */
public final class EvaluationCharts {

    /** The x axis of the gain chart. */
    public static final String GAIN_X = "share of rows targeted, highest scores first";
    /** Calibration bins with fewer rows are left out (their observed rate is noise), keeping at least two. */
    public static final int MIN_BIN_ROWS = 20;

    private EvaluationCharts() {
    }

    // ---- ROC ----

    /** One series per run: false positive rate against true positive rate, threshold by threshold. */
    public static XYSeriesCollection createRocDataset(List<RunCurves> runs) {
        return perRun(runs, (evaluation, series) -> evaluation.roc().points().forEach(point ->
                series.add(point.falsePositiveRate(), point.truePositiveRate())));
    }

    public static JFreeChart createRocChart(XYSeriesCollection dataset, List<RunCurves> runs,
                                            javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        XYLineAndShapeRenderer renderer = lines(runs, false);
        renderer.setLegendItemLabelGenerator(legend(runs, e -> "AUC " + e.describeAuc()));
        renderer.setDefaultToolTipGenerator(rocTips(runs));
        XYPlot plot = new XYPlot(dataset, ChartLook.unitAxis("false positive rate", 1, false),
                ChartLook.unitAxis("true positive rate", 1, false), renderer);
        ChartLook.reference(plot, 0, 0, 1, 1, "chance", 0.62, 0.58, TextAnchor.TOP_LEFT, text);
        ChartLook.legendInside(plot, text, RectangleAnchor.BOTTOM_RIGHT);
        return ChartLook.finish(plot, text, false, ChartLook.CURVE_INSETS);
    }

    public static JFreeChart roc(List<RunCurves> runs, javafx.scene.paint.Color foreground) {
        return createRocChart(createRocDataset(runs), runs, foreground);
    }

    private static XYToolTipGenerator rocTips(List<RunCurves> runs) {
        return (dataset, series, item) -> {
            RocPoint p = runs.get(series).evaluation().roc().points().get(item);
            String threshold = Double.isInfinite(p.threshold()) ? "above every score"
                    : String.format(Locale.ROOT, "%.4f", p.threshold());
            return String.format(Locale.ROOT, "%s · score ≥ %s: TPR %.3f, FPR %.3f", runs.get(series).run().label(),
                    threshold, p.truePositiveRate(), p.falsePositiveRate());
        };
    }

    // ---- calibration ----

    /** One series per run: each non-empty bin's mean predicted probability against its observed positive rate. */
    public static XYSeriesCollection createCalibrationDataset(List<RunCurves> runs) {
        return perRun(runs, (evaluation, series) -> filled(evaluation).forEach(bin ->
                series.add(bin.meanPredicted(), bin.observedRate())));
    }

    public static JFreeChart createCalibrationChart(XYSeriesCollection dataset, List<RunCurves> runs,
                                                    javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        double upper = calibrationRange(runs);
        XYLineAndShapeRenderer renderer = lines(runs, true);
        renderer.setLegendItemLabelGenerator(legend(runs, e -> String.format(Locale.ROOT, "ECE %.4f",
                e.expectedCalibrationError())));
        renderer.setDefaultToolTipGenerator((data, series, item) -> {
            CalibrationBin bin = filled(runs.get(series).evaluation()).get(item);
            return String.format(Locale.ROOT, "%s · scores %.2f–%.2f: %,d rows, predicted %.4f, observed %.4f",
                    runs.get(series).run().label(), bin.lower(), bin.upper(), bin.count(), bin.meanPredicted(),
                    bin.observedRate());
        });
        NumberAxis x = ChartLook.unitAxis("mean predicted probability", upper, false);
        evenDecimals(x);
        XYPlot plot = new XYPlot(dataset, x, ChartLook.unitAxis("observed positive rate", upper, false), renderer);
        boolean legendTopLeft = crowdedBottomRight(runs, upper);
        if (legendTopLeft) {
            ChartLook.reference(plot, 0, 0, upper, upper, "perfectly calibrated", upper * 0.97, upper * 0.9,
                    TextAnchor.TOP_RIGHT, text);
        } else {
            ChartLook.reference(plot, 0, 0, upper, upper, "perfectly calibrated", upper * 0.04, upper * 0.97,
                    TextAnchor.TOP_LEFT, text);
        }
        ChartLook.legendInside(plot, text, legendTopLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_RIGHT);
        JFreeChart chart = ChartLook.finish(plot, text, false, ChartLook.CURVE_INSETS);
        ChartLook.noteRight(chart, leftOut(runs), text);
        return chart;
    }

    public static JFreeChart calibration(List<RunCurves> runs, javafx.scene.paint.Color foreground) {
        return createCalibrationChart(createCalibrationDataset(runs), runs, foreground);
    }

    /**
     * Whether more points fall where a bottom-right legend would sit than where a top-left one would: over-confident
     * scores (high predictions, low observed rates) sit bottom right, and the legend then moves top left.
     */
    static boolean crowdedBottomRight(List<RunCurves> runs, double upper) {
        int bottomRight = 0;
        int topLeft = 0;
        for (RunCurves run : runs) {
            for (CalibrationBin bin : filled(run.evaluation())) {
                double x = bin.meanPredicted() / upper;
                double y = bin.observedRate() / upper;
                if (x > 0.4 && y < 0.3) {
                    bottomRight++;
                } else if (x < 0.6 && y > 0.7) {
                    topLeft++;
                }
            }
        }
        return bottomRight > topLeft;
    }

    /**
     * The upper end of both calibration axes: a little above the largest mean prediction or observed rate of any
     * bin, rounded up to a readable step, at most 1. Click rates of a few percent get an axis to 0.1, not to 1.
     */
    public static double calibrationRange(List<RunCurves> runs) {
        double max = 0;
        for (RunCurves run : runs) {
            for (CalibrationBin bin : filled(run.evaluation())) {
                max = Math.max(max, Math.max(bin.meanPredicted(), bin.observedRate()));
            }
        }
        double padded = max * 1.08;
        double step = padded <= 0.1 ? 0.02 : padded <= 0.3 ? 0.05 : 0.1;
        double upper = Math.ceil(padded / step - 1e-9) * step;
        return Math.min(1, Math.max(0.04, upper));
    }

    /** The bins worth a point: non-empty, and with {@link #MIN_BIN_ROWS} rows unless fewer than two have. */
    public static List<CalibrationBin> filled(BinaryEvaluation evaluation) {
        List<CalibrationBin> nonEmpty = evaluation.curveBins().stream().filter(b -> !b.isEmpty()).toList();
        List<CalibrationBin> solid = nonEmpty.stream().filter(b -> b.count() >= MIN_BIN_ROWS).toList();
        return solid.size() >= 2 ? solid : nonEmpty;
    }

    /** "Left out: bins of under 20 rows (#1 lr: 3)", or empty. */
    public static String leftOut(List<RunCurves> runs) {
        List<String> parts = new ArrayList<>();
        for (RunCurves run : runs) {
            long nonEmpty = run.evaluation().curveBins().stream().filter(b -> !b.isEmpty()).count();
            long dropped = nonEmpty - filled(run.evaluation()).size();
            if (dropped > 0) {
                parts.add(run.run().label() + ": " + dropped);
            }
        }
        return parts.isEmpty() ? "" : "Not drawn: score bins of under " + MIN_BIN_ROWS + " rows ("
                + String.join(", ", parts) + ")";
    }

    // ---- gain and lift ----

    /** One series per run: from (0, 0), the share of rows in the top groups against the share of positives. */
    public static XYSeriesCollection createGainDataset(List<RunCurves> runs) {
        return perRun(runs, (evaluation, series) -> {
            series.add(0, 0);
            long rows = 0;
            long total = evaluation.lift().count();
            for (LiftRow row : evaluation.lift().rows()) {
                rows += row.count();
                series.add((double) rows / total, row.cumulativeGain());
            }
        });
    }

    public static JFreeChart createGainChart(XYSeriesCollection dataset, List<RunCurves> runs,
                                             javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        XYLineAndShapeRenderer renderer = lines(runs, true);
        renderer.setLegendItemLabelGenerator(legend(runs, EvaluationCharts::topLift));
        renderer.setDefaultToolTipGenerator((data, series, item) -> {
            if (item == 0) {
                return runs.get(series).run().label();
            }
            LiftRow row = runs.get(series).evaluation().lift().rows().get(item - 1);
            return String.format(Locale.ROOT, "%s · top %.0f%% of rows hold %.1f%% of positives (group %d: lift %.2f×)",
                    runs.get(series).run().label(), data.getXValue(series, item) * 100, row.cumulativeGain() * 100,
                    row.group(), row.lift());
        });
        XYPlot plot = new XYPlot(dataset, ChartLook.unitAxis(GAIN_X, 1, true),
                ChartLook.unitAxis("share of positives captured", 1, true), renderer);
        ChartLook.reference(plot, 0, 0, 1, 1, "random targeting", 0.62, 0.58, TextAnchor.TOP_LEFT, text);
        ChartLook.legendInside(plot, text, RectangleAnchor.BOTTOM_RIGHT);
        return ChartLook.finish(plot, text, false, ChartLook.CURVE_INSETS);
    }

    public static JFreeChart gain(List<RunCurves> runs, javafx.scene.paint.Color foreground) {
        return createGainChart(createGainDataset(runs), runs, foreground);
    }

    /** One series per run: each group's (decile's) positive rate over the overall rate. */
    public static XYSeriesCollection createLiftDataset(List<RunCurves> runs) {
        return perRun(runs, (evaluation, series) -> evaluation.lift().rows().forEach(row ->
                series.add(row.group(), row.lift())));
    }

    public static JFreeChart createLiftChart(XYSeriesCollection dataset, List<RunCurves> runs,
                                             javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        XYLineAndShapeRenderer renderer = lines(runs, true);
        renderer.setLegendItemLabelGenerator(legend(runs, EvaluationCharts::topLift));
        renderer.setDefaultToolTipGenerator((data, series, item) -> {
            LiftRow row = runs.get(series).evaluation().lift().rows().get(item);
            return String.format(Locale.ROOT, "%s · group %d: %,d rows, positive rate %.4f, lift %.2f×",
                    runs.get(series).run().label(), row.group(), row.count(), row.rate(), row.lift());
        });
        int groups = runs.stream().mapToInt(r -> r.evaluation().lift().rows().size()).max().orElse(10);
        NumberAxis x = new NumberAxis("score group, highest scores first (deciles)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(0.5, groups + 0.5);
        NumberAxis y = new NumberAxis("lift (× the overall positive rate)");
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.12);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        ValueMarker none = new ValueMarker(1.0, ChartLook.faint(text, 150), ChartLook.REFERENCE);
        none.setLabel("no lift");
        none.setLabelFont(ChartLook.NOTE);
        none.setLabelPaint(ChartLook.faint(text, 170));
        none.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        none.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        none.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        plot.addRangeMarker(none);
        ChartLook.legendInside(plot, text, RectangleAnchor.TOP_RIGHT);
        return ChartLook.finish(plot, text, false, ChartLook.CURVE_INSETS);
    }

    public static JFreeChart lift(List<RunCurves> runs, javafx.scene.paint.Color foreground) {
        return createLiftChart(createLiftDataset(runs), runs, foreground);
    }

    private static String topLift(BinaryEvaluation evaluation) {
        List<LiftRow> rows = evaluation.lift().rows();
        return rows.isEmpty() ? "" : String.format(Locale.ROOT, "top-decile lift %.2f×", rows.get(0).lift());
    }

    // ---- shared ----

    /** Steps of 1, 2, 2.5 and 5 times a power of ten, each labelled with as many decimals as it has. */
    private static final TickUnits EVEN_DECIMALS = evenDecimalUnits();

    private static TickUnits evenDecimalUnits() {
        TickUnits units = new TickUnits();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        for (int exponent = -5; exponent <= 1; exponent++) {
            for (String mantissa : new String[]{"1", "2", "2.5", "5"}) {
                BigDecimal step = new BigDecimal(mantissa).scaleByPowerOfTen(exponent).stripTrailingZeros();
                int decimals = Math.max(0, step.scale());
                units.add(new NumberTickUnit(step.doubleValue(),
                        new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals), symbols)));
            }
        }
        return units;
    }

    /**
     * Labels every tick of an axis with the decimals of its step (0.05, 0.10, 0.15). JFreeChart chooses the step by
     * the width of the labels at the range's ends; with a shared format a label between them could be wider (0.15
     * beside 0.2), and at 1280 × 800 the calibration chart's labels ran into each other.
     */
    private static void evenDecimals(NumberAxis axis) {
        axis.setNumberFormatOverride(null);
        axis.setStandardTickUnits(EVEN_DECIMALS);
    }

    /** One series per run, keyed by the run's label, its points added from the run's evaluation. */
    private static XYSeriesCollection perRun(List<RunCurves> runs, BiConsumer<BinaryEvaluation, XYSeries> points) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (RunCurves run : runs) {
            XYSeries series = new XYSeries(run.run().label(), false, true);
            points.accept(run.evaluation(), series);
            dataset.addSeries(series);
        }
        return dataset;
    }

    private static XYLineAndShapeRenderer lines(List<RunCurves> runs, boolean shapes) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, shapes);
        for (int i = 0; i < runs.size(); i++) {
            renderer.setSeriesPaint(i, java.awt.Color.decode(RunPalette.hex(runs.get(i).colour())));
            renderer.setSeriesStroke(i, ChartLook.CURVE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    /** Legend items read {@code #12 deepfm · AUC 0.781}. */
    private static XYSeriesLabelGenerator legend(List<RunCurves> runs, Function<BinaryEvaluation, String> figure) {
        List<String> labels = new ArrayList<>();
        for (RunCurves run : runs) {
            String extra = figure.apply(run.evaluation());
            labels.add(run.run().label() + (extra.isEmpty() ? "" : "  ·  " + extra));
        }
        return (dataset, series) -> series < labels.size() ? labels.get(series)
                : String.valueOf(dataset.getSeriesKey(series));
    }
}
