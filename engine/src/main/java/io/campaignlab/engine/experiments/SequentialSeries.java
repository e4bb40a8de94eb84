package io.campaignlab.engine.experiments;

import java.util.List;

/**
 * The looks of one arm × metric over time.
 *
 * @param arm    the treatment arm
 * @param metric the metric
 * @param points the looks, in time order
 */
public record SequentialSeries(String arm, String metric, List<SequentialPoint> points) {
}
