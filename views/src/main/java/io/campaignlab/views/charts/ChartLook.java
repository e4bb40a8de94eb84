package io.campaignlab.views.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The one look of the workbench's charts: transparent background, the theme's text colour for labels and (faintly)
 * gridlines, Tableau colours; for the Models curves, a little more room, legends inside the plot where the curves
 * leave room, and dashed reference lines.
 * A chart class: {@code java.awt} is allowed here.
 */
public final class ChartLook {

    public static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    public static final Font LABELS = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    public static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    public static final Font VALUES = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    public static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 11);
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    public static final Stroke LINE = new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke THIN = new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DASHED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[]{3f, 3f}, 0f);

    /** Significant importance, a pooled or neutral bar. */
    /** A model's curve (ROC, gain, calibration, training loss). */
    public static final Stroke CURVE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** A reference line under curves: chance, perfect calibration. */
    public static final Stroke REFERENCE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[]{5f, 4f}, 0f);
    /** The room around a plot of curves. */
    public static final RectangleInsets CURVE_INSETS = new RectangleInsets(8, 4, 4, 14);
    private static final RectangleInsets INSETS = new RectangleInsets(6, 4, 4, 12);

    public static final Color BLUE = Color.decode("#4e79a7");
    public static final Color GREY = Color.decode("#a0a4a8");
    /** A push up (towards a click) and a push down, as SHAP draws them. */
    public static final Color UP = Color.decode("#e15759");
    public static final Color DOWN = Color.decode("#3d85c6");
    public static final Color ORANGE = Color.decode("#f28e2b");
    public static final Color RED = Color.decode("#e15759");
    public static final Color TEAL = Color.decode("#59a14f");

    private ChartLook() {
    }

    public static Color awt(javafx.scene.paint.Color color) {
        return new Color((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue(),
                (float) color.getOpacity());
    }

    public static Color faint(Color text, int alpha) {
        return new Color(text.getRed(), text.getGreen(), text.getBlue(), alpha);
    }

    public static void style(Axis axis, Color text) {
        axis.setLabelFont(LABELS);
        axis.setLabelPaint(text);
        axis.setTickLabelFont(TICKS);
        axis.setTickLabelPaint(text);
        axis.setAxisLinePaint(faint(text, 60));
        axis.setTickMarkPaint(faint(text, 60));
    }

    /** Flat bars, no shadow, no gradient. */
    public static void flat(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
    }

    public static JFreeChart finish(CategoryPlot plot, Color text, boolean legend) {
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(6, 4, 4, 12));
        plot.setRangeGridlinePaint(faint(text, 45));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            if (plot.getDomainAxis(i) != null) {
                style(plot.getDomainAxis(i), text);
            }
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) {
                style(plot.getRangeAxis(i), text);
            }
        }
        return chart(plot, text, legend);
    }

    public static JFreeChart finish(XYPlot plot, Color text, boolean legend) {
        return finish(plot, text, legend, INSETS);
    }

    /** Transparent, outline-free, faint gridlines, with this room around the plot; the legend below when asked for. */
    public static JFreeChart finish(XYPlot plot, Color text, boolean legend, RectangleInsets insets) {
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setInsets(insets);
        plot.setDomainGridlinePaint(faint(text, 45));
        plot.setRangeGridlinePaint(faint(text, 45));
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            if (plot.getDomainAxis(i) != null) {
                style(plot.getDomainAxis(i), text);
            }
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) {
                style(plot.getRangeAxis(i), text);
            }
        }
        return chart(plot, text, legend);
    }

    /** A sub-plot of a combined plot: transparent, faint gridlines, styled axes. */
    public static void subplot(XYPlot plot, Color text) {
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(faint(text, 45));
        plot.setRangeGridlinePaint(faint(text, 45));
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) {
                style(plot.getRangeAxis(i), text);
            }
        }
    }

    private static JFreeChart chart(Plot plot, Color text, boolean legend) {
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        if (legend) {
            LegendTitle title = chart.getLegend();
            title.setItemFont(LEGEND);
            title.setItemPaint(text);
            title.setBackgroundPaint(null);
            title.setFrame(BlockBorder.NONE);
            title.setPosition(RectangleEdge.BOTTOM);
        }
        chart.setBackgroundPaint(null);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        return chart;
    }

    /** A small italic line under the plot, on the left, when there is something to say. */
    public static void note(JFreeChart chart, String text, Color colour) {
        note(chart, text, colour, HorizontalAlignment.LEFT, new RectangleInsets(4, 6, 0, 4));
    }

    /** A small italic line under the plot, on the right (under curves), when there is something to say. */
    public static void noteRight(JFreeChart chart, String text, Color colour) {
        note(chart, text, colour, HorizontalAlignment.RIGHT, new RectangleInsets(2, 4, 0, 4));
    }

    private static void note(JFreeChart chart, String text, Color colour, HorizontalAlignment side,
                             RectangleInsets padding) {
        if (text == null || text.isEmpty()) {
            return;
        }
        TextTitle note = new TextTitle(text, NOTE);
        note.setPaint(faint(colour, 190));
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(side);
        note.setPadding(padding);
        chart.addSubtitle(note);
    }

    /** Category labels on the left of a horizontal bar chart, wide enough for {@code field = value}. */
    public static void categoryLabels(CategoryAxis axis, float widthRatio) {
        axis.setMaximumCategoryLabelWidthRatio(widthRatio);
        axis.setMaximumCategoryLabelLines(1);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
    }

    /** A backdrop for a legend inside the plot: near-white under dark text, near-black under light text. */
    public static Color surface(Color text) {
        double luminance = (0.299 * text.getRed() + 0.587 * text.getGreen() + 0.114 * text.getBlue()) / 255;
        return luminance < 0.5 ? new Color(255, 255, 255, 225) : new Color(24, 26, 30, 225);
    }

    /** An axis from 0 to {@code upper}, as percentages or plain numbers. */
    public static NumberAxis unitAxis(String label, double upper, boolean percent) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, upper);
        axis.setAutoRange(false);
        if (percent) {
            NumberFormat format = NumberFormat.getPercentInstance(Locale.ROOT);
            format.setMaximumFractionDigits(upper <= 0.1 ? 1 : 0);
            axis.setNumberFormatOverride(format);
        } else {
            axis.setNumberFormatOverride(new DecimalFormat(upper <= 0.1 ? "0.00#" : "0.0#",
                    DecimalFormatSymbols.getInstance(Locale.ROOT)));
        }
        return axis;
    }

    /** A dashed reference line (chance, perfect calibration) with a small label near its end. */
    public static void reference(XYPlot plot, double x0, double y0, double x1, double y1, String label, double labelX,
                          double labelY, TextAnchor anchor, Color text) {
        plot.addAnnotation(new XYLineAnnotation(x0, y0, x1, y1, REFERENCE, faint(text, 150)));
        if (label != null) {
            XYTextAnnotation note = new XYTextAnnotation(label, labelX, labelY);
            note.setFont(NOTE);
            note.setPaint(faint(text, 170));
            note.setTextAnchor(anchor);
            plot.addAnnotation(note);
        }
    }

    /** The legend as a column inside the plot, at a corner the curves leave free. */
    public static void legendInside(XYPlot plot, Color text, RectangleAnchor corner) {
        LegendTitle legend = new LegendTitle(plot, new ColumnArrangement(), new ColumnArrangement());
        legend.setItemFont(LEGEND);
        legend.setItemPaint(text);
        legend.setBackgroundPaint(surface(text));
        legend.setFrame(new BlockBorder(faint(text, 70)));
        legend.setPadding(new RectangleInsets(4, 6, 4, 8));
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 2));
        double x = corner == RectangleAnchor.BOTTOM_RIGHT || corner == RectangleAnchor.TOP_RIGHT ? 0.985 : 0.015;
        double y = corner == RectangleAnchor.BOTTOM_RIGHT || corner == RectangleAnchor.BOTTOM_LEFT ? 0.02 : 0.98;
        XYTitleAnnotation annotation = new XYTitleAnnotation(x, y, legend, corner);
        annotation.setMaxWidth(0.9);
        plot.addAnnotation(annotation);
    }
}
