package io.campaignlab.engine.segments.profiles;

/**
 * A segment's mean of one per-customer metric against the population's.
 *
 * @param metric {@code recency_days}, {@code frequency}, {@code monetary}, {@code tenure_days} or
 *               {@code average_order_value}
 * @param mean   the segment's mean; NaN for an empty segment
 * @param index  100 × mean / the population's mean (100 = average); NaN for an empty segment
 */
public record MetricIndex(String metric, double mean, double index) {
}
