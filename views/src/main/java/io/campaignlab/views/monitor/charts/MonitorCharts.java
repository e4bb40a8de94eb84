package io.campaignlab.views.monitor.charts;

import io.campaignlab.views.monitor.MonitorFormats;
import io.campaignlab.engine.monitor.ColumnDrift;
import io.campaignlab.engine.monitor.DriftBin;
import io.campaignlab.engine.monitor.PerformanceBucket;
import io.campaignlab.engine.monitor.PerformanceTimeline;
import io.campaignlab.views.charts.ChartLook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The Monitor charts, after the JFreeChart FX demos: {@code createXxxDataset} from the engine's records, then the
 * chart. A feature's reference and current shares side by side per bin or category; the current sample's AUC,
 * calibration error and mean predicted against actual rate, day by day. A chart class: {@code java.awt} is allowed.
 */
public final class MonitorCharts {

    /** The series of the reference sample. */
    public static final String REFERENCE = "training rows (reference)";
    /** The series of the current sample. */
    public static final String CURRENT = "current sample";

    private MonitorCharts() {
    }

    // ---- distributions ----

    /** Two series, reference then current, each bin's or category's share, in the report's order. */
    public static DefaultCategoryDataset createDistributionDataset(ColumnDrift drift) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (DriftBin bin : drift.distribution()) {
            dataset.addValue(bin.referenceShare(), REFERENCE, bin.label());
            dataset.addValue(bin.currentShare(), CURRENT, bin.label());
        }
        return dataset;
    }

    public static JFreeChart distribution(ColumnDrift drift, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        DefaultCategoryDataset dataset = createDistributionDataset(drift);
        BarRenderer bars = new BarRenderer();
        ChartLook.flat(bars);
        bars.setItemMargin(0.04);
        bars.setMaximumBarWidth(0.08);
        bars.setSeriesPaint(0, ChartLook.faint(ChartLook.GREY, 210));
        bars.setSeriesPaint(1, ChartLook.ORANGE);
        bars.setDefaultToolTipGenerator((data, row, column) -> {
            DriftBin bin = drift.distribution().get(column);
            return String.format(Locale.ROOT, "%s %s: training %.1f%%, current %.1f%%", drift.feature(), bin.label(),
                    bin.referenceShare() * 100, bin.currentShare() * 100);
        });
        CategoryAxis bins = new CategoryAxis(axisLabel(drift));
        bins.setCategoryMargin(0.18);
        bins.setLowerMargin(0.01);
        bins.setUpperMargin(0.01);
        int longest = drift.distribution().stream().mapToInt(b -> b.label().length()).max().orElse(0);
        if (drift.distribution().size() * Math.max(4, longest) > 70) {
            bins.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            bins.setMaximumCategoryLabelWidthRatio(2.2f);
        } else {
            bins.setMaximumCategoryLabelLines(2);
        }
        NumberAxis share = new NumberAxis("share of rows");
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
        share.setNumberFormatOverride(percent);
        share.setUpperMargin(0.12);
        CategoryPlot plot = new CategoryPlot(dataset, bins, share, bars);
        JFreeChart chart = ChartLook.finish(plot, text, false);
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(ChartLook.LEGEND);
        legend.setItemPaint(text);
        legend.setBackgroundPaint(null);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.TOP);
        legend.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.RIGHT);
        chart.addSubtitle(legend);
        ChartLook.note(chart, MonitorFormats.testLine(drift), text);
        return chart;
    }

    private static String axisLabel(ColumnDrift drift) {
        return switch (drift.kind()) {
            case NUMERIC -> drift.feature() + " (bins: the training rows' deciles)";
            case CATEGORICAL -> drift.feature();
            case HOUR_OF_DAY -> drift.column() + ": hour of day";
            case DAY_OF_WEEK -> drift.column() + ": day of week";
        };
    }

    // ---- performance over time ----

    /** Short bucket labels for the axis: {@code 01-22} for a day, the week label as it is. */
    static String shortLabel(String label) {
        return label.length() == 10 && label.charAt(4) == '-' ? label.substring(5) : label;
    }

    /** One series per metric over the buckets; NaN metrics are left out (gaps). */
    public static DefaultCategoryDataset createPerformanceDataset(PerformanceTimeline timeline, List<String> metrics) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (PerformanceBucket b : timeline.buckets()) {
            String day = shortLabel(b.label());
            for (String metric : metrics) {
                double v = switch (metric) {
                    case "AUC" -> b.auc();
                    case "ECE" -> b.expectedCalibrationError();
                    case "mean predicted" -> b.meanPredicted();
                    case "actual rate" -> b.actualRate();
                    case "log loss" -> b.logLoss();
                    default -> throw new IllegalArgumentException("unknown metric " + metric);
                };
                dataset.addValue(Double.isNaN(v) ? null : v, metric, day);
            }
        }
        return dataset;
    }

    /**
     * AUC and calibration error by bucket (when labelled), and the mean predicted against the actual positive rate,
     * stacked over one time axis.
     *
     * @param trainingAuc the run's test AUC at training, drawn as a dashed reference; NaN for none
     * @param trainingEce its test ECE at training, likewise
     */
    public static JFreeChart performance(PerformanceTimeline timeline, double trainingAuc, double trainingEce,
                                         javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        CategoryAxis days = new CategoryAxis(timeline.bucket() == io.campaignlab.engine.monitor.TimeBucket.DAY
                ? "day (UTC)" : "ISO week");
        days.setCategoryMargin(0.1);
        days.setLowerMargin(0.02);
        days.setUpperMargin(0.02);
        if (timeline.buckets().size() > 14) {
            days.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(days);
        plot.setGap(6);
        if (timeline.labelled()) {
            plot.add(subplot(createPerformanceDataset(timeline, List.of("AUC")), "AUC", "0.00",
                    new Color[]{ChartLook.BLUE}, trainingAuc, null, text), 2);
            plot.add(subplot(createPerformanceDataset(timeline, List.of("ECE")), "ECE", "0.000",
                    new Color[]{ChartLook.RED}, trainingEce, null, text), 2);
            plot.add(subplot(createPerformanceDataset(timeline, List.of("mean predicted", "actual rate")), "rate",
                    "0.0%", new Color[]{ChartLook.ORANGE, ChartLook.TEAL}, Double.NaN, null, text), 3);
        } else {
            plot.add(subplot(createPerformanceDataset(timeline, List.of("mean predicted")), "mean score", "0.0%",
                    new Color[]{ChartLook.ORANGE}, Double.NaN, null, text), 1);
        }
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 12));
        ChartLook.style(days, text);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ChartLook.LEGEND);
        legend.setItemPaint(text);
        legend.setBackgroundPaint(null);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.setBackgroundPaint(null);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        String note = !timeline.labelled() ? "The current sample has no labels, so only the mean score is shown."
                : Double.isNaN(trainingAuc) ? "" : String.format(Locale.ROOT, "Dashed: the test split at training"
                + " (AUC %.3f%s).", trainingAuc, Double.isNaN(trainingEce) ? ""
                : String.format(Locale.ROOT, ", ECE %.4f", trainingEce));
        if (timeline.skippedRows() > 0) {
            note += String.format(Locale.ROOT, " %,d rows without a time left out.", timeline.skippedRows());
        }
        ChartLook.note(chart, note, text);
        return chart;
    }

    private static CategoryPlot subplot(DefaultCategoryDataset dataset, String label, String format, Color[] colours,
                                        double reference, String referenceLabel, Color text) {
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < colours.length; i++) {
            lines.setSeriesPaint(i, colours[i]);
            lines.setSeriesStroke(i, ChartLook.LINE);
            lines.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        lines.setDefaultToolTipGenerator((data, row, column) -> {
            Number v = data.getValue(row, column);
            return data.getRowKey(row) + " on " + data.getColumnKey(column) + ": " + (v == null ? "—"
                    : new DecimalFormat(format, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v));
        });
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setNumberFormatOverride(new DecimalFormat(format, DecimalFormatSymbols.getInstance(Locale.ROOT)));
        axis.setUpperMargin(0.15);
        axis.setLowerMargin(0.15);
        CategoryPlot plot = new CategoryPlot(dataset, null, axis, lines);
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(ChartLook.faint(text, 45));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        ChartLook.style(axis, text);
        if (!Double.isNaN(reference)) {
            ValueMarker marker = new ValueMarker(reference, ChartLook.faint(text, 150),
                    ChartLook.DASHED);
            if (referenceLabel != null) {
                marker.setLabel(referenceLabel + " " + new DecimalFormat(format, DecimalFormatSymbols.getInstance(
                        Locale.ROOT)).format(reference));
                marker.setLabelFont(ChartLook.NOTE);
                marker.setLabelPaint(ChartLook.faint(text, 190));
                marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
                marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
                marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
            }
            plot.addRangeMarker(marker);
            double low = reference;
            double high = reference;
            for (int c = 0; c < dataset.getColumnCount(); c++) {
                Number v = dataset.getValue(0, c);
                if (v != null) {
                    low = Math.min(low, v.doubleValue());
                    high = Math.max(high, v.doubleValue());
                }
            }
            double pad = Math.max((high - low) * 0.15, Math.abs(high) * 0.02 + 1e-6);
            axis.setRange(low - pad, high + pad);
        }
        return plot;
    }
}
