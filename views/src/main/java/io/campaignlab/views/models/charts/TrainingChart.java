package io.campaignlab.views.models.charts;

import io.campaignlab.views.charts.ChartLook;
import io.campaignlab.engine.models.EpochReport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

/**
 * Training curves against the epoch: training and validation loss on the left axis, validation AUC on a second
 * axis on the right, and a marker at the best epoch (the one early stopping keeps). A chart class.
 */
public final class TrainingChart {

    public static final String TRAIN_LOSS = "training loss";
    public static final String VAL_LOSS = "validation loss";
    public static final String VAL_AUC = "validation AUC";

    private static final Color TRAIN = new Color(0x4e, 0x79, 0xa7);
    private static final Color VALIDATION = new Color(0xf2, 0x8e, 0x2b);
    private static final Color AUC = new Color(0x59, 0xa1, 0x4f);

    private TrainingChart() {
    }

    /** The two loss series, in that order. */
    public static XYSeriesCollection createLossDataset(List<EpochReport> epochs) {
        XYSeries train = new XYSeries(TRAIN_LOSS);
        XYSeries validation = new XYSeries(VAL_LOSS);
        for (EpochReport e : epochs) {
            addFinite(train, e.epoch(), e.trainLoss());
            addFinite(validation, e.epoch(), e.valLoss());
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(train);
        dataset.addSeries(validation);
        return dataset;
    }

    public static XYSeriesCollection createAucDataset(List<EpochReport> epochs) {
        XYSeries auc = new XYSeries(VAL_AUC);
        for (EpochReport e : epochs) {
            addFinite(auc, e.epoch(), e.valAuc());
        }
        return new XYSeriesCollection(auc);
    }

    private static void addFinite(XYSeries series, int epoch, double value) {
        if (Double.isFinite(value)) {
            series.add(epoch, value);
        }
    }

    /**
     * @param plannedEpochs the x axis spans at least this many epochs (the run's maximum while it trains), or 0
     * @param bestEpoch     the epoch to mark, or 0 for none
     */
    public static JFreeChart create(List<EpochReport> epochs, int plannedEpochs, int bestEpoch,
                                    javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        int last = epochs.stream().mapToInt(EpochReport::epoch).max().orElse(1);
        NumberAxis x = new NumberAxis("epoch");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(0.7, Math.max(Math.max(last, plannedEpochs), 2) + 0.3);
        NumberAxis loss = new NumberAxis("loss (log loss)");
        loss.setAutoRangeIncludesZero(false);
        loss.setAutoRangeMinimumSize(0.01);
        NumberAxis auc = new NumberAxis(VAL_AUC);
        auc.setAutoRangeIncludesZero(false);
        auc.setAutoRangeMinimumSize(0.02);

        XYLineAndShapeRenderer losses = renderer();
        losses.setSeriesPaint(0, TRAIN);
        losses.setSeriesPaint(1, VALIDATION);
        losses.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[]{7f, 4f}, 0f));
        losses.setDefaultToolTipGenerator(tips("%.4f"));
        XYLineAndShapeRenderer aucs = renderer();
        aucs.setSeriesPaint(0, AUC);
        aucs.setSeriesShape(0, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
        aucs.setDefaultToolTipGenerator(tips("%.4f"));

        XYPlot plot = new XYPlot(createLossDataset(epochs), x, loss, losses);
        plot.setRangeAxis(1, auc);
        plot.setDataset(1, createAucDataset(epochs));
        plot.setRenderer(1, aucs);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        if (bestEpoch > 0) {
            ValueMarker best = new ValueMarker(bestEpoch, ChartLook.faint(text, 150), ChartLook.REFERENCE);
            best.setLabel("best epoch " + bestEpoch);
            best.setLabelFont(ChartLook.NOTE);
            best.setLabelPaint(ChartLook.faint(text, 190));
            best.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            best.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            best.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            plot.addDomainMarker(best);
        }
        JFreeChart chart = ChartLook.finish(plot, text, true, ChartLook.CURVE_INSETS);
        auc.setLabelPaint(AUC.darker());
        return chart;
    }

    private static XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setDefaultStroke(ChartLook.CURVE);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setSeriesStroke(0, ChartLook.CURVE);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesShape(1, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        return renderer;
    }

    private static XYToolTipGenerator tips(String format) {
        return (dataset, series, item) -> String.format(Locale.ROOT, "%s, epoch %d: " + format,
                dataset.getSeriesKey(series), (int) dataset.getXValue(series, item), dataset.getYValue(series, item));
    }
}
