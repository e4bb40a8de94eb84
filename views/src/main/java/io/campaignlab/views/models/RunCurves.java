package io.campaignlab.views.models;

import io.campaignlab.engine.evaluation.BinaryEvaluation;

/**
 * A run's held-out evaluation, as the ROC, calibration and gain charts overlay it.
 *
 * @param run        the run
 * @param evaluation its test evaluation
 * @param colour     its position among the overlaid runs, which picks its {@link RunPalette} colour
 */
public record RunCurves(RunRow run, BinaryEvaluation evaluation, int colour) {
}
