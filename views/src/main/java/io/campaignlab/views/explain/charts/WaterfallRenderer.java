package io.campaignlab.views.explain.charts;

import io.campaignlab.views.explain.Waterfall;
import io.campaignlab.views.charts.ChartLook;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a {@link Waterfall} on a horizontal category plot, one step per category: the base rate and the prediction
 * as bars from zero, each push as a floating bar from where the previous step ended, red when it raises the score and
 * blue when it lowers it, with its stability spread as a whisker at its end, a dashed connector to the next step, and
 * its value ({@code +0.0542 ± 0.0002}) beside it. A chart class.
 */
final class WaterfallRenderer extends AbstractCategoryItemRenderer {

    private static final Font BOLD = ChartLook.VALUES.deriveFont(Font.BOLD);

    private final Waterfall waterfall;
    private final Color text;

    WaterfallRenderer(Waterfall waterfall, Color text) {
        this.waterfall = waterfall;
        this.text = text;
    }

    /** The colour of a step. */
    Color colour(Waterfall.Step step) {
        return switch (step.kind()) {
            case BASE -> ChartLook.GREY;
            case PREDICTION -> ChartLook.faint(text, 175);
            case OTHERS -> ChartLook.faint(step.value() >= 0 ? ChartLook.UP : ChartLook.DOWN,
                    120);
            case FIELD -> step.value() >= 0 ? ChartLook.UP : ChartLook.DOWN;
        };
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        if (column >= waterfall.steps().size()) {
            return;
        }
        Waterfall.Step step = waterfall.steps().get(column);
        int count = waterfall.steps().size();
        boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        double c0 = domainAxis.getCategoryStart(column, count, dataArea, plot.getDomainAxisEdge());
        double c1 = domainAxis.getCategoryEnd(column, count, dataArea, plot.getDomainAxisEdge());
        double thickness = Math.max(2, (c1 - c0) * 0.7);
        double middle = (c0 + c1) / 2;
        double v0 = rangeAxis.valueToJava2D(step.start(), dataArea, plot.getRangeAxisEdge());
        double v1 = rangeAxis.valueToJava2D(step.end(), dataArea, plot.getRangeAxisEdge());
        double low = Math.min(v0, v1);
        double length = Math.max(1.5, Math.abs(v1 - v0));
        Rectangle2D bar = horizontal ? new Rectangle2D.Double(low, middle - thickness / 2, length, thickness)
                : new Rectangle2D.Double(middle - thickness / 2, low, thickness, length);
        g2.setPaint(colour(step));
        g2.fill(bar);

        double far = Math.max(v0, v1);
        if (step.spread() > 0 && (step.kind() == Waterfall.Kind.FIELD || step.kind() == Waterfall.Kind.OTHERS)) {
            double s0 = rangeAxis.valueToJava2D(step.end() - step.spread(), dataArea, plot.getRangeAxisEdge());
            double s1 = rangeAxis.valueToJava2D(step.end() + step.spread(), dataArea, plot.getRangeAxisEdge());
            double cap = thickness * 0.3;
            g2.setPaint(ChartLook.faint(text, 210));
            g2.setStroke(new BasicStroke(1.2f));
            if (horizontal) {
                g2.draw(new Line2D.Double(s0, middle, s1, middle));
                g2.draw(new Line2D.Double(s0, middle - cap, s0, middle + cap));
                g2.draw(new Line2D.Double(s1, middle - cap, s1, middle + cap));
            } else {
                g2.draw(new Line2D.Double(middle, s0, middle, s1));
            }
            far = Math.max(far, Math.max(s0, s1));
        }

        if (column + 1 < count) {
            Waterfall.Step next = waterfall.steps().get(column + 1);
            double level = next.kind() == Waterfall.Kind.PREDICTION ? next.end() : next.start();
            double x = rangeAxis.valueToJava2D(level, dataArea, plot.getRangeAxisEdge());
            double n0 = domainAxis.getCategoryStart(column + 1, count, dataArea, plot.getDomainAxisEdge());
            double n1 = domainAxis.getCategoryEnd(column + 1, count, dataArea, plot.getDomainAxisEdge());
            double nextEdge = (n0 + n1) / 2 - Math.max(2, (n1 - n0) * 0.7) / 2;
            g2.setPaint(ChartLook.faint(text, 110));
            g2.setStroke(ChartLook.DASHED);
            if (horizontal) {
                g2.draw(new Line2D.Double(x, middle + thickness / 2, x, nextEdge));
            }
        }

        boolean level = step.kind() == Waterfall.Kind.BASE || step.kind() == Waterfall.Kind.PREDICTION;
        g2.setFont(level ? BOLD : ChartLook.VALUES);
        g2.setPaint(text);
        if (horizontal) {
            TextUtils.drawAlignedString(step.valueText(), g2, (float) (far + 6), (float) middle,
                    TextAnchor.CENTER_LEFT);
        } else {
            TextUtils.drawAlignedString(step.valueText(), g2, (float) middle, (float) (low - 4),
                    TextAnchor.BOTTOM_CENTER);
        }
        EntityCollection entities = state.getEntityCollection();
        if (entities != null) {
            addItemEntity(entities, dataset, row, column, bar);
        }
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        double low = 0;
        double high = 0;
        for (Waterfall.Step s : waterfall.steps()) {
            low = Math.min(low, Math.min(s.start(), s.end() - s.spread()));
            high = Math.max(high, Math.max(s.start(), s.end() + s.spread()));
        }
        return new Range(low, high);
    }
}
