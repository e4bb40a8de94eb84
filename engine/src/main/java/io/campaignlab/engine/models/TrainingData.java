package io.campaignlab.engine.models;

import io.campaignlab.engine.frames.Frame;

/**
 * Everything in memory a training needs: the frame (behavioural aggregates already added as columns), and the
 * per-row time and user of the dataset's timestamp and user columns for time and user splits.
 *
 * @param frame the examples
 * @param times epoch millis per row, or null when the dataset has no timestamp column
 * @param users user id per row, or null when the dataset has no user column
 */
public record TrainingData(Frame frame, long[] times, long[] users) {
}
