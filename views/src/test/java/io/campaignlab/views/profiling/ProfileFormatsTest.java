package io.campaignlab.views.profiling;

import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.profiling.ColumnProfile;
import io.campaignlab.engine.profiling.ValueCount;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileFormatsTest {

    @Test
    void marksAnEstimatedDistinctCount() {
        assertThat(ProfileFormats.distinct(column(ColumnType.TEXT, 12_345, false))).isEqualTo("~12,345");
        assertThat(ProfileFormats.distinct(column(ColumnType.TEXT, 12, true))).isEqualTo("12");
    }

    @Test
    void writesBoundsByType() {
        ColumnProfile time = new ColumnProfile("at", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP, 10, 0, 10, true,
                1_735_693_200.0, 1_735_779_600.0, null, null, "2025-01-01T01:00", "2025-01-02T01:00", List.of(),
                List.of());
        ColumnProfile amount = new ColumnProfile("amount", ColumnType.DECIMAL, ColumnRole.PRICE, 10, 2, 8, true, 0.5,
                12_345.678, 17.25, 3.14159, null, null, List.of(), List.of());

        assertThat(ProfileFormats.min(time)).isEqualTo("2025-01-01 01:00:00");
        assertThat(ProfileFormats.max(amount)).isEqualTo("12,346");
        assertThat(ProfileFormats.min(amount)).isEqualTo("0.5000");
        assertThat(ProfileFormats.mean(amount)).isEqualTo("17.25");
        assertThat(ProfileFormats.std(amount)).isEqualTo("3.142");
        assertThat(ProfileFormats.nulls(amount)).isEqualTo("2 (20.0%)");
    }

    @Test
    void writesTheShareOfTrueAsTheMeanOfABoolean() {
        ColumnProfile flag = new ColumnProfile("flag", ColumnType.BOOLEAN, ColumnRole.FEATURE, 3, 0, 2, true, null,
                null, 1 / 3.0, null, null, null, List.of(), List.of());

        assertThat(ProfileFormats.mean(flag)).isEqualTo("33.3% true");
    }

    @Test
    void listsTheFirstTopValuesCompactly() {
        ColumnProfile category = new ColumnProfile("c", ColumnType.CATEGORY, ColumnRole.CATEGORY, 20_000, 0, 4, true,
                null, null, null, null, "a", "d", List.of(new ValueCount("web", 12_300), new ValueCount("app", 950),
                new ValueCount("shop", 40), new ValueCount("tv", 1)), List.of());

        assertThat(ProfileFormats.topValues(category)).isEqualTo("web (12.3k), app (950), shop (40), …");
    }

    private static ColumnProfile column(ColumnType type, long distinct, boolean exact) {
        return new ColumnProfile("c", type, ColumnRole.FEATURE, 100_000, 0, distinct, exact, null, null, null, null,
                null, null, List.of(), List.of());
    }
}
