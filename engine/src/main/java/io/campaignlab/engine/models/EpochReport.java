package io.campaignlab.engine.models;

/**
 * One finished epoch.
 *
 * @param epoch     from 1
 * @param trainLoss mean training loss (binary cross-entropy; ESMM: click + click-and-purchase)
 * @param valLoss   validation log loss of the main score
 * @param valAuc    validation AUC of the main score
 * @param seconds   the epoch's training time
 * @param rowsPerSecond training rows per second in the epoch
 * @param best      whether this is the best epoch so far
 */
public record EpochReport(int epoch, double trainLoss, double valLoss, double valAuc, double seconds,
                          double rowsPerSecond, boolean best) {
}
