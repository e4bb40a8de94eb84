package io.campaignlab.views.tuning.charts;

import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.engine.tuning.Trial;
import io.campaignlab.views.charts.ChartLook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * A search's validation curve: each trial's validation metric by trial number (points), the best so far (a step
 * line) and the chosen trial (a larger square). A chart class.
 */
public final class SearchChart {

    public static final String TRIALS = "trial";
    public static final String BEST = "best so far";
    public static final String CHOSEN = "chosen";

    private SearchChart() {
    }

    /** Series: the trials, the best so far, the chosen trial; failed trials are left out. */
    public static XYSeriesCollection createDataset(SearchResult search) {
        XYSeries trials = new XYSeries(TRIALS);
        XYSeries best = new XYSeries(BEST);
        XYSeries chosen = new XYSeries(CHOSEN);
        double bestSoFar = Double.NaN;
        for (Trial t : search.trials()) {
            if (t.failed()) {
                continue;
            }
            trials.add(t.index() + 1, t.score());
            if (Double.isNaN(bestSoFar) || (search.higherIsBetter() ? t.score() > bestSoFar : t.score() < bestSoFar)) {
                bestSoFar = t.score();
            }
            best.add(t.index() + 1, bestSoFar);
        }
        Trial choice = search.choice();
        chosen.add(choice.index() + 1, choice.score());
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(trials);
        dataset.addSeries(best);
        dataset.addSeries(chosen);
        return dataset;
    }

    public static JFreeChart create(SearchResult search, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        NumberAxis x = new NumberAxis("trial (1 = the defaults)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(0.5, Math.max(search.trials().size(), 2) + 0.5);
        NumberAxis y = new NumberAxis(search.metric().replace('_', ' '));
        y.setAutoRangeIncludesZero(false);
        y.setAutoRangeMinimumSize(0.01);
        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
        points.setSeriesPaint(0, ChartLook.BLUE);
        points.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        points.setSeriesPaint(1, ChartLook.ORANGE);
        points.setSeriesShape(1, new Rectangle2D.Double(-7, -7, 14, 14));
        points.setSeriesShapesFilled(1, false);
        points.setSeriesOutlineStroke(1, ChartLook.LINE);
        points.setUseOutlinePaint(false);
        points.setDrawOutlines(true);
        points.setDefaultToolTipGenerator(tips());
        XYStepRenderer steps = new XYStepRenderer();
        steps.setSeriesPaint(0, ChartLook.TEAL);
        steps.setSeriesStroke(0, ChartLook.LINE);
        steps.setDefaultShapesVisible(false);
        XYSeriesCollection all = createDataset(search);
        XYSeriesCollection marks = new XYSeriesCollection();
        marks.addSeries(copy(all.getSeries(0)));
        marks.addSeries(copy(all.getSeries(2)));
        XYPlot plot = new XYPlot(marks, x, y, points);
        plot.setDataset(1, new XYSeriesCollection(copy(all.getSeries(1))));
        plot.setRenderer(1, steps);
        return ChartLook.finish(plot, text, true, ChartLook.CURVE_INSETS);
    }

    private static XYSeries copy(XYSeries series) {
        try {
            return (XYSeries) series.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static XYToolTipGenerator tips() {
        return (dataset, series, item) -> String.format(Locale.ROOT, "trial %d: %.4f",
                (int) dataset.getXValue(series, item), dataset.getYValue(series, item));
    }
}
