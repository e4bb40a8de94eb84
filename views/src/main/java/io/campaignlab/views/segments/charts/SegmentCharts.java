package io.campaignlab.views.segments.charts;

import io.campaignlab.engine.segments.profiles.CategoryMatrix;
import io.campaignlab.engine.segments.kmeans.KSweepPoint;
import io.campaignlab.engine.segments.profiles.MetricIndex;
import io.campaignlab.engine.segments.profiles.ProfileReport;
import io.campaignlab.engine.segments.profiles.SegmentProfile;
import io.campaignlab.views.charts.ChartLook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Segments charts, after the JFreeChart FX demos: {@code createXxxDataset} from the engine's records, then the
 * chart. The profile index per metric and segment (bars from the average, 100); the segment × category heatmap of
 * purchase-line shares, coloured by their index against all customers; the R × F grid of an RFM segmentation; and
 * the k sweep's inertia and silhouette on two axes. A chart class: {@code java.awt} is allowed.
 */
public final class SegmentCharts {

    /** Metrics shown in the index chart, in order, with their labels. */
    static final List<String> METRICS = List.of("recency_days", "frequency", "monetary", "average_order_value");
    /** Legend labels; the trailing spaces keep a label clear of the next swatch when drawn with JavaFX fonts. */
    static final List<String> METRIC_LABELS = List.of("recency (days)   ", "frequency   ", "monetary   ",
            "order value   ");
    private static final Color[] METRIC_COLOURS = {Color.decode("#4e79a7"), Color.decode("#f28e2b"),
        Color.decode("#59a14f"), Color.decode("#b07aa1")};
    private static final Font CELL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private SegmentCharts() {
    }

    // ---- profile index ----

