/**
 * Binary-classifier evaluation from predicted probabilities: ROC AUC, log loss, average precision, calibration,
 * lift and the ROC curve, on plain {@code double[]} scores and 0/1 labels. No DJL, no SQL, no JavaFX.
 */
package io.campaignlab.engine.evaluation;
