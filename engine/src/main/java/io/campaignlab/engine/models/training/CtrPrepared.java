package io.campaignlab.engine.models.training;

import io.campaignlab.engine.features.SplitIndices;
import io.campaignlab.engine.frames.Frame;

/**
 * A dataset split and labelled for CTR training, shared by every trial of a settings search.
 *
 * @param frame       the examples
 * @param labels      labels per output ({clicks}, or for ESMM {clicks, click-and-purchase}), the test rows' blanked
 *                    to 0: nothing before the test stage can learn from them
 * @param clicks      the main label, test rows blanked likewise
 * @param trainAndValidation the training and validation rows; its test part is empty
 * @param test        the test part, read only by {@link CtrTraining#test}
 */
public record CtrPrepared(Frame frame, float[][] labels, float[] clicks, SplitIndices trainAndValidation,
                          TestPart test) {
}
