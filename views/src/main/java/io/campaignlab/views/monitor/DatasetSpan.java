package io.campaignlab.views.monitor;

import java.time.LocalDate;

/**
 * The days a dataset's rows cover, by its timestamp column (UTC).
 *
 * @param dataset the dataset
 * @param column  its timestamp column
 * @param first   the first day with a row
 * @param last    the last day with a row
 */
public record DatasetSpan(String dataset, String column, LocalDate first, LocalDate last) {

    /** The last {@code days} days, clipped to the span. */
    public LocalDate lastDaysFrom(int days) {
        LocalDate from = last.minusDays(days - 1L);
        return from.isBefore(first) ? first : from;
    }
}
