package io.campaignlab.views.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ChartExportTest {

    @TempDir
    Path dir;

    static JFreeChart chart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(1200, "rows", "view");
        data.addValue(300, "rows", "click");
        return ChartFactory.createBarChart("events", "event_type", "rows", data);
    }

    @Test
    void pngIsAnImageOfThePrintSize() throws Exception {
        Path png = dir.resolve("chart.png");
        ChartExport.png(chart(), png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(ChartExport.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartExport.HEIGHT);
    }

    @Test
    void svgIsAnSvgDocumentWithTheAxisLabels() throws Exception {
        Path svg = dir.resolve("chart.svg");
        ChartExport.svg(chart(), svg);
        String text = Files.readString(svg);
        assertThat(text).contains("<svg").contains("event_type").contains("rows");
    }
}
