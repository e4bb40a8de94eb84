package io.campaignlab.views.profiling.charts;

import io.campaignlab.views.profiling.ProfileFormats;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.profiling.ColumnProfile;
import io.campaignlab.engine.profiling.HistogramBin;
import io.campaignlab.engine.profiling.ValueCount;
import io.campaignlab.views.common.Formats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The histogram of one profiled column, after the JFreeChart FX demos: {@code createDataset} from the engine's
 * records, then {@code createChart} for the styling. Numbers and times get their bins on a value or date axis;
 * categories and booleans get their most frequent values as horizontal bars. The background is transparent and
 * text takes the theme's foreground colour, so the chart reads on light and dark themes alike.
 */
public final class HistogramChart {

    /** Counts on the row axis. */
    public static final String ROWS_LABEL = "rows";

    private static final Color BARS = new Color(0x3b, 0x82, 0xf6);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font LABELS = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final long MILLIS = 1000L;
    /** From this magnitude on, value ticks read 12.3k rather than 12,300. */
    private static final double COMPACT_FROM = 10_000;

    private HistogramChart() {
    }

    /**
     * The chart for a column that has something to plot.
     *
     * @param foreground the theme's text colour, for labels and (faintly) gridlines
     * @throws IllegalArgumentException when the column has neither bins nor top values
     */
    public static JFreeChart create(ColumnProfile column, javafx.scene.paint.Color foreground) {
        Color text = awt(foreground);
        if (!column.histogram().isEmpty()) {
            return createChart(createDataset(column), column, text);
        }
        if (!column.topValues().isEmpty()) {
            return createChart(createDataset(column.topValues()), column.name(), text);
        }
        throw new IllegalArgumentException("column '" + column.name() + "' has no values to plot");
    }

    /**
     * One interval per bin: x from the bin's lower to upper edge (epoch milliseconds for times), y its count.
     * One-value integer bins {@code [v, v+1)} are centred on {@code v}; a bin of zero width gets a visible one.
     */
    public static IntervalXYDataset createDataset(ColumnProfile column) {
        boolean time = column.type() == ColumnType.TIMESTAMP;
        boolean discrete = column.type() == ColumnType.INTEGER && column.histogram().stream()
                .allMatch(b -> b.upper() - b.lower() == 1 && b.lower() == Math.rint(b.lower()));
        double shift = discrete ? 0.5 : 0;
        double scale = time ? MILLIS : 1;
        XYIntervalSeries series = new XYIntervalSeries(column.name());
        for (HistogramBin bin : column.histogram()) {
            double half = bin.upper() > bin.lower() ? 0 : minimumWidth(bin.lower(), time) / 2;
            double lower = bin.lower() - shift - half;
            double upper = bin.upper() - shift + half;
            series.add((lower + upper) / 2 * scale, lower * scale, upper * scale, bin.count(), 0, bin.count());
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series);
        return dataset;
    }

    /** The most frequent values, most frequent first. */
    public static CategoryDataset createDataset(List<ValueCount> topValues) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ValueCount value : topValues) {
            dataset.addValue(value.count(), ROWS_LABEL, ProfileFormats.label(value));
        }
        return dataset;
    }

    private static JFreeChart createChart(IntervalXYDataset dataset, ColumnProfile column, Color text) {
        boolean time = column.type() == ColumnType.TIMESTAMP;
        ValueAxis x = time ? dateAxis(column.name(), dataset) : valueAxis(column.name(), dataset);
        NumberAxis y = countAxis();
        XYBarRenderer bars = new XYBarRenderer(0.04);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, BARS);
        bars.setDefaultToolTipGenerator(binTips(time));
        XYPlot plot = new XYPlot(dataset, x, y, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(faint(text));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        return finish(plot, text);
    }

    private static JFreeChart createChart(CategoryDataset dataset, String columnName, Color text) {
        CategoryAxis categories = new CategoryAxis(columnName);
        categories.setMaximumCategoryLabelLines(1);
        categories.setMaximumCategoryLabelWidthRatio(0.3f);
        categories.setCategoryMargin(0.15);
        NumberAxis y = countAxis();
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, BARS);
        bars.setMaximumBarWidth(0.12);
        bars.setDefaultToolTipGenerator(valueTips());
        CategoryPlot plot = new CategoryPlot(dataset, categories, y, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(faint(text));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        return finish(plot, text);
    }

    private static JFreeChart finish(Plot plot, Color text) {
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 4, 4, 12));
        if (plot instanceof XYPlot xy) {
            style(xy.getDomainAxis(), text);
            style(xy.getRangeAxis(), text);
        } else if (plot instanceof CategoryPlot category) {
            style(category.getDomainAxis(), text);
            style(category.getRangeAxis(), text);
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(null);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        return chart;
    }

    private static NumberAxis valueAxis(String label, IntervalXYDataset dataset) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(dataset.getStartXValue(0, 0), dataset.getEndXValue(0, dataset.getItemCount(0) - 1));
        double magnitude = Math.max(Math.abs(axis.getLowerBound()), Math.abs(axis.getUpperBound()));
        if (magnitude >= COMPACT_FROM) {
            axis.setNumberFormatOverride(new CompactAxisFormat());
        }
        return axis;
    }

    private static DateAxis dateAxis(String label, IntervalXYDataset dataset) {
        DateAxis axis = new DateAxis(label, TimeZone.getTimeZone("UTC"), Locale.ROOT);
        double start = dataset.getStartXValue(0, 0);
        double end = dataset.getEndXValue(0, dataset.getItemCount(0) - 1);
        axis.setRange(start, end);
        boolean days = end - start > 3 * 24 * 3600 * MILLIS;
        SimpleDateFormat format = new SimpleDateFormat(days ? "yyyy-MM-dd" : "MM-dd HH:mm", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        axis.setDateFormatOverride(format);
        return axis;
    }

    private static NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis(ROWS_LABEL);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new CompactAxisFormat());
        axis.setLowerMargin(0);
        axis.setUpperMargin(0.08);
        return axis;
    }

    private static void style(org.jfree.chart.axis.Axis axis, Color text) {
        axis.setLabelFont(LABELS);
        axis.setLabelPaint(text);
        axis.setTickLabelFont(TICKS);
        axis.setTickLabelPaint(text);
        axis.setAxisLinePaint(faint(text));
        axis.setTickMarkPaint(faint(text));
    }

    private static XYToolTipGenerator binTips(boolean time) {
        return (dataset, series, item) -> {
            IntervalXYDataset bins = (IntervalXYDataset) dataset;
            double lower = bins.getStartXValue(series, item);
            double upper = bins.getEndXValue(series, item);
            String range = time
                    ? ProfileFormats.epochSeconds(lower / MILLIS) + " – " + ProfileFormats.epochSeconds(upper / MILLIS)
                    : ProfileFormats.number(lower) + " – " + ProfileFormats.number(upper);
            return range + ": " + Formats.count(bins.getY(series, item).longValue()) + " " + ROWS_LABEL;
        };
    }

    private static CategoryToolTipGenerator valueTips() {
        return (dataset, row, column) -> dataset.getColumnKey(column) + ": "
                + Formats.count(dataset.getValue(row, column).longValue()) + " " + ROWS_LABEL;
    }

    private static double minimumWidth(double value, boolean time) {
        return time ? 3600 : Math.max(1, Math.abs(value) * 0.01);
    }

    private static Color faint(Color text) {
        return new Color(text.getRed(), text.getGreen(), text.getBlue(), 60);
    }

    private static Color awt(javafx.scene.paint.Color color) {
        return new Color((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue(),
                (float) color.getOpacity());
    }
}
