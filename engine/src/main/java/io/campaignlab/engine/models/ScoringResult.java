package io.campaignlab.engine.models;

/**
 * A finished batch scoring.
 *
 * @param runId         the model's run
 * @param scoredDataset the dataset scored
 * @param scoresDataset the new dataset holding {@code row_id, score[, p_cvr, p_ctcvr]}
 * @param rows          rows scored
 * @param seconds       wall time
 */
public record ScoringResult(long runId, String scoredDataset, String scoresDataset, long rows, double seconds) {
}
