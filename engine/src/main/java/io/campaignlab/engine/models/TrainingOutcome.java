package io.campaignlab.engine.models;

import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.runs.RunStatus;

import java.util.List;

/**
 * How a training run ended.
 *
 * @param runId      the stored run
 * @param status     completed (cancellation and failure are thrown, and recorded in the run)
 * @param device     the device it trained on
 * @param epochs     every epoch
 * @param bestEpoch  the restored epoch
 * @param validation the validation evaluation at the best epoch
 * @param test       the test evaluation
 * @param seconds    wall time
 */
public record TrainingOutcome(long runId, RunStatus status, String device, List<EpochReport> epochs, int bestEpoch,
                              BinaryEvaluation validation, BinaryEvaluation test, double seconds) {

    public TrainingOutcome {
        epochs = List.copyOf(epochs);
    }
}
