package io.campaignlab.engine.profiling;

import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;

import java.util.List;

/**
 * The profile of one column.
 *
 * @param name          the column
 * @param type          its type
 * @param role          its role
 * @param count         rows
 * @param nulls         empty values
 * @param distinct      distinct non-null values: exact when {@code distinctExact}, else a HyperLogLog estimate
 * @param distinctExact whether {@code distinct} is exact
 * @param min           the smallest value (numbers; epoch seconds for times; share of true for booleans), or null
 * @param max           the largest value, likewise, or null
 * @param mean          the mean of numbers, or the share of true for booleans, or null
 * @param std           the sample standard deviation of numbers, or null
 * @param minText       the smallest value as text (times and strings), or null
 * @param maxText       the largest value as text, or null
 * @param topValues     the most frequent values, most frequent first
 * @param histogram     binned counts for numbers and times; empty for strings, whose bars are {@code topValues}
 */
public record ColumnProfile(String name, ColumnType type, ColumnRole role, long count, long nulls, long distinct,
                            boolean distinctExact, Double min, Double max, Double mean, Double std, String minText,
                            String maxText, List<ValueCount> topValues, List<HistogramBin> histogram) {

    public ColumnProfile {
        topValues = List.copyOf(topValues);
        histogram = List.copyOf(histogram);
    }
}
