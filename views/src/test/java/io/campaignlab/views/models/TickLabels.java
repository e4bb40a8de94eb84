package io.campaignlab.views.models;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a chart at a size, off screen, and finds the x tick labels that run into each other or off the chart, or
 * that say another number than their tick's (0.02 at 0.025).
 */
final class TickLabels {

    /** The room JFreeChart means to leave between two labels: its default tick label insets, 4 px each side. */
    static final double GAP = 8;

    private TickLabels() {
    }

    /** "0.15 [120–141] runs into 0.1", one line a clash; empty when every label stands clear. */
    static List<String> overlaps(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
            Rectangle2D data = info.getPlotInfo().getDataArea();
            ValueAxis axis = chart.getXYPlot().getDomainAxis();
            FontMetrics metrics = g2.getFontMetrics(axis.getTickLabelFont());
            List<String> clashes = new ArrayList<>();
            double previousRight = Double.NEGATIVE_INFINITY;
            String previous = "";
            for (Object t : axis.refreshTicks(g2, new AxisState(), data, RectangleEdge.BOTTOM)) {
                NumberTick tick = (NumberTick) t;
                if (tick.getText() == null || tick.getText().isEmpty()) {
                    continue; // a minor tick
                }
                double centre = axis.valueToJava2D(tick.getValue(), data, RectangleEdge.BOTTOM);
                double half = metrics.stringWidth(tick.getText()) / 2.0;
                double left = centre - half;
                double right = centre + half;
                if (left < previousRight + GAP) {
                    clashes.add(String.format("%s [%.0f–%.0f] runs into %s", tick.getText(), left, right, previous));
                }
                if (Math.abs(Double.parseDouble(tick.getText()) - tick.getValue()) > 1e-9) {
                    clashes.add(String.format("%s labels the tick at %s", tick.getText(), tick.getValue()));
                }
                if (left < 0 || right > width) {
                    clashes.add(String.format("%s [%.0f–%.0f] leaves the chart (0–%d)", tick.getText(), left, right,
                            width));
                }
                previousRight = right;
                previous = tick.getText();
            }
            return clashes;
        } finally {
            g2.dispose();
        }
    }
}
