package io.campaignlab.views.profiling.charts;

import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.profiling.ColumnProfile;
import io.campaignlab.engine.profiling.HistogramBin;
import io.campaignlab.engine.profiling.ValueCount;
import javafx.scene.paint.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistogramChartTest {

    @Test
    void plotsNumberBinsOnAValueAxisWithCompactCounts() {
        ColumnProfile amount = profile("amount", ColumnType.DECIMAL, List.of(), List.of(
                new HistogramBin(0, 10, 12_300), new HistogramBin(10, 20, 4_000), new HistogramBin(20, 30, 5)));

        JFreeChart chart = HistogramChart.create(amount, Color.BLACK);

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(3);
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("amount");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("rows");
        assertThat(((NumberAxis) plot.getRangeAxis()).getNumberFormatOverride().format(12_300)).isEqualTo("12.3k");
        assertThat(plot.getDomainAxis().getRange().getLowerBound()).isZero();
        assertThat(plot.getDomainAxis().getRange().getUpperBound()).isEqualTo(30);
        assertThat(chart.getBackgroundPaint()).as("transparent for any theme").isNull();
    }

    @Test
    void labelsTimeBinsAsDates() {
        ColumnProfile placed = profile("placed_at", ColumnType.TIMESTAMP, List.of(), List.of(
                new HistogramBin(1_735_689_600, 1_736_294_400, 7), new HistogramBin(1_736_294_400, 1_736_899_200, 9)));

        XYPlot plot = HistogramChart.create(placed, Color.WHITE).getXYPlot();

        assertThat(plot.getDomainAxis()).isInstanceOf(DateAxis.class);
        assertThat(((DateAxis) plot.getDomainAxis()).getDateFormatOverride().format(new java.util.Date(
                1_735_689_600_000L))).isEqualTo("2025-01-01");
    }

    @Test
    void centresOneValueIntegerBinsOnTheirValue() {
        ColumnProfile quantity = profile("quantity", ColumnType.INTEGER, List.of(), List.of(
                new HistogramBin(1, 2, 10), new HistogramBin(2, 3, 20)));

        IntervalXYDataset bins = HistogramChart.createDataset(quantity);

        assertThat(bins.getXValue(0, 0)).isEqualTo(1);
        assertThat(bins.getStartXValue(0, 0)).isEqualTo(0.5);
        assertThat(bins.getEndXValue(0, 1)).isEqualTo(2.5);
    }

    @Test
    void givesABinOfOneValueAVisibleWidth() {
        ColumnProfile constant = profile("price", ColumnType.DECIMAL, List.of(), List.of(new HistogramBin(9.5, 9.5, 4)));

        IntervalXYDataset bins = HistogramChart.createDataset(constant);

        assertThat(bins.getEndXValue(0, 0) - bins.getStartXValue(0, 0)).isPositive();
        assertThat(bins.getXValue(0, 0)).isEqualTo(9.5);
    }

    @Test
    void plotsTheTopValuesOfACategoryAsHorizontalBars() {
        ColumnProfile category = profile("category", ColumnType.CATEGORY,
                List.of(new ValueCount("books", 40), new ValueCount("toys", 12)), List.of());

        CategoryPlot plot = HistogramChart.create(category, Color.BLACK).getCategoryPlot();

        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        assertThat(List.of(plot.getDataset().getColumnKey(0), plot.getDataset().getColumnKey(1))).containsExactly("books", "toys");
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("category");
    }

    @Test
    void refusesAColumnWithNothingToPlot() {
        ColumnProfile empty = profile("note", ColumnType.TEXT, List.of(), List.of());

        assertThatThrownBy(() -> HistogramChart.create(empty, Color.BLACK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no values to plot");
    }

    private static ColumnProfile profile(String name, ColumnType type, List<ValueCount> top, List<HistogramBin> bins) {
        return new ColumnProfile(name, type, ColumnRole.FEATURE, 100, 0, 10, true, null, null, null, null, null, null,
                top, bins);
    }
}
