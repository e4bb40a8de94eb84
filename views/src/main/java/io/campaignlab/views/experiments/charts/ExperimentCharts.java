package io.campaignlab.views.experiments.charts;

import io.campaignlab.views.experiments.ExperimentFormats;
import io.campaignlab.views.experiments.ReadoutRow;
import io.campaignlab.engine.experiments.BayesianComparison;
import io.campaignlab.engine.experiments.Comparison;
import io.campaignlab.engine.experiments.Correction;
import io.campaignlab.engine.experiments.MetricKind;
import io.campaignlab.engine.experiments.SequentialPoint;
import io.campaignlab.engine.experiments.SequentialSeries;
import io.campaignlab.views.charts.ChartLook;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The Experiments charts, after the JFreeChart FX demos: {@code createXxxDataset} from the engine's records, then the
 * chart. The forest plot of every arm × metric's relative lift with its interval and the no-effect line; the
 * posterior densities of control and treatment for one comparison; the cumulative difference over time inside its
 * confidence sequence, with the fixed-horizon interval for contrast. A chart class: {@code java.awt} is allowed.
 */
public final class ExperimentCharts {

    /** Forest series: significant after the correction, not significant, and the CUPED-adjusted estimate. */
    public static final String SIGNIFICANT = "significant";
    public static final String NOT_SIGNIFICANT = "not significant";
    public static final String CUPED = "CUPED-adjusted";
    /** Posterior series. */
    public static final String CONTROL = "control";
    /** Sequential series. */
    public static final String SEQUENCE = "confidence sequence (any look)";
    public static final String FIXED = "fixed 95% CI (one planned look)";

    private static final int DENSITY_POINTS = 400;
    private static final double CUPED_OFFSET = 0.3;

    private ExperimentCharts() {
    }

    // ---- forest plot ----

    /**
     * Relative lifts in percent, one row per arm × metric (y = the row's index): series {@link #SIGNIFICANT} and
     * {@link #NOT_SIGNIFICANT} by the adjusted p-value, and {@link #CUPED} just below its row when there is one.
     * Rows without a finite relative lift (a control mean of 0) are left out.
     */
    public static XIntervalSeriesCollection createForestDataset(List<ReadoutRow> rows, double alpha) {
        XIntervalSeries significant = new XIntervalSeries(SIGNIFICANT, false, true);
        XIntervalSeries plain = new XIntervalSeries(NOT_SIGNIFICANT, false, true);
        XIntervalSeries cuped = new XIntervalSeries(CUPED, false, true);
        for (int i = 0; i < rows.size(); i++) {
            Comparison c = rows.get(i).comparison();
            if (finite(c.relLift(), c.relCiLow(), c.relCiHigh())) {
                (c.significant(alpha) ? significant : plain).add(100 * c.relLift(), 100 * c.relCiLow(),
                        100 * c.relCiHigh(), i);
            }
            if (rows.get(i).cuped() != null) {
                Comparison a = rows.get(i).cuped().comparison();
                if (finite(a.relLift(), a.relCiLow(), a.relCiHigh())) {
                    cuped.add(100 * a.relLift(), 100 * a.relCiLow(), 100 * a.relCiHigh(), i + CUPED_OFFSET);
                }
            }
        }
        XIntervalSeriesCollection dataset = new XIntervalSeriesCollection();
        dataset.addSeries(significant);
        dataset.addSeries(plain);
        if (cuped.getItemCount() > 0) {
            dataset.addSeries(cuped);
        }
        return dataset;
    }

