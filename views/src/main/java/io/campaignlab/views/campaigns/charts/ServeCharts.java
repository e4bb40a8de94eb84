package io.campaignlab.views.campaigns.charts;

import io.campaignlab.engine.campaigns.policy.BetaPosterior;
import io.campaignlab.views.charts.ChartLook;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/** The live dashboard's charts: the Thompson posteriors per offer, and counts per offer or per arm as bars. */
public final class ServeCharts {

    /** Points of each density curve. */
    public static final int DENSITY_POINTS = 240;
    private static final Color[] PALETTE = {ChartLook.BLUE, ChartLook.ORANGE, ChartLook.TEAL, ChartLook.RED,
            Color.decode("#b07aa1"), Color.decode("#76b7b2"), Color.decode("#edc948"), Color.decode("#9c755f")};

    private ServeCharts() {
    }

    /**
     * Each offer's Beta(α, β) density over one common range of rates: from the smallest 0.1% quantile to the largest
     * 99.9% quantile of the posteriors, so that narrow posteriors are not flattened against [0, 1].
     */
    public static XYSeriesCollection createPosteriorDataset(Map<String, BetaPosterior> posteriors) {
        double low = 1;
        double high = 0;
        for (BetaPosterior p : posteriors.values()) {
            BetaDistribution d = BetaDistribution.of(p.alpha(), p.beta());
            low = Math.min(low, d.inverseCumulativeProbability(0.001));
            high = Math.max(high, d.inverseCumulativeProbability(0.999));
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Map.Entry<String, BetaPosterior> e : posteriors.entrySet()) {
            BetaPosterior p = e.getValue();
            BetaDistribution d = BetaDistribution.of(p.alpha(), p.beta());
            XYSeries series = new XYSeries(String.format(Locale.ROOT, "%s  Beta(%.0f, %.0f)", e.getKey(), p.alpha(),
                    p.beta()), false, true);
            for (int i = 0; i < DENSITY_POINTS; i++) {
                double x = low + (high - low) * i / (DENSITY_POINTS - 1);
                double density = d.density(x);
                series.add(x, Double.isFinite(density) ? density : 0);
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    public static JFreeChart posteriors(Map<String, BetaPosterior> posteriors, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        NumberAxis rate = new NumberAxis("response rate");
        rate.setNumberFormatOverride(new DecimalFormat("0.#%", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        rate.setAutoRangeIncludesZero(false);
        NumberAxis density = new NumberAxis("posterior density");
        density.setTickLabelsVisible(false);
        density.setUpperMargin(0.12);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < posteriors.size(); s++) {
            lines.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
            lines.setSeriesStroke(s, ChartLook.CURVE);
        }
        XYPlot plot = new XYPlot(createPosteriorDataset(posteriors), rate, density, lines);
        JFreeChart chart = ChartLook.finish(plot, text, true, ChartLook.CURVE_INSETS);
        ChartLook.note(chart, "Beta(1 + responses, 1 + non-responses) per offer, as Thompson sampling draws from"
                + " them.", text);
        return chart;
    }

    /** One bar per key, in the map's order. */
    public static DefaultCategoryDataset createCountDataset(String series, Map<String, ? extends Number> counts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        counts.forEach((key, value) -> dataset.addValue(value, series, key));
        return dataset;
    }

    /**
     * Horizontal bars of counts (offers served, conversions by arm), labelled with their values.
     *
     * @param note a line under the chart, or null
     */
    public static JFreeChart counts(String axis, String series, Map<String, ? extends Number> counts, String note,
                                    javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        CategoryAxis keys = new CategoryAxis(null);
        ChartLook.categoryLabels(keys, 0.4f);
        NumberAxis values = new NumberAxis(axis);
        values.setUpperMargin(0.18);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer bars = new BarRenderer();
        ChartLook.flat(bars);
        bars.setSeriesPaint(0, ChartLook.BLUE);
        bars.setMaximumBarWidth(0.14);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(ChartLook.VALUES);
        bars.setDefaultItemLabelPaint(text);
        CategoryPlot plot = new CategoryPlot(createCountDataset(series, counts), keys, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = ChartLook.finish(plot, text, false);
        ChartLook.note(chart, note, text);
        return chart;
    }
}
