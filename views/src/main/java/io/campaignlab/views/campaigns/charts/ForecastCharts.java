package io.campaignlab.views.campaigns.charts;

import io.campaignlab.engine.campaigns.forecast.BudgetPoint;
import io.campaignlab.engine.campaigns.forecast.StrategyOutcome;
import io.campaignlab.engine.campaigns.ope.OffPolicyEstimate;
import io.campaignlab.engine.campaigns.ope.OpeEstimates;
import io.campaignlab.views.charts.ChartLook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The forecast panel's charts: the budget curve (incremental margin against spend, the chosen budget and the
 * break-even point marked), the targeting comparison (true incremental conversions per strategy on one budget) and
 * the off-policy estimates (IPS, SNIPS and DR with their 95% intervals beside the logged policy's mean).
 */
public final class ForecastCharts {

    /** Points a budget curve is drawn with at most: the curve has one per user. */
    public static final int CURVE_POINTS = 400;
    public static final String CURVE = "incremental margin";
    public static final String EVEN = "margin = expected cost";
    private static final Color CLEAR = new Color(0, 0, 0, 0);
    private static final String[] ESTIMATORS = {"IPS", "SNIPS", "DR"};

    private ForecastCharts() {
    }

    /**
     * The curve's incremental margin against budget spend (grant costs, as the engine's budget counts them), at most
     * {@value #CURVE_POINTS} points evenly spaced in users (the first and last always), and the same users' expected
     * cost (grants and redemptions): where margin crosses it, the taken users stop paying for themselves.
     */
    public static XYSeriesCollection createBudgetDataset(List<BudgetPoint> points) {
        XYSeries curve = new XYSeries(CURVE, false, true);
        int n = points.size();
        int step = Math.max(1, (int) Math.ceil((n - 1) / (double) (CURVE_POINTS - 1)));
        for (int k = 0; k < n; k += step) {
            curve.add(points.get(k).spend(), points.get(k).incrementalMargin());
        }
        if ((n - 1) % step != 0) {
            curve.add(points.get(n - 1).spend(), points.get(n - 1).incrementalMargin());
        }
        XYSeries even = new XYSeries(EVEN, false, true);
        for (int k = 0; k < n; k += step) {
            even.add(points.get(k).spend(), points.get(k).cost());
        }
        if ((n - 1) % step != 0) {
            even.add(points.get(n - 1).spend(), points.get(n - 1).cost());
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(curve);
        dataset.addSeries(even);
        return dataset;
    }

    public static JFreeChart budgetCurve(List<BudgetPoint> points, double budget, BudgetPoint atBudget,
                                         BudgetPoint breakEven, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        XYSeriesCollection dataset = createBudgetDataset(points);
        NumberAxis x = new NumberAxis("budget spend: grant costs, as the engine's budget counts them");
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis("incremental margin");
        y.setAutoRangeIncludesZero(true);
        double top = 0;
        for (BudgetPoint p : points) {
            top = Math.max(top, p.incrementalMargin());
        }
        y.setRange(Math.min(0, points.get(points.size() - 1).incrementalMargin()) - top * 0.05, top * 1.25);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, ChartLook.BLUE);
        lines.setSeriesStroke(0, ChartLook.LINE);
        lines.setSeriesPaint(1, ChartLook.faint(text, 150));
        lines.setSeriesStroke(1, ChartLook.REFERENCE);
        XYPlot plot = new XYPlot(dataset, x, y, lines);
        ValueMarker chosen = new ValueMarker(budget, ChartLook.ORANGE, new BasicStroke(1.6f));
        chosen.setLabel(String.format(Locale.ROOT, "budget %s", money(budget)));
        chosen.setLabelFont(ChartLook.NOTE);
        chosen.setLabelPaint(ChartLook.ORANGE.darker());
        chosen.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        chosen.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        chosen.setLabelBackgroundColor(CLEAR);
        plot.addDomainMarker(chosen);
        XYPointerAnnotation even = new XYPointerAnnotation(String.format(Locale.ROOT,
                "marginal ROI < 1 beyond %s", money(breakEven.spend())), breakEven.spend(),
                breakEven.incrementalMargin(), -Math.PI / 3);
        even.setFont(ChartLook.NOTE);
        even.setPaint(ChartLook.RED.darker());
        even.setArrowPaint(ChartLook.RED);
        even.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addAnnotation(even);
        XYSeriesCollection marks = new XYSeriesCollection();
        XYSeries at = new XYSeries("at the budget");
        at.add(atBudget.spend(), atBudget.incrementalMargin());
        XYSeries peak = new XYSeries("break-even");
        peak.add(breakEven.spend(), breakEven.incrementalMargin());
        marks.addSeries(at);
        marks.addSeries(peak);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, ChartLook.ORANGE);
        dots.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        dots.setSeriesPaint(1, ChartLook.RED);
        dots.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));
        plot.setDataset(1, marks);
        plot.setRenderer(1, dots);
        JFreeChart chart = ChartLook.finish(plot, text, false);
        ChartLook.note(chart, String.format(Locale.ROOT, "Users taken by expected incremental margin per unit cost."
                        + " At the budget: %,d users, margin %s, ROI %s. Dashed: expected cost (grants + redemptions).",
                atBudget.users(),
                money(atBudget.incrementalMargin()), ratio(atBudget.roi())), text);
        return chart;
    }

    /** True incremental conversions per strategy, in the outcomes' order. */
    public static DefaultCategoryDataset createTargetingDataset(List<StrategyOutcome> outcomes) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (StrategyOutcome o : outcomes) {
            dataset.addValue(o.trueIncrementalConversions(), "true incremental conversions", label(o));
        }
        return dataset;
    }

    public static JFreeChart targeting(List<StrategyOutcome> outcomes, double budget,
                                       javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        CategoryAxis strategies = new CategoryAxis("targeted by");
        strategies.setCategoryMargin(0.3);
        NumberAxis conversions = new NumberAxis("true incr. conversions");
        conversions.setUpperMargin(0.15);
        BarRenderer bars = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return outcomes.get(column).strategy().id().equals("uplift") ? ChartLook.BLUE : ChartLook.GREY;
            }
        };
        ChartLook.flat(bars);
        bars.setMaximumBarWidth(0.16);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(ChartLook.VALUES);
        bars.setDefaultItemLabelPaint(text);
        CategoryPlot plot = new CategoryPlot(createTargetingDataset(outcomes), strategies, conversions, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = ChartLook.finish(plot, text, false);
        ChartLook.note(chart, String.format(Locale.ROOT, "Each strategy spends up to %s on the same held-out users;"
                + " counted with the simulator's planted uplift.", money(budget)), text);
        return chart;
    }

    /** IPS, SNIPS and DR at x = 0, 1, 2, each with its 95% interval. */
    public static YIntervalSeriesCollection createOpeDataset(OpeEstimates estimates) {
        YIntervalSeries series = new YIntervalSeries("estimate with 95% interval");
        OffPolicyEstimate[] all = {estimates.ips(), estimates.snips(), estimates.dr()};
        for (int k = 0; k < all.length; k++) {
            series.add(k, all[k].estimate(), all[k].ciLow(), all[k].ciHigh());
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);
        return dataset;
    }

    /**
     * @param loggedMean the logging policy's mean reward, drawn as a dashed line to compare with
     */
    public static JFreeChart ope(OpeEstimates estimates, double loggedMean, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        SymbolAxis x = new SymbolAxis("estimator", ESTIMATORS);
        x.setRange(-0.6, 2.6);
        x.setGridBandsVisible(false);
        NumberAxis y = new NumberAxis("value per unit");
        y.setAutoRangeIncludesZero(false);
        y.setNumberFormatOverride(new DecimalFormat("0.0#%", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDrawXError(false);
        whiskers.setDefaultLinesVisible(false);
        whiskers.setErrorPaint(ChartLook.BLUE);
        whiskers.setErrorStroke(new BasicStroke(2f));
        whiskers.setCapLength(14);
        whiskers.setSeriesPaint(0, ChartLook.BLUE);
        whiskers.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        XYPlot plot = new XYPlot(createOpeDataset(estimates), x, y, whiskers);
        ValueMarker logged = new ValueMarker(loggedMean, ChartLook.faint(text, 170), ChartLook.REFERENCE);
        logged.setLabel("logged policy " + percent(loggedMean));
        logged.setLabelFont(ChartLook.NOTE);
        logged.setLabelPaint(ChartLook.faint(text, 200));
        logged.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        logged.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        logged.setLabelBackgroundColor(CLEAR);
        plot.addRangeMarker(logged);
        JFreeChart chart = ChartLook.finish(plot, text, false);
        ChartLook.note(chart, String.format(Locale.ROOT, "DR %s (95%% CI %s to %s) · %,.0f effective units",
                percent(estimates.dr().estimate()), percent(estimates.dr().ciLow()),
                percent(estimates.dr().ciHigh()), estimates.effectiveSampleSize()), text);
        return chart;
    }

    private static String label(StrategyOutcome o) {
        return switch (o.strategy()) {
            case PCTR -> "pCTR";
            case PCVR -> "pCVR";
            case UPLIFT -> "uplift";
            case RANDOM -> "random";
        };
    }

    static String money(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    static String ratio(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "n/a";
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }
}
