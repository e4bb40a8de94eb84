package io.campaignlab.views.explain.charts;

import io.campaignlab.views.charts.ChartLook;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.general.DatasetUtils;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.function.IntFunction;

/**
 * Draws the interval of an {@link IntervalCategoryDataset} as a whisker with end caps at each category's middle, and
 * a text beside it, past the interval's upper end (and past zero). Drawn over the bars of a
 * {@link org.jfree.chart.renderer.category.BarRenderer} on the same data. A chart class.
 */
final class WhiskerRenderer extends AbstractCategoryItemRenderer {

    private final Color colour;
    private final Color text;
    private final IntFunction<String> labels;

    /**
     * @param labels the text beside each category's whisker, by column; null draws none
     */
    WhiskerRenderer(Color colour, Color text, IntFunction<String> labels) {
        this.colour = colour;
        this.text = text;
        this.labels = labels;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        if (!(dataset instanceof IntervalCategoryDataset intervals)) {
            return;
        }
        Number lower = intervals.getStartValue(row, column);
        Number upper = intervals.getEndValue(row, column);
        if (lower == null || upper == null) {
            return;
        }
        int count = dataset.getColumnCount();
        double middle = domainAxis.getCategoryMiddle(column, count, dataArea, plot.getDomainAxisEdge());
        double band = domainAxis.getCategoryEnd(column, count, dataArea, plot.getDomainAxisEdge())
                - domainAxis.getCategoryStart(column, count, dataArea, plot.getDomainAxisEdge());
        double cap = Math.max(3, Math.min(7, band * 0.18));
        double a = rangeAxis.valueToJava2D(lower.doubleValue(), dataArea, plot.getRangeAxisEdge());
        double b = rangeAxis.valueToJava2D(upper.doubleValue(), dataArea, plot.getRangeAxisEdge());
        double zero = rangeAxis.valueToJava2D(0, dataArea, plot.getRangeAxisEdge());
        boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        g2.setPaint(colour);
        g2.setStroke(new BasicStroke(1.4f));
        if (horizontal) {
            g2.draw(new Line2D.Double(a, middle, b, middle));
            g2.draw(new Line2D.Double(a, middle - cap, a, middle + cap));
            g2.draw(new Line2D.Double(b, middle - cap, b, middle + cap));
        } else {
            g2.draw(new Line2D.Double(middle, a, middle, b));
            g2.draw(new Line2D.Double(middle - cap, a, middle + cap, a));
            g2.draw(new Line2D.Double(middle - cap, b, middle + cap, b));
        }
        String label = labels == null ? null : labels.apply(column);
        if (label != null && !label.isEmpty()) {
            g2.setFont(ChartLook.VALUES);
            g2.setPaint(text);
            if (horizontal) {
                TextUtils.drawAlignedString(label, g2, (float) (Math.max(Math.max(a, b), zero) + 6), (float) middle,
                        TextAnchor.CENTER_LEFT);
            } else {
                TextUtils.drawAlignedString(label, g2, (float) middle, (float) (Math.min(Math.min(a, b), zero) - 4),
                        TextAnchor.BOTTOM_CENTER);
            }
        }
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        return dataset == null ? null : DatasetUtils.findRangeBounds(dataset, true);
    }
}
