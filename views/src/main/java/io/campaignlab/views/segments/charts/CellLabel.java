package io.campaignlab.views.segments.charts;

import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * The label of one heatmap cell, drawn only when it fits inside its cell as drawn: with many segments in a short
 * pane the cells are a few pixels high, and labels drawn anyway would pile onto each other. The colour still shows
 * the value then, and the label is back as soon as the pane is large enough.
 */
final class CellLabel extends XYTextAnnotation {

    private static final long serialVersionUID = 1L;

    CellLabel(String text, double x, double y) {
        super(text, x, y);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        if (fits(g2, plot, dataArea, domainAxis, rangeAxis)) {
            super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
        }
    }

    private boolean fits(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                         ValueAxis rangeAxis) {
        RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        double width = Math.abs(domainAxis.valueToJava2D(getX() + 0.5, dataArea, xEdge)
                - domainAxis.valueToJava2D(getX() - 0.5, dataArea, xEdge));
        double height = Math.abs(rangeAxis.valueToJava2D(getY() + 0.5, dataArea, yEdge)
                - rangeAxis.valueToJava2D(getY() - 0.5, dataArea, yEdge));
        FontMetrics metrics = g2.getFontMetrics(getFont());
        return height >= metrics.getAscent() && width >= metrics.stringWidth(getText()) + 2;
    }
}
