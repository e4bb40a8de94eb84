package io.campaignlab.engine.profiling;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistogramAccumulatorTest {

    @Test
    void equalWidthBinsPutTheMaximumInTheLastBin() {
        HistogramAccumulator h = new HistogramAccumulator(0, 10, 5, false);
        for (double v : new double[] {0, 1.9, 2, 3.99, 4, 9.99, 10}) {
            h.add(v);
        }
        List<HistogramBin> bins = h.bins();
        assertThat(bins).extracting(HistogramBin::count).containsExactly(2L, 2L, 1L, 0L, 2L);
        assertThat(bins.get(0).lower()).isEqualTo(0);
        assertThat(bins.get(4).upper()).isEqualTo(10);
    }

    @Test
    void fewDistinctIntegersGetOneBarEach() {
        HistogramAccumulator h = new HistogramAccumulator(1, 5, 20, true);
        for (long v : new long[] {1, 1, 3, 5, 5, 5}) {
            h.add(v);
        }
        assertThat(h.bins()).containsExactly(new HistogramBin(1, 2, 2), new HistogramBin(3, 4, 1),
                new HistogramBin(5, 6, 3));
    }

    @Test
    void manyDistinctIntegersFallBackToEqualWidthBins() {
        HistogramAccumulator h = new HistogramAccumulator(0, 99, 10, true);
        for (long v = 0; v < 100; v++) {
            h.add(v);
        }
        assertThat(h.bins()).hasSize(10).allSatisfy(b -> assertThat(b.count()).isEqualTo(10));
    }

    @Test
    void aSingleValueIsOneBin() {
        HistogramAccumulator h = new HistogramAccumulator(7.5, 7.5, 20, false);
        h.add(7.5);
        h.add(7.5);
        assertThat(h.bins()).containsExactly(new HistogramBin(7.5, 7.5, 2));
    }

    @Test
    void anEmptyRangeIsRefused() {
        assertThatThrownBy(() -> new HistogramAccumulator(2, 1, 10, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
