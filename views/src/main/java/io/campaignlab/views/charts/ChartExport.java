package io.campaignlab.views.charts;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a chart to PNG or SVG at a print-friendly size. */
public final class ChartExport {

    static final int WIDTH = 1200;
    static final int HEIGHT = 720;

    private ChartExport() {
    }

    /** The chart with a left-aligned title on white, for a file. */
    public static JFreeChart titled(JFreeChart chart, String title) {
        org.jfree.chart.title.TextTitle heading = new org.jfree.chart.title.TextTitle(title,
                new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 15));
        heading.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        heading.setPadding(new org.jfree.chart.ui.RectangleInsets(6, 8, 8, 8));
        chart.setTitle(heading);
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        return chart;
    }

    public static void png(JFreeChart chart, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    public static void svg(JFreeChart chart, Path file) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        SVGUtils.writeToSVG(file.toFile(), g2.getSVGElement());
    }
}
