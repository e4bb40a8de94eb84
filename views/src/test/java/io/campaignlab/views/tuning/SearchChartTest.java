package io.campaignlab.views.tuning;

import io.campaignlab.views.tuning.charts.SearchChart;

import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The validation curve's series, from a search with a failed trial; no screen needed. */
class SearchChartTest {

    @Test
    void theCurveShowsEachRunTrialTheBestSoFarAndTheChoice() {
        XYSeriesCollection data = SearchChart.createDataset(SearchViewsTest.search());
        assertThat(data.getSeriesKey(0)).isEqualTo(SearchChart.TRIALS);
        // the failed trial (4) is left out; trials are numbered from 1
        assertThat(data.getItemCount(0)).isEqualTo(4);
        assertThat(data.getXValue(0, 3)).isEqualTo(5.0);
        // best so far, worked out by hand: 0.70, 0.72, 0.72, 0.73
        assertThat(List.of(data.getYValue(1, 0), data.getYValue(1, 1), data.getYValue(1, 2), data.getYValue(1, 3)))
                .containsExactly(0.70, 0.72, 0.72, 0.73);
        assertThat(data.getItemCount(2)).isEqualTo(1);
        assertThat(data.getXValue(2, 0)).isEqualTo(5.0);
        assertThat(data.getYValue(2, 0)).isEqualTo(0.73);
    }
}
