package io.campaignlab.views.recommend.charts;

import io.campaignlab.views.recommend.CurveMetric;
import io.campaignlab.views.recommend.RecommendRunRow;
import io.campaignlab.views.charts.ChartLook;
import io.campaignlab.views.models.RunPalette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * The recall@K chart: one line per selected run (its colour as in the table), K on x, the metric on y, a faint
 * marker at each run's protocol K, and the protocol as a subtitle above the plot. A chart class: {@code java.awt}
 * is allowed here.
 */
public final class RecommendCharts {

    private RecommendCharts() {
    }

    /** The series of the runs that have a curve, named by run, model and K. */
    public static XYSeriesCollection dataset(List<RecommendRunRow> runs, CurveMetric metric) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (RecommendRunRow row : runs) {
            if (!row.hasCurve()) {
                continue;
            }
            XYSeries series = new XYSeries(legend(row), false, false);
            double[] values = metric.values(row.evaluation().curve());
            for (int i = 0; i < values.length; i++) {
                if (!Double.isNaN(values[i])) {
                    series.add(i + 1, values[i]);
                }
            }
            data.addSeries(series);
        }
        return data;
    }

    static String legend(RecommendRunRow row) {
        return row.label() + " · " + row.modelLabel();
    }

    /**
     * @param runs     the selected runs, in table order (their palette index is their place in {@code colours})
     * @param colours  each run's colour index
     * @param protocol the protocol line shown above the plot
     * @param warning  shown under it in red when the runs are not comparable; empty otherwise
     */
    public static JFreeChart curve(List<RecommendRunRow> runs, List<Integer> colours, CurveMetric metric,
                                   String protocol, String warning, javafx.scene.paint.Color textColour) {
        Color text = ChartLook.awt(textColour);
        XYSeriesCollection data = dataset(runs, metric);
        NumberAxis x = new NumberAxis("K (items recommended)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.02);
        NumberAxis y = new NumberAxis(metric.label());
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.08);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        int series = 0;
        for (int i = 0; i < runs.size(); i++) {
            RecommendRunRow row = runs.get(i);
            if (!row.hasCurve()) {
                continue;
            }
            Color colour = Color.decode(RunPalette.hex(colours.get(i)));
            renderer.setSeriesPaint(series, colour);
            renderer.setSeriesStroke(series, ChartLook.LINE);
            if (row.protocol() != null) {
                ValueMarker k = new ValueMarker(row.protocol().k(), ChartLook.faint(colour, 150), ChartLook.DASHED);
                plot.addDomainMarker(k);
            }
            series++;
        }
        JFreeChart chart = ChartLook.finish(plot, text, true);
        addTop(chart, protocol, ChartLook.faint(text, 220), new Font(Font.SANS_SERIF, Font.BOLD, 12));
        if (warning != null && !warning.isEmpty()) {
            addTop(chart, "⚠ " + (warning.startsWith("Not comparable") ? "Not comparable: these runs used"
                    + " different protocols or datasets" : warning), ChartLook.RED,
                    new Font(Font.SANS_SERIF, Font.BOLD, 12));
        }
        ChartLook.note(chart, "Full ranking over every unseen item; dashed lines mark each run's protocol K.", text);
        return chart;
    }

    private static void addTop(JFreeChart chart, String line, Color colour, Font font) {
        if (line == null || line.isEmpty()) {
            return;
        }
        TextTitle title = new TextTitle(line, font);
        title.setPaint(colour);
        title.setPosition(RectangleEdge.TOP);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPadding(new RectangleInsets(2, 8, 4, 4));
        title.setMaximumLinesToDisplay(3);
        chart.addSubtitle(title);
    }
}