    /** One series per metric, one category per non-empty segment; the value is the index (100 = average). */
    public static DefaultCategoryDataset createIndexDataset(ProfileReport profiles) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (SegmentProfile p : profiles.segments()) {
            if (p.customers() == 0) {
                continue;
            }
            for (int m = 0; m < METRICS.size(); m++) {
                String metric = METRICS.get(m);
                MetricIndex index = p.metrics().stream().filter(x -> x.metric().equals(metric)).findFirst()
                        .orElse(null);
                if (index != null && Double.isFinite(index.index())) {
                    dataset.addValue(index.index(), METRIC_LABELS.get(m), p.segment());
                }
            }
        }
        return dataset;
    }

    public static JFreeChart index(ProfileReport profiles, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        DefaultCategoryDataset dataset = createIndexDataset(profiles);
        BarRenderer bars = new BarRenderer();
        ChartLook.flat(bars);
        bars.setBase(100);
        bars.setItemMargin(0.0);
        for (int m = 0; m < METRIC_COLOURS.length; m++) {
            bars.setSeriesPaint(m, METRIC_COLOURS[m]);
        }
        bars.setDefaultToolTipGenerator((data, row, column) -> String.format(Locale.ROOT, "%s · %s: index %.0f",
                data.getColumnKey(column), data.getRowKey(row).toString().strip(),
                data.getValue(row, column).doubleValue()));
        CategoryAxis segments = new CategoryAxis(null);
        ChartLook.categoryLabels(segments, 0.36f);
        segments.setCategoryMargin(0.22);
        NumberAxis index = new NumberAxis("index (100 = average)");
        index.setNumberFormatOverride(new DecimalFormat("0"));
        index.setAutoRangeIncludesZero(true);
        double max = 100;
        for (int r = 0; r < dataset.getRowCount(); r++) {
            for (int c = 0; c < dataset.getColumnCount(); c++) {
                Number v = dataset.getValue(r, c);
                max = v == null ? max : Math.max(max, v.doubleValue());
            }
        }
        index.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(niceStep(max / 6)));
        CategoryPlot plot = new CategoryPlot(dataset, segments, index, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        ValueMarker average = new ValueMarker(100, ChartLook.faint(text, 160), ChartLook.DASHED);
        plot.addRangeMarker(average, Layer.FOREGROUND);
        JFreeChart chart = ChartLook.finish(plot, text, true);
        chart.getLegend().setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 14));
        return chart;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}: ticks far enough apart to read. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    // ---- shares of customers and spend ----

    /** Series "customers" and "spend": each non-empty segment's share of the customers and of their total spend. */
    public static DefaultCategoryDataset createShareDataset(ProfileReport profiles) {
        double total = 0;
        for (SegmentProfile p : profiles.segments()) {
            if (p.customers() > 0) {
                total += p.customers() * p.metric("monetary").mean();
            }
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (SegmentProfile p : profiles.segments()) {
            if (p.customers() == 0) {
                continue;
            }
            dataset.addValue(100 * p.share(), CUSTOMERS, p.segment());
            dataset.addValue(total > 0 ? 100 * p.customers() * p.metric("monetary").mean() / total : 0, SPEND,
                    p.segment());
        }
        return dataset;
    }

    static final String CUSTOMERS = "share of customers   ";
    static final String SPEND = "share of spend   ";

    public static JFreeChart shares(ProfileReport profiles, javafx.scene.paint.Color foreground, String noteText) {
        Color text = ChartLook.awt(foreground);
        DefaultCategoryDataset dataset = createShareDataset(profiles);
        BarRenderer bars = new BarRenderer();
        ChartLook.flat(bars);
        bars.setItemMargin(0.0);
        bars.setSeriesPaint(0, ChartLook.GREY);
        bars.setSeriesPaint(1, ChartLook.TEAL);
        bars.setDefaultToolTipGenerator((data, row, column) -> String.format(Locale.ROOT, "%s · %s %.1f%%",
                data.getColumnKey(column), data.getRowKey(row).toString().strip(),
                data.getValue(row, column).doubleValue()));
        bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}%",
                new DecimalFormat("0")));
        // with many segments the bars are thin and their labels would overlap; the axis has the values then
        bars.setDefaultItemLabelsVisible(dataset.getColumnCount() <= 6);
        bars.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(4);
        bars.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        bars.setDefaultItemLabelPaint(text);
        CategoryAxis segments = new CategoryAxis(null);
        ChartLook.categoryLabels(segments, 0.36f);
        segments.setCategoryMargin(0.22);
        NumberAxis percent = new NumberAxis("% of all customers, and of their total spend");
        percent.setNumberFormatOverride(new DecimalFormat("0"));
        double max = 10;
        for (int r = 0; r < dataset.getRowCount(); r++) {
            for (int c = 0; c < dataset.getColumnCount(); c++) {
                max = Math.max(max, dataset.getValue(r, c).doubleValue());
            }
        }
        percent.setRange(0, Math.min(100, max * 1.15));
        percent.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(niceStep(max / 6)));
        CategoryPlot plot = new CategoryPlot(dataset, segments, percent, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = ChartLook.finish(plot, text, true);
        chart.getLegend().setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 14));
        ChartLook.note(chart, noteText, text);
        return chart;
    }

    // ---- heatmaps ----

    /** Cell values of a heatmap with their labels, rows top to bottom. */
    record Grid(List<String> rows, List<String> columns, double[][] colour, String[][] labels) {
    }

    /** Segment × category: colour = index of the share against all customers' share, label = the share. */
    public static Grid createCategoryGrid(CategoryMatrix matrix, ProfileReport profiles) {
        List<String> rows = new ArrayList<>();
        List<double[]> colours = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        for (int s = 0; s < matrix.segments().size(); s++) {
            String name = matrix.segments().get(s);
            boolean empty = profiles != null && profiles.segments().stream()
                    .anyMatch(p -> p.segment().equals(name) && p.customers() == 0);
            if (empty) {
                continue;
            }
            rows.add(name);
            int c = matrix.categories().size();
            double[] colour = new double[c];
            String[] label = new String[c];
            for (int j = 0; j < c; j++) {
                double share = matrix.shares()[s][j];
                double population = matrix.population()[j];
                colour[j] = population > 0 ? 100 * share / population : 100;
                label[j] = share >= 0.0995 ? String.format(Locale.ROOT, "%.0f%%", 100 * share)
                        : String.format(Locale.ROOT, "%.1f", 100 * share);
            }
            colours.add(colour);
            labels.add(label);
        }
        return new Grid(rows, matrix.categories(), colours.toArray(new double[0][]), labels.toArray(new String[0][]));
    }

    public static JFreeChart categories(CategoryMatrix matrix, ProfileReport profiles,
                                        javafx.scene.paint.Color foreground) {
        return heatmap(createCategoryGrid(matrix, profiles), divergingScale(), foreground,
                "cell: % of the segment's purchase lines; colour: vs all", true);
    }

    /** R × F: rows recency score 5 (top) to 1, columns frequency score 1 to 5; customers per cell. */
    public static Grid createRfmGrid(int[][] grid) {
        List<String> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        double[][] colour = new double[5][5];
        String[][] labels = new String[5][5];
        for (int f = 1; f <= 5; f++) {
            columns.add("F " + f);
        }
        for (int r = 5; r >= 1; r--) {
            rows.add("R " + r);
            for (int f = 1; f <= 5; f++) {
                int n = grid[r - 1][f - 1];
                colour[5 - r][f - 1] = n;
                labels[5 - r][f - 1] = String.format(Locale.ROOT, "%,d", n);
            }
        }
        return new Grid(rows, columns, colour, labels);
    }

    public static JFreeChart rfmGrid(int[][] grid, javafx.scene.paint.Color foreground) {
        Grid cells = createRfmGrid(grid);
        double max = 1;
        for (double[] row : cells.colour()) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        return heatmap(cells, sequentialScale(max), foreground, "frequency score (cell: customers)", false);
    }

    private static JFreeChart heatmap(Grid grid, PaintScale scale, javafx.scene.paint.Color foreground,
                                      String columnLabel, boolean verticalColumns) {
        Color text = ChartLook.awt(foreground);
        int rows = grid.rows().size();
        int cols = grid.columns().size();
        double[][] data = new double[3][rows * cols];
        XYPlot plot = new XYPlot();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                data[0][i] = c;
                data[1][i] = r;
                data[2][i] = grid.colour()[r][c];
                Paint fill = scale.getPaint(grid.colour()[r][c]);
                XYTextAnnotation label = new CellLabel(grid.labels()[r][c], c, r);
                label.setFont(CELL);
                label.setPaint(dark(fill) ? Color.WHITE : Color.decode("#1f2328"));
                label.setTextAnchor(TextAnchor.CENTER);
                plot.addAnnotation(label);
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("cells", data);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        SymbolAxis x = new SymbolAxis(columnLabel, grid.columns().toArray(new String[0]));
        x.setVerticalTickLabels(verticalColumns);
        x.setGridBandsVisible(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        x.setRange(-0.5, cols - 0.5);
        SymbolAxis y = new SymbolAxis(null, grid.rows().toArray(new String[0]));
        y.setGridBandsVisible(false);
        y.setInverted(true);
        y.setRange(-0.5, rows - 0.5);
        plot.setDataset(dataset);
        plot.setRenderer(renderer);
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = ChartLook.finish(plot, text, false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        x.setTickLabelFont(verticalColumns ? new Font(Font.SANS_SERIF, Font.PLAIN, 10) : ChartLook.TICKS);
        // many rows in a short pane: a smaller font keeps every row named (the axis drops labels that overlap)
        if (rows > 8) {
            y.setTickLabelFont(CELL);
        }
        return chart;
    }

    /** Index 25 (deep blue) through 100 (white) to 400 (deep red), on a log scale. */
    static PaintScale divergingScale() {
        LookupPaintScale scale = new LookupPaintScale(0, 1e12, Color.WHITE);
        Color low = Color.decode("#2166ac");
        Color mid = Color.decode("#f7f7f7");
        Color high = Color.decode("#b2182b");
        for (int step = -20; step <= 20; step++) {
            double t = step / 10.0;
            double index = 100 * Math.pow(2, t);
            double lower = step == -20 ? 0 : 100 * Math.pow(2, (step - 0.5) / 10.0);
            Color colour = t < 0 ? mix(mid, low, -t / 2) : mix(mid, high, t / 2);
            scale.add(lower, colour);
            if (index > 1e11) {
                break;
            }
        }
        return scale;
    }

    static PaintScale sequentialScale(double max) {
        LookupPaintScale scale = new LookupPaintScale(0, Math.max(1, max) + 1, Color.WHITE);
        Color low = Color.decode("#f7fbff");
        Color high = Color.decode("#2171b5");
        for (int step = 0; step <= 20; step++) {
            scale.add(max * step / 20.0, mix(low, high, step / 20.0));
        }
        return scale;
    }

    private static Color mix(Color a, Color b, double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u));
    }

    private static boolean dark(Paint paint) {
        if (!(paint instanceof Color)) {
            return false;
        }
        Color c = (Color) paint;
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 128;
    }

    // ---- k sweep ----

    /** Inertia (series 0) and silhouette (series 1) against k. */
    public static XYSeriesCollection[] createSweepDatasets(List<KSweepPoint> sweep) {
        XYSeries inertia = new XYSeries("inertia (left)");
        XYSeries silhouette = new XYSeries("mean silhouette (right)");
        for (KSweepPoint p : sweep) {
            inertia.add(p.k(), p.inertia());
            silhouette.add(p.k(), p.silhouette());
        }
        return new XYSeriesCollection[]{new XYSeriesCollection(inertia), new XYSeriesCollection(silhouette)};
    }

    public static JFreeChart sweep(List<KSweepPoint> sweep, int chosenK, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        XYSeriesCollection[] data = createSweepDatasets(sweep);
        NumberAxis k = new NumberAxis("k (clusters)");
        k.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        k.setAutoRangeIncludesZero(false);
        NumberAxis inertia = new NumberAxis("inertia");
        inertia.setAutoRangeIncludesZero(false);
        inertia.setNumberFormatOverride(new DecimalFormat("#,##0"));
        NumberAxis silhouette = new NumberAxis("mean silhouette");
        silhouette.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer left = new XYLineAndShapeRenderer(true, true);
        left.setSeriesPaint(0, ChartLook.BLUE);
        left.setSeriesStroke(0, ChartLook.LINE);
        XYLineAndShapeRenderer right = new XYLineAndShapeRenderer(true, true);
        right.setSeriesPaint(0, ChartLook.ORANGE);
        right.setSeriesStroke(0, ChartLook.LINE);
        XYPlot plot = new XYPlot(data[0], k, inertia, left);
        plot.setRangeAxisLocation(0, AxisLocation.BOTTOM_OR_LEFT);
        plot.setDataset(1, data[1]);
        plot.setRangeAxis(1, silhouette);
        plot.setRenderer(1, right);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        if (chosenK > 0) {
            ValueMarker chosen = new ValueMarker(chosenK, ChartLook.faint(text, 150), ChartLook.DASHED);
            chosen.setLabel("k = " + chosenK + " chosen");
            chosen.setLabelFont(ChartLook.NOTE);
            chosen.setLabelPaint(text);
            chosen.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            chosen.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(chosen);
        }
        JFreeChart chart = ChartLook.finish(plot, text, true);
        ChartLook.style(silhouette, text);
        chart.getLegend().setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 14));
        return chart;
    }
}
