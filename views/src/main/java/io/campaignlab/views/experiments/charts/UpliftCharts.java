package io.campaignlab.views.experiments.charts;

import io.campaignlab.views.experiments.ExperimentFormats;
import io.campaignlab.engine.uplift.UpliftCurves;
import io.campaignlab.engine.uplift.UpliftResult;
import io.campaignlab.views.charts.ChartLook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The uplift charts, after the JFreeChart FX demos: the Qini curve against the random line (and the perfect
 * ranking's), the uplift curve against the random line, and the observed uplift by decile of predicted uplift with
 * the mean prediction. A chart class: {@code java.awt} is allowed.
 */
public final class UpliftCharts {

    public static final String MODEL = "model";
    public static final String RANDOM = "random targeting";
    public static final String PERFECT = "perfect ranking";
    public static final String OBSERVED = "observed uplift";
    public static final String PREDICTED = "mean predicted uplift";

    private UpliftCharts() {
    }

    /**
     * The model's curve against the share of held-out units targeted (x / n), the random line from the origin to
     * the curve's end, and for the Qini curve the perfect ranking's.
     */
    public static XYSeriesCollection createCurveDataset(UpliftCurves.Curve curve, UpliftCurves.Curve perfect) {
        double n = curve.x()[curve.x().length - 1];
        XYSeries model = new XYSeries(MODEL, false, true);
        for (int i = 0; i < curve.x().length; i++) {
            model.add(curve.x()[i] / n, curve.y()[i]);
        }
        XYSeries random = new XYSeries(RANDOM, false, true);
        random.add(0, 0);
        random.add(1, curve.y()[curve.y().length - 1]);
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(model);
        dataset.addSeries(random);
        if (perfect != null) {
            double pn = perfect.x()[perfect.x().length - 1];
            XYSeries best = new XYSeries(PERFECT, false, true);
            for (int i = 0; i < perfect.x().length; i++) {
                best.add(perfect.x()[i] / pn, perfect.y()[i]);
            }
            dataset.addSeries(best);
        }
        return dataset;
    }

    public static JFreeChart qini(UpliftResult result, javafx.scene.paint.Color foreground) {
        XYSeriesCollection dataset = createCurveDataset(result.qiniCurve(), result.perfectQiniCurve());
        JFreeChart chart = curve(dataset, "incremental " + result.spec().outcome() + " (Qini)", foreground);
        // the perfect ranking towers over any real model: the axis covers the model and random lines, and the
        // perfect curve runs off the top with its peak named in the note
        double low = 0;
        double high = 0;
        for (int s = 0; s < 2; s++) {
            for (int i = 0; i < dataset.getItemCount(s); i++) {
                low = Math.min(low, dataset.getYValue(s, i));
                high = Math.max(high, dataset.getYValue(s, i));
            }
        }
        double peak = 0;
        for (int i = 0; i < dataset.getItemCount(2); i++) {
            peak = Math.max(peak, dataset.getYValue(2, i));
        }
        boolean clipped = peak > 1.6 * high && high > low;
        if (clipped) {
            double pad = (high - low) * 0.12;
            chart.getXYPlot().getRangeAxis().setRange(low - pad, high + 3 * pad);
        }
        ChartLook.note(chart, String.format(Locale.ROOT, "Qini coefficient %.3f (0 = random, 1 = perfect), on %,d"
                        + " held-out units. Blue: the model · grey dashed: random · green: perfect ranking%s.",
                result.qini(), result.testUnits(), clipped ? String.format(Locale.ROOT, " (peaks at %,.0f, off"
                        + " the scale)", peak) : ""), ChartLook.awt(foreground));
        return chart;
    }

    public static JFreeChart uplift(UpliftResult result, javafx.scene.paint.Color foreground) {
        JFreeChart chart = curve(createCurveDataset(result.upliftCurve(), null),
                "uplift × units targeted", foreground);
        ChartLook.note(chart, String.format(Locale.ROOT, "AUUC %.3f (0 = random). Blue: the model · grey dashed:"
                + " random.", result.auuc()), ChartLook.awt(foreground));
        return chart;
    }

    private static JFreeChart curve(XYSeriesCollection dataset, String yLabel, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        NumberAxis x = new NumberAxis("share of held-out units targeted, highest predicted uplift first");
        x.setRange(0, 1);
        x.setNumberFormatOverride(new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, ChartLook.BLUE);
        lines.setSeriesStroke(0, ChartLook.LINE);
        lines.setSeriesPaint(1, ChartLook.GREY.darker());
        lines.setSeriesStroke(1, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[]{6f, 4f}, 0f));
        if (dataset.getSeriesCount() > 2) {
            lines.setSeriesPaint(2, ChartLook.faint(ChartLook.TEAL, 150));
            lines.setSeriesStroke(2, new BasicStroke(1.4f));
        }
        XYPlot plot = new XYPlot(dataset, x, y, lines);
        plot.addRangeMarker(new ValueMarker(0, ChartLook.faint(text, 120), new BasicStroke(1f)));
        JFreeChart chart = ChartLook.finish(plot, text, false);
        // name the model's line at its end, where the lines part
        int last = dataset.getItemCount(0) - 1;
        XYTextAnnotation name = new XYTextAnnotation(MODEL, dataset.getXValue(0, last * 3 / 10),
                dataset.getYValue(0, last * 3 / 10));
        name.setFont(ChartLook.LABELS);
        name.setPaint(ChartLook.BLUE);
        name.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addAnnotation(name);
        return chart;
    }

    /** Per decile of predicted uplift (1 = highest): the observed uplift (treated − control rate) and the mean prediction. */
    public static DefaultCategoryDataset createDecileDataset(UpliftResult result, boolean predicted) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (UpliftCurves.DecileUplift d : result.deciles()) {
            String key = Integer.toString(d.decile());
            if (predicted) {
                dataset.addValue(Double.isNaN(d.meanPredicted()) ? null : d.meanPredicted(), PREDICTED, key);
            } else {
                dataset.addValue(Double.isNaN(d.observedUplift()) ? null : d.observedUplift(), OBSERVED, key);
            }
        }
        return dataset;
    }

    public static JFreeChart deciles(UpliftResult result, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        CategoryAxis deciles = new CategoryAxis("decile of predicted uplift (1 = highest)");
        deciles.setCategoryMargin(0.2);
        NumberAxis uplift = new NumberAxis("uplift (" + result.spec().outcome() + ")");
        uplift.setNumberFormatOverride(new DecimalFormat("+0.#%;−0.#%", DecimalFormatSymbols.getInstance(
                Locale.ROOT)));
        BarRenderer bars = new BarRenderer();
        ChartLook.flat(bars);
        bars.setSeriesPaint(0, ChartLook.BLUE);
        bars.setMaximumBarWidth(0.08);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, ChartLook.ORANGE);
        line.setSeriesStroke(0, ChartLook.LINE);
        line.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        CategoryPlot plot = new CategoryPlot(createDecileDataset(result, false), deciles, uplift, bars);
        plot.setDataset(1, createDecileDataset(result, true));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.addRangeMarker(new ValueMarker(0, ChartLook.faint(text, 160), new BasicStroke(1f)));
        plot.addRangeMarker(new ValueMarker(result.observedAte(), ChartLook.faint(text, 150), ChartLook.DASHED));
        JFreeChart chart = ChartLook.finish(plot, text, false);
        ChartLook.note(chart, String.format(Locale.ROOT, "Bars: observed uplift on held-out units · orange: mean"
                + " predicted · dashed: the average effect, %s.", ExperimentFormats.percent(result.observedAte())), text);
        return chart;
    }
}
