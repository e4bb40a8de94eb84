package io.campaignlab.views.explain.charts;

import io.campaignlab.views.explain.ExplainFormats;
import io.campaignlab.views.explain.Waterfall;
import io.campaignlab.engine.explain.Attribution;
import io.campaignlab.engine.explain.AudienceAttribution;
import io.campaignlab.engine.explain.AudienceComparison;
import io.campaignlab.engine.explain.importance.ImportanceResult;
import io.campaignlab.engine.explain.pdp.PdCurve;
import io.campaignlab.engine.explain.importance.PlayerImportance;
import io.campaignlab.engine.explain.RowExplanation;
import io.campaignlab.engine.explain.WhatIfResult;
import io.campaignlab.views.charts.ChartLook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Explain charts, after the JFreeChart FX demos: {@code createXxxDataset} from the engine's records, then
 * {@code createXxxChart} for the styling. Permutation importance as horizontal bars with 95% interval whiskers; one
 * prediction as a waterfall; partial dependence with ICE curves over the feature's histogram; a what-if edit as
 * paired bars; an audience's mean attributions against the population as diverging bars. A chart class:
 * {@code java.awt} is allowed here.
 */
public final class ExplainCharts {

    /** ICE curves drawn at most, so that the PD line stays readable. */
    public static final int MAX_ICE = 40;

    private ExplainCharts() {
    }

    // ---- permutation importance ----

    /** Every player by mean AUC drop, largest first: the mean as the value, the 95% interval as start and end. */
    public static MeanIntervalDataset createImportanceDataset(ImportanceResult result) {
        MeanIntervalDataset dataset = new MeanIntervalDataset("mean AUC drop");
        List<PlayerImportance> players = new ArrayList<>(result.players());
        players.sort((a, b) -> Double.compare(b.meanDrop(), a.meanDrop()));
        for (PlayerImportance p : players) {
            dataset.add(p.player(), p.meanDrop(), p.lower(), p.upper());
        }
        return dataset;
    }

