package io.campaignlab.views.models;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.XYPlot;
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
 * The look the Models charts share with the Data section's histogram: transparent background, the theme's text
 * colour for labels and (faintly) for gridlines, one palette colour per run, legends inside the plot where the
 * curves leave room. A chart class: {@code java.awt} is allowed here.
 */
final class ChartStyle {

    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LABELS = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 11);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[]{5f, 4f}, 0f);

    private ChartStyle() {
    }

    /** The palette colour of an overlaid run. */
    static Color run(int colour) {
        return Color.decode(RunPalette.hex(colour));
    }

    static Color awt(javafx.scene.paint.Color color) {
        return new Color((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue(),
                (float) color.getOpacity());
    }

    static Color faint(Color text, int alpha) {
        return new Color(text.getRed(), text.getGreen(), text.getBlue(), alpha);
    }

    /** A backdrop for a legend inside the plot: near-white under dark text, near-black under light text. */
    static Color surface(Color text) {
        double luminance = (0.299 * text.getRed() + 0.587 * text.getGreen() + 0.114 * text.getBlue()) / 255;
        return luminance < 0.5 ? new Color(255, 255, 255, 225) : new Color(24, 26, 30, 225);
    }

    /** An axis from 0 to {@code upper}, as percentages or plain numbers. */
    static NumberAxis unitAxis(String label, double upper, boolean percent) {
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
    static void reference(XYPlot plot, double x0, double y0, double x1, double y1, String label, double labelX,
                          double labelY, TextAnchor anchor, Color text) {
        plot.addAnnotation(new XYLineAnnotation(x0, y0, x1, y1, DASHED, faint(text, 150)));
        if (label != null) {
            XYTextAnnotation note = new XYTextAnnotation(label, labelX, labelY);
            note.setFont(NOTE);
            note.setPaint(faint(text, 170));
            note.setTextAnchor(anchor);
            plot.addAnnotation(note);
        }
    }

    /** The legend as a column inside the plot, at a corner the curves leave free. */
    static void legendInside(XYPlot plot, Color text, RectangleAnchor corner) {
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

    static void style(Axis axis, Color text) {
        axis.setLabelFont(LABELS);
        axis.setLabelPaint(text);
        axis.setTickLabelFont(TICKS);
        axis.setTickLabelPaint(text);
        axis.setAxisLinePaint(faint(text, 60));
        axis.setTickMarkPaint(faint(text, 60));
    }

    /** Transparent, outline-free, faint gridlines; the legend below the plot when asked for. */
    static JFreeChart finish(XYPlot plot, Color text, boolean legendBelow) {
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 4, 4, 14));
        plot.setDomainGridlinePaint(faint(text, 45));
        plot.setRangeGridlinePaint(faint(text, 45));
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            style(plot.getDomainAxis(i), text);
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) {
                style(plot.getRangeAxis(i), text);
            }
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, legendBelow);
        if (legendBelow) {
            LegendTitle legend = chart.getLegend();
            legend.setItemFont(LEGEND);
            legend.setItemPaint(text);
            legend.setBackgroundPaint(null);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        chart.setBackgroundPaint(null);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        return chart;
    }

    /** A small italic line under the plot, when there is something to say. */
    static void note(JFreeChart chart, String text, Color colour) {
        if (text == null || text.isEmpty()) {
            return;
        }
        TextTitle note = new TextTitle(text, NOTE);
        note.setPaint(faint(colour, 190));
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        note.setPadding(new RectangleInsets(2, 4, 0, 4));
        chart.addSubtitle(note);
    }
}
