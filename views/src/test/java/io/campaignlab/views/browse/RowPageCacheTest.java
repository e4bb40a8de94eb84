package io.campaignlab.views.browse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowPageCacheTest {

    @Test
    void findsThePageOfARow() {
        RowPageCache<String> cache = new RowPageCache<>(500, 8);

        assertThat(cache.pageOf(0)).isZero();
        assertThat(cache.pageOf(499)).isZero();
        assertThat(cache.pageOf(500)).isEqualTo(1);
        assertThat(cache.pageOf(999_999)).isEqualTo(1_999);
        assertThat(cache.firstRow(3)).isEqualTo(1_500);
    }

    @Test
    void theLastPageHoldsOnlyTheRowsLeft() {
        RowPageCache<String> cache = new RowPageCache<>(500, 8);

        assertThat(cache.rowsIn(0, 1_200)).isEqualTo(500);
        assertThat(cache.rowsIn(2, 1_200)).isEqualTo(200);
        assertThat(cache.rowsIn(3, 1_200)).isZero();
    }

    @Test
    void evictsTheLeastRecentlyUsedPage() {
        RowPageCache<String> cache = new RowPageCache<>(10, 3);
        assertThat(cache.put(0, "p0")).isEmpty();
        assertThat(cache.put(1, "p1")).isEmpty();
        assertThat(cache.put(2, "p2")).isEmpty();

        cache.get(0);

        assertThat(cache.put(3, "p3")).contains("p1");
        assertThat(cache.get(1)).isNull();
        assertThat(cache.get(0)).isEqualTo("p0");
        assertThat(cache.get(2)).isEqualTo("p2");
        assertThat(cache.get(3)).isEqualTo("p3");
    }

    @Test
    void refusesAnEmptyPageSize() {
        assertThatThrownBy(() -> new RowPageCache<String>(0, 8)).isInstanceOf(IllegalArgumentException.class);
    }
}
