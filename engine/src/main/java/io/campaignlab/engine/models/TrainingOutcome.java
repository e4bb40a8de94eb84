package io.campaignlab.engine.models;

import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.engine.tuning.SearchResult;

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
 * @param testRowIds the test rows' {@code _row} ids
 * @param testScores the main score of each test row, as evaluated
 * @param search     the settings search that chose the run's settings, or null when there was none
 */
public record TrainingOutcome(long runId, RunStatus status, String device, List<EpochReport> epochs, int bestEpoch,
                              BinaryEvaluation validation, BinaryEvaluation test, double seconds, long[] testRowIds,
                              double[] testScores, SearchResult search) {

    /** An outcome without a search. */
    public TrainingOutcome(long runId, RunStatus status, String device, List<EpochReport> epochs, int bestEpoch,
                           BinaryEvaluation validation, BinaryEvaluation test, double seconds, long[] testRowIds,
                           double[] testScores) {
        this(runId, status, device, epochs, bestEpoch, validation, test, seconds, testRowIds, testScores, null);
    }

    public TrainingOutcome {
        epochs = List.copyOf(epochs);
    }

    /** An outcome without the per-row test scores. */
    public TrainingOutcome(long runId, RunStatus status, String device, List<EpochReport> epochs, int bestEpoch,
                           BinaryEvaluation validation, BinaryEvaluation test, double seconds) {
        this(runId, status, device, epochs, bestEpoch, validation, test, seconds, new long[0], new double[0]);
    }
}