    private static boolean finite(double... values) {
        for (double v : values) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** The forest plot: relative lift (%) and its 95% interval per arm × metric, the no-effect line at 0. */
    public static JFreeChart forest(List<ReadoutRow> rows, double alpha, Correction correction,
                                    javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        XIntervalSeriesCollection dataset = createForestDataset(rows, alpha);
        String[] labels = rows.stream().map(ReadoutRow::label).toArray(String[]::new);
        SymbolAxis arms = new SymbolAxis(null, labels);
        arms.setInverted(true);
        arms.setGridBandsVisible(false);
        arms.setRange(-0.6, rows.size() - 0.4 + (dataset.getSeriesCount() > 2 ? CUPED_OFFSET * 0.6 : 0));
        NumberAxis lift = new NumberAxis("relative lift vs control");
        lift.setNumberFormatOverride(new DecimalFormat("+0.#'%';−0.#'%'", DecimalFormatSymbols.getInstance(
                Locale.ROOT)));
        double low = 0;
        double high = 0;
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            for (int i = 0; i < dataset.getItemCount(s); i++) {
                low = Math.min(low, dataset.getStartXValue(s, i));
                high = Math.max(high, dataset.getEndXValue(s, i));
            }
        }
        double span = Math.max(high - low, 1);
        lift.setRange(low - 0.06 * span, high + 0.24 * span);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setDrawXError(true);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setCapLength(7);
        renderer.setErrorStroke(new BasicStroke(1.8f));
        Color[] colours = {ChartLook.BLUE, ChartLook.faint(ChartLook.GREY, 255), ChartLook.TEAL};
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            String key = String.valueOf(dataset.getSeriesKey(s));
            Color colour = key.equals(SIGNIFICANT) ? colours[0] : key.equals(CUPED) ? colours[2] : colours[1];
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesShape(s, key.equals(CUPED) ? diamond(5) : new Ellipse2D.Double(-5, -5, 10, 10));
            renderer.setSeriesShapesFilled(s, !key.equals(NOT_SIGNIFICANT));
        }
        renderer.setDefaultToolTipGenerator((data, series, item) -> {
            int row = (int) Math.round(data.getYValue(series, item) - (String.valueOf(data.getSeriesKey(series))
                    .equals(CUPED) ? CUPED_OFFSET : 0));
            return String.format(Locale.ROOT, "%s%s: %s", labels[row], String.valueOf(data.getSeriesKey(series))
                    .equals(CUPED) ? " (CUPED)" : "", ExperimentFormats.percentInterval(data.getXValue(series, item)
                    / 100, ((XIntervalSeriesCollection) data).getStartXValue(series, item) / 100,
                    ((XIntervalSeriesCollection) data).getEndXValue(series, item) / 100));
        });
        XYPlot forest = new XYPlot(dataset, lift, arms, renderer);
        forest.addDomainMarker(new ValueMarker(0, ChartLook.faint(text, 190), new BasicStroke(1.3f)));
        for (int i = 0; i < rows.size(); i++) {
            Comparison c = rows.get(i).comparison();
            if (!finite(c.relLift(), c.relCiLow(), c.relCiHigh())) {
                XYTextAnnotation none = new XYTextAnnotation("no relative lift (control mean 0)", 0, i);
                none.setFont(ChartLook.NOTE);
                none.setPaint(ChartLook.faint(text, 190));
                none.setTextAnchor(TextAnchor.CENTER_LEFT);
                forest.addAnnotation(none);
                continue;
            }
            XYTextAnnotation note = new XYTextAnnotation(ExperimentFormats.percent(c.relLift()),
                    100 * c.relCiHigh() + 0.02 * span, i);
            note.setFont(ChartLook.VALUES);
            note.setPaint(text);
            note.setTextAnchor(TextAnchor.CENTER_LEFT);
            forest.addAnnotation(note);
        }
        JFreeChart chart = ChartLook.finish(forest, text, false);
        forest.setRangeGridlinesVisible(false);
        ChartLook.style(arms, text);
        arms.setTickLabelFont(ChartLook.LEGEND);
        String corrected = switch (correction) {
            case HOLM -> "Holm";
            case BH -> "Benjamini–Hochberg";
            case NONE -> "no correction";
        };
        ChartLook.note(chart, String.format(Locale.ROOT, "● adjusted p < %s (%s)   ○ not significant%s", trim(alpha),
                corrected, dataset.getSeriesCount() > 2 ? "   ◆ CUPED-adjusted (green)" : ""), text);
        ChartLook.note(chart, "95% intervals (delta method). Relative lift puts every metric on one scale.", text);
        return chart;
    }

    private static Path2D diamond(double r) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -r);
        d.lineTo(r, 0);
        d.lineTo(0, r);
        d.lineTo(-r, 0);
        d.closePath();
        return d;
    }

    private static String trim(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    // ---- posterior densities ----

    /** Whether a row's Bayesian view is a pair of Beta posteriors (a binary metric) rather than normal ones. */
    public static boolean isBeta(ReadoutRow row) {
        return row.comparison().kind() == MetricKind.BINARY;
    }

    /**
     * The posterior densities of control and of the treatment: Beta(α, β) for a binary metric, from the engine's
     * parameters; for a continuous one the normal approximation N(mean, sd) of each arm's mean. Evaluated at
     * {@value #DENSITY_POINTS} points over the range where either has mass (means ± 5 sd).
     */
    public static XYSeriesCollection createPosteriorDataset(ReadoutRow row) {
        BayesianComparison b = row.bayesian();
        ContinuousDistribution control = distribution(row, b.posteriorA());
        ContinuousDistribution treatment = distribution(row, b.posteriorB());
        double lo = Math.min(control.getMean() - 5 * Math.sqrt(control.getVariance()),
                treatment.getMean() - 5 * Math.sqrt(treatment.getVariance()));
        double hi = Math.max(control.getMean() + 5 * Math.sqrt(control.getVariance()),
                treatment.getMean() + 5 * Math.sqrt(treatment.getVariance()));
        if (isBeta(row)) {
            lo = Math.max(0, lo);
            hi = Math.min(1, hi);
        }
        XYSeries c = new XYSeries(CONTROL, false, false);
        XYSeries t = new XYSeries(row.arm(), false, false);
        for (int i = 0; i <= DENSITY_POINTS; i++) {
            double x = lo + (hi - lo) * i / DENSITY_POINTS;
            c.add(x, density(control, x));
            t.add(x, density(treatment, x));
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(c);
        dataset.addSeries(t);
        return dataset;
    }

    private static double density(ContinuousDistribution d, double x) {
        double v = d.density(x);
        return Double.isFinite(v) ? v : 0;
    }

    private static ContinuousDistribution distribution(ReadoutRow row, double[] parameters) {
        if (isBeta(row)) {
            return BetaDistribution.of(parameters[0], parameters[1]);
        }
        return NormalDistribution.of(parameters[0], Math.max(parameters[1], 1e-12));
    }

    public static JFreeChart posterior(ReadoutRow row, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        XYSeriesCollection dataset = createPosteriorDataset(row);
        boolean beta = isBeta(row);
        NumberAxis x = new NumberAxis(beta ? row.metric() + " rate (Beta posterior, uniform prior)"
                : "mean " + row.metric() + " (normal approximation of the mean)");
        x.setAutoRangeIncludesZero(false);
        x.setAutoRangeStickyZero(false);
        x.setNumberFormatOverride(beta ? new DecimalFormat("0.0#%", DecimalFormatSymbols.getInstance(Locale.ROOT))
                : new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        x.setLowerMargin(0.03);
        x.setUpperMargin(0.03);
        NumberAxis y = new NumberAxis(null);
        y.setTickLabelsVisible(false);
        y.setTickMarksVisible(false);
        y.setUpperMargin(0.3);
        XYAreaRenderer area = new XYAreaRenderer(XYAreaRenderer.AREA);
        area.setSeriesPaint(0, ChartLook.faint(ChartLook.GREY, 110));
        area.setSeriesPaint(1, ChartLook.faint(ChartLook.ORANGE, 110));
        area.setOutline(true);
        area.setSeriesOutlinePaint(0, ChartLook.GREY.darker());
        area.setSeriesOutlinePaint(1, ChartLook.ORANGE.darker());
        area.setSeriesOutlineStroke(0, new BasicStroke(1.6f));
        area.setSeriesOutlineStroke(1, new BasicStroke(1.6f));
        area.setLegendArea(new Rectangle2D.Double(-5, -5, 10, 10));
        XYPlot plot = new XYPlot(dataset, x, y, area);
        JFreeChart chart = ChartLook.finish(plot, text, false);
        plot.setDomainGridlinesVisible(false);
        // each curve named at its peak instead of a legend
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            int peak = 0;
            for (int i = 1; i < dataset.getItemCount(s); i++) {
                if (dataset.getYValue(s, i) > dataset.getYValue(s, peak)) {
                    peak = i;
                }
            }
            XYTextAnnotation name = new XYTextAnnotation(s == 0 ? CONTROL : row.arm(), dataset.getXValue(s, peak),
                    dataset.getYValue(s, peak));
            name.setFont(ChartLook.LABELS);
            name.setPaint(s == 0 ? ChartLook.GREY.darker() : ChartLook.ORANGE.darker());
            name.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(name);
        }
        BayesianComparison b = row.bayesian();
        ChartLook.note(chart, String.format(Locale.ROOT, "P(beats control) %.1f%% · expected loss %s · 95%% credible"
                + " interval of the difference [%s, %s]", 100 * b.chanceToBeat(), ExperimentFormats.number(
                b.expectedLoss()), ExperimentFormats.number(b.credibleLow()),
                ExperimentFormats.number(b.credibleHigh())), text);
        return chart;
    }

    // ---- sequential monitoring ----

    /**
     * The cumulative difference at each look, with two intervals around it: {@link #SEQUENCE} (always valid) and
     * {@link #FIXED} (the plain interval, valid only at one planned look).
     */
    public static YIntervalSeriesCollection createSequentialDataset(SequentialSeries series) {
        YIntervalSeries sequence = new YIntervalSeries(SEQUENCE, false, true);
        YIntervalSeries fixed = new YIntervalSeries(FIXED, false, true);
        for (SequentialPoint p : series.points()) {
            if (finite(p.diff(), p.csLow(), p.csHigh(), p.ciLow(), p.ciHigh())) {
                sequence.add(p.time(), p.diff(), p.csLow(), p.csHigh());
                fixed.add(p.time(), p.diff(), p.ciLow(), p.ciHigh());
            }
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(sequence);
        dataset.addSeries(fixed);
        return dataset;
    }

    public static JFreeChart sequential(ReadoutRow row, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        YIntervalSeriesCollection dataset = createSequentialDataset(row.sequential());
        DateAxis when = new DateAxis("exposure time (UTC), cumulative");
        SimpleDateFormat format = new SimpleDateFormat("MM-dd", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        when.setDateFormatOverride(format);
        when.setTimeZone(TimeZone.getTimeZone("UTC"));
        when.setLowerMargin(0.01);
        when.setUpperMargin(0.01);
        NumberAxis diff = new NumberAxis(null);
        diff.setAutoRangeIncludesZero(true);
        if (isBeta(row)) {
            diff.setNumberFormatOverride(new DecimalFormat("+0.0#%;−0.0#%", DecimalFormatSymbols.getInstance(
                    Locale.ROOT)));
        }
        clampToLaterLooks(diff, dataset);
        DeviationRenderer bands = new DeviationRenderer(true, false);
        bands.setSeriesPaint(0, ChartLook.BLUE);
        bands.setSeriesFillPaint(0, ChartLook.faint(ChartLook.BLUE, 255));
        bands.setSeriesPaint(1, ChartLook.BLUE);
        bands.setSeriesFillPaint(1, ChartLook.faint(ChartLook.ORANGE, 255));
        bands.setAlpha(0.28f);
        bands.setSeriesStroke(0, ChartLook.LINE);
        bands.setSeriesStroke(1, ChartLook.LINE);
        XYPlot plot = new XYPlot(dataset, when, diff, bands);
        plot.addRangeMarker(new ValueMarker(0, ChartLook.faint(text, 190), new BasicStroke(1.3f)));
        JFreeChart chart = ChartLook.finish(plot, text, false);
        SequentialPoint last = row.sequential().points().get(row.sequential().points().size() - 1);
        ChartLook.note(chart, String.format(Locale.ROOT, "Δ %s. Blue: %s; orange: %s. Last look, %,d units: %s.",
                row.metric(), SEQUENCE, FIXED, last.units(), ExperimentFormats.signed(last.diff())), text);
        return chart;
    }

    /**
     * The first looks, with few units, have enormous bands; the axis covers the bands from the fifth look on (or
     * all when there are fewer), so the later, informative part stays readable. The clipped early bands run off the
     * top and bottom.
     */
    private static void clampToLaterLooks(NumberAxis axis, YIntervalSeriesCollection dataset) {
        int n = dataset.getItemCount(0);
        if (n == 0) {
            return;
        }
        int from = n > 8 ? Math.min(4, n - 1) : 0;
        double lo = 0;
        double hi = 0;
        for (int i = from; i < n; i++) {
            lo = Math.min(lo, dataset.getStartYValue(0, i));
            hi = Math.max(hi, dataset.getEndYValue(0, i));
        }
        double pad = (hi - lo) * 0.06;
        if (hi > lo) {
            axis.setRange(lo - pad, hi + pad);
        }
    }
}