    public static JFreeChart createImportanceChart(MeanIntervalDataset dataset, ImportanceResult result,
                                                   javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return dataset.start(column) > 0 ? ChartLook.BLUE : ChartLook.faint(
                        ChartLook.GREY, 150);
            }
        };
        ChartLook.flat(bars);
        bars.setItemMargin(0);
        bars.setMaximumBarWidth(0.9);
        bars.setDefaultToolTipGenerator((data, row, column) -> String.format(Locale.ROOT,
                "%s: mean AUC drop %s, 95%% interval [%s, %s] over %d shuffles", dataset.getColumnKey(column),
                ExplainFormats.plain(dataset.value(column)), ExplainFormats.plain(dataset.start(column)),
                ExplainFormats.plain(dataset.end(column)), result.repeats()));
        CategoryAxis fields = new CategoryAxis(null);
        ChartLook.categoryLabels(fields, 0.28f);
        NumberAxis drop = new NumberAxis("AUC drop when the field is shuffled");
        drop.setNumberFormatOverride(new DecimalFormat("0.00#", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        double low = 0;
        double high = 0;
        for (int c = 0; c < dataset.getColumnCount(); c++) {
            low = Math.min(low, Math.min(dataset.value(c), dataset.start(c)));
            high = Math.max(high, Math.max(dataset.value(c), dataset.end(c)));
        }
        double span = Math.max(high - low, 1e-6);
        drop.setRange(low - span * 0.03, high + span * 0.45);
        CategoryPlot plot = new CategoryPlot(dataset, fields, drop, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setDataset(1, dataset);
        plot.setRenderer(1, new WhiskerRenderer(ChartLook.faint(text, 220), ChartLook.faint(text,
                230), column -> ExplainFormats.plain(dataset.value(column)) + "  " + ExplainFormats.spread(
                (dataset.end(column) - dataset.start(column)) / 2)));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.addRangeMarker(new ValueMarker(0, ChartLook.faint(text, 140), new BasicStroke(1f)));
        JFreeChart chart = ChartLook.finish(plot, text, false);
        ChartLook.note(chart, String.format(Locale.ROOT, "Validation AUC %.3f, %,d rows · %d shuffles per"
                        + " field · whiskers: 95%% interval · grey: interval reaches 0", result.baselineAuc(),
                result.rows(), result.repeats()), text);
        return chart;
    }

    public static JFreeChart importance(ImportanceResult result, javafx.scene.paint.Color foreground) {
        return createImportanceChart(createImportanceDataset(result), result, foreground);
    }

    // ---- one prediction ----

    /** Each step of the waterfall from its start to its end, the push (or level) as its value. */
    public static MeanIntervalDataset createWaterfallDataset(Waterfall waterfall) {
        MeanIntervalDataset dataset = new MeanIntervalDataset("score");
        Set<String> used = new HashSet<>();
        for (Waterfall.Step step : waterfall.steps()) {
            String key = step.label();
            for (int n = 2; !used.add(key); n++) {
                key = step.label() + " (" + n + ")";
            }
            dataset.add(key, step.value(), step.start(), step.end());
        }
        return dataset;
    }

    public static JFreeChart createWaterfallChart(MeanIntervalDataset dataset, Waterfall waterfall, String note,
                                                  javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        WaterfallRenderer renderer = new WaterfallRenderer(waterfall, text);
        renderer.setDefaultToolTipGenerator((data, row, column) -> {
            Waterfall.Step step = waterfall.steps().get(column);
            return step.label() + ": " + step.valueText() + " (from " + ExplainFormats.score(step.start()) + " to "
                    + ExplainFormats.score(step.end()) + ")";
        });
        CategoryAxis steps = new CategoryAxis(null);
        ChartLook.categoryLabels(steps, 0.36f);
        NumberAxis score = new NumberAxis("predicted probability");
        score.setNumberFormatOverride(new DecimalFormat("0.0##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        org.jfree.data.Range bounds = renderer.findRangeBounds(dataset);
        double span = Math.max(bounds.getLength(), 1e-6);
        score.setRange(bounds.getLowerBound() - (bounds.getLowerBound() < 0 ? span * 0.05 : 0),
                bounds.getUpperBound() + span * 0.5);
        CategoryPlot plot = new CategoryPlot(dataset, steps, score, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.addRangeMarker(new ValueMarker(0, ChartLook.faint(text, 140), new BasicStroke(1f)));
        JFreeChart chart = ChartLook.finish(plot, text, false);
        ChartLook.note(chart, note, text);
        return chart;
    }

    /** The waterfall of one explained row, with a note on what it is. */
    public static JFreeChart waterfall(RowExplanation row, javafx.scene.paint.Color foreground) {
        Waterfall waterfall = Waterfall.of(row.shapley());
        String label = Double.isNaN(row.label()) ? "unknown" : String.valueOf((int) Math.round(row.label()));
        String note = String.format(Locale.ROOT, "Row %d · label %s · red raises the score, blue lowers it · "
                        + "± spread across repeats (%,d walks)", row.rowId(), label, row.shapley().walks());
        return createWaterfallChart(createWaterfallDataset(waterfall), waterfall, note, foreground);
    }

    // ---- partial dependence ----

    /** The PD curve (series 0) and up to {@link #MAX_ICE} ICE curves (series 1 on). */
    public static XYSeriesCollection createPdDataset(PdCurve curve) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYSeries pd = new XYSeries("partial dependence (mean of " + curve.rows() + " rows)", false, true);
        for (int k = 0; k < curve.grid().length; k++) {
            pd.add(curve.grid()[k], curve.pd()[k]);
        }
        dataset.addSeries(pd);
        int shown = Math.min(MAX_ICE, curve.ice() == null ? 0 : curve.ice().length);
        for (int r = 0; r < shown; r++) {
            XYSeries ice = new XYSeries("ICE " + r, false, true);
            double[] scores = curve.ice()[r];
            for (int k = 0; k < curve.grid().length && k < scores.length; k++) {
                ice.add(curve.grid()[k], scores[k]);
            }
            dataset.addSeries(ice);
        }
        return dataset;
    }

    /** The column's histogram: one bar per bin, from its lower to its upper edge. */
    public static DefaultIntervalXYDataset createHistogramDataset(PdCurve curve) {
        DefaultIntervalXYDataset dataset = new DefaultIntervalXYDataset();
        int bins = curve.histogramCounts() == null ? 0 : curve.histogramCounts().length;
        double[][] data = new double[6][bins];
        for (int i = 0; i < bins; i++) {
            double lo = curve.histogramEdges()[i];
            double hi = curve.histogramEdges()[i + 1];
            data[0][i] = (lo + hi) / 2;
            data[1][i] = lo;
            data[2][i] = hi;
            data[3][i] = curve.histogramCounts()[i];
            data[4][i] = 0;
            data[5][i] = curve.histogramCounts()[i];
        }
        dataset.addSeries("rows", data);
        return dataset;
    }

    public static JFreeChart partialDependence(PdCurve curve, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        XYSeriesCollection lines = createPdDataset(curve);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartLook.ORANGE);
        renderer.setSeriesStroke(0, ChartLook.LINE);
        for (int s = 1; s < lines.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, ChartLook.faint(ChartLook.BLUE, 70));
            renderer.setSeriesStroke(s, ChartLook.THIN);
        }
        renderer.setDefaultToolTipGenerator((data, series, item) -> String.format(Locale.ROOT, "%s = %s: %s %s",
                curve.column(), trim(data.getXValue(series, item)), series == 0 ? "mean score" : "row's score",
                ExplainFormats.score(data.getYValue(series, item))));
        NumberAxis score = new NumberAxis("predicted probability");
        score.setAutoRangeIncludesZero(false);
        score.setNumberFormatOverride(new DecimalFormat("0.0##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        XYPlot curves = new XYPlot(lines, null, score, renderer);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(line(lines.getSeriesKey(0).toString(), ChartLook.ORANGE, text));
        if (lines.getSeriesCount() > 1) {
            legend.add(line("individual rows (ICE, " + (lines.getSeriesCount() - 1) + ")",
                    ChartLook.faint(ChartLook.BLUE, 150), text));
        }
        curves.setFixedLegendItems(legend);
        ChartLook.subplot(curves, text);

        XYBarRenderer bars = new XYBarRenderer(0.08);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ChartLook.faint(ChartLook.GREY, 170));
        bars.setDefaultToolTipGenerator((data, series, item) -> String.format(Locale.ROOT, "%s in [%s, %s]: %,d rows",
                curve.column(), trim(curve.histogramEdges()[item]), trim(curve.histogramEdges()[item + 1]),
                curve.histogramCounts()[item]));
        NumberAxis rows = new NumberAxis("rows");
        rows.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        rows.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot histogram = new XYPlot(createHistogramDataset(curve), null, rows, bars);
        histogram.setFixedLegendItems(new LegendItemCollection());
        ChartLook.subplot(histogram, text);

        NumberAxis value = new NumberAxis(curve.column());
        value.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(value);
        plot.setGap(10);
        plot.add(curves, 3);
        plot.add(histogram, 1);
        JFreeChart chart = ChartLook.finish(plot, text, true);
        ChartLook.note(chart, "How the mean score moves when every row's " + curve.column()
                + " is set to each value (5th to 95th percentile); the histogram shows where the rows are.", text);
        return chart;
    }

    /** The largest |value| of a category dataset. */
    static double maxAbs(DefaultCategoryDataset dataset) {
        double max = 0;
        for (int r = 0; r < dataset.getRowCount(); r++) {
            for (int c = 0; c < dataset.getColumnCount(); c++) {
                Number v = dataset.getValue(r, c);
                if (v != null && !Double.isNaN(v.doubleValue())) {
                    max = Math.max(max, Math.abs(v.doubleValue()));
                }
            }
        }
        return max;
    }

    /** Signed ticks with enough decimals for the values: +0.002, −0.0005. */
    static DecimalFormat signedFormat(double maxAbs) {
        int decimals = maxAbs >= 0.1 ? 2 : maxAbs >= 0.01 ? 3 : maxAbs >= 0.001 ? 4 : 5;
        String digits = "0." + "0".repeat(decimals);
        return new DecimalFormat("+" + digits + ";\u2212" + digits, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    private static LegendItem line(String label, Color colour, Color text) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle(-7, -2, 14, 4), colour);
        item.setLabelPaint(text);
        item.setLabelFont(ChartLook.LEGEND);
        return item;
    }

    private static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%.4g", v);
    }

    // ---- what-if ----

    /** Two series, the row as it was and as edited, each player's attribution, by the original's |value|. */
    public static DefaultCategoryDataset createWhatIfDataset(WhatIfResult result) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<String, Double> after = new HashMap<>();
        for (Attribution a : result.after().attributions()) {
            after.put(a.player(), a.value());
        }
        List<Attribution> before = new ArrayList<>(result.before().attributions());
        before.sort((a, b) -> Double.compare(Math.abs(b.value()), Math.abs(a.value())));
        String was = whatIfSeries(result, false);
        String now = whatIfSeries(result, true);
        for (Attribution a : before) {
            dataset.addValue(a.value(), was, a.player());
            dataset.addValue(after.getOrDefault(a.player(), Double.NaN), now, a.player());
        }
        return dataset;
    }

    static String whatIfSeries(WhatIfResult result, boolean after) {
        return after ? "after: " + result.column() + " = " + ExplainFormats.shorten(result.newValue(), 24) + " → "
                + ExplainFormats.score(result.after().prediction())
                : "before: " + result.column() + " = " + ExplainFormats.shorten(result.oldValue(), 24) + " → "
                + ExplainFormats.score(result.before().prediction());
    }

    public static JFreeChart whatIf(WhatIfResult result, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        DefaultCategoryDataset dataset = createWhatIfDataset(result);
        BarRenderer bars = new BarRenderer();
        ChartLook.flat(bars);
        bars.setItemMargin(0.05);
        bars.setSeriesPaint(0, ChartLook.faint(ChartLook.GREY, 200));
        bars.setSeriesPaint(1, ChartLook.ORANGE);
        bars.setDefaultToolTipGenerator((data, row, column) -> data.getRowKey(row) + " · " + data.getColumnKey(column)
                + ": " + ExplainFormats.signed(data.getValue(row, column) == null ? Double.NaN
                : data.getValue(row, column).doubleValue()));
        CategoryAxis fields = new CategoryAxis(null);
        ChartLook.categoryLabels(fields, 0.25f);
        fields.setCategoryMargin(0.2);
        NumberAxis value = new NumberAxis("push on the predicted probability");
        value.setNumberFormatOverride(signedFormat(maxAbs(dataset)));
        CategoryPlot plot = new CategoryPlot(dataset, fields, value, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.addRangeMarker(new ValueMarker(0, ChartLook.faint(text, 140), new BasicStroke(1f)));
        JFreeChart chart = ChartLook.finish(plot, text, false);
        org.jfree.chart.title.LegendTitle legend = new org.jfree.chart.title.LegendTitle(plot,
                new org.jfree.chart.block.ColumnArrangement(), new org.jfree.chart.block.ColumnArrangement());
        legend.setItemFont(ChartLook.LEGEND);
        legend.setItemPaint(text);
        legend.setBackgroundPaint(null);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        legend.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        chart.addSubtitle(legend);
        double change = result.after().prediction() - result.before().prediction();
        ChartLook.note(chart, String.format(Locale.ROOT, "Score %s → %s (%s) · same background rows and"
                        + " walks for both, so the difference is the edit's", ExplainFormats.score(result.before()
                        .prediction()), ExplainFormats.score(result.after().prediction()), ExplainFormats.signed(change)),
                text);
        return chart;
    }

    // ---- audience ----

    /** One series: each player's mean attribution in the audience minus in the population, largest |difference| first. */
    public static DefaultCategoryDataset createAudienceDataset(AudienceComparison comparison) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<AudienceAttribution> rows = new ArrayList<>(comparison.attributions());
        rows.sort((a, b) -> Double.compare(Math.abs(b.difference()), Math.abs(a.difference())));
        for (AudienceAttribution a : rows) {
            dataset.addValue(a.difference(), "audience − population", a.player());
        }
        return dataset;
    }

    public static JFreeChart audience(AudienceComparison comparison, int k, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        DefaultCategoryDataset dataset = createAudienceDataset(comparison);
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                Number v = dataset.getValue(row, column);
                return v != null && v.doubleValue() < 0 ? ChartLook.DOWN : ChartLook.UP;
            }
        };
        ChartLook.flat(bars);
        bars.setItemMargin(0);
        bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.CategoryItemLabelGenerator() {
            @Override
            public String generateRowLabel(org.jfree.data.category.CategoryDataset data, int row) {
                return null;
            }

            @Override
            public String generateColumnLabel(org.jfree.data.category.CategoryDataset data, int column) {
                return null;
            }

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset data, int row, int column) {
                Number v = data.getValue(row, column);
                return v == null ? null : ExplainFormats.signed(v.doubleValue());
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(ChartLook.VALUES);
        bars.setDefaultItemLabelPaint(text);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9,
                TextAnchor.CENTER_RIGHT));
        bars.setItemLabelAnchorOffset(4);
        Map<String, AudienceAttribution> byPlayer = new LinkedHashMap<>();
        comparison.attributions().forEach(a -> byPlayer.put(a.player(), a));
        bars.setDefaultToolTipGenerator((data, row, column) -> {
            AudienceAttribution a = byPlayer.get(String.valueOf(data.getColumnKey(column)));
            return a == null ? null : String.format(Locale.ROOT, "%s: audience mean %s, population mean %s",
                    a.player(), ExplainFormats.signed(a.audienceMean()), ExplainFormats.signed(a.populationMean()));
        });
        CategoryAxis fields = new CategoryAxis(null);
        ChartLook.categoryLabels(fields, 0.25f);
        NumberAxis value = new NumberAxis("mean push in the audience − in the population");
        value.setNumberFormatOverride(signedFormat(maxAbs(dataset)));
        value.setUpperMargin(0.2);
        value.setLowerMargin(0.2);
        CategoryPlot plot = new CategoryPlot(dataset, fields, value, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.addRangeMarker(new ValueMarker(0, ChartLook.faint(text, 140), new BasicStroke(1f)));
        plot.setInsets(new RectangleInsets(6, 4, 4, 12));
        JFreeChart chart = ChartLook.finish(plot, text, false);
        ChartLook.note(chart, String.format(Locale.ROOT, "Top %,d validation rows by score (mean %s, %d"
                        + " explained) against the validation population (mean %s, %d explained)", k,
                ExplainFormats.score(comparison.audiencePrediction()), comparison.audienceSampled(),
                ExplainFormats.score(comparison.populationPrediction()), comparison.populationSampled()), text);
        return chart;
    }
}
