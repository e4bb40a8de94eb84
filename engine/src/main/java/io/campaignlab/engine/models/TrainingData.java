package io.campaignlab.engine.models;

import io.campaignlab.engine.features.SplitIndices;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.features.Splitter;
import io.campaignlab.engine.frames.Frame;

/**
 * Everything in memory a training needs: the frame (behavioural aggregates already added as columns), and the
 * per-row time and user of the dataset's timestamp and user columns for time and user splits.
 *
 * @param frame      the examples; with supplied validation or test datasets, their rows follow the training
 *                   dataset's
 * @param times      epoch millis per row, or null when the dataset has no timestamp column
 * @param users      user id per row, or null when the dataset has no user column
 * @param fixedParts per row its supplied part (0 train, 1 validation, 2 test, or {@link Splitter#OPEN} for a row the
 *                   split's kind cuts), from a split column or supplied datasets; null when the split is computed
 */
public record TrainingData(Frame frame, long[] times, long[] users, byte[] fixedParts) {

    /** Examples of one dataset whose split is computed. */
    public TrainingData(Frame frame, long[] times, long[] users) {
        this(frame, times, users, null);
    }

    /**
     * The rows of each part: the supplied parts as given, the rest cut as the spec says.
     *
     * @param labels 1/0 per row, for the random split's stratification
     */
    public SplitIndices split(SplitSpec spec, double[] labels) {
        return Splitter.split(spec, frame.rows(), labels, times, users, fixedParts);
    }
}
