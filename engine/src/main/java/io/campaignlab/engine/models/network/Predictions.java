package io.campaignlab.engine.models.network;

/**
 * Predicted probabilities for a set of rows.
 *
 * @param ctr   the main score: P(click), or P(label) for single-task models
 * @param cvr   ESMM: P(purchase | click), else null
 * @param ctcvr ESMM: P(click and purchase) = ctr × cvr, else null
 */
public record Predictions(double[] ctr, double[] cvr, double[] ctcvr) {

    public int size() {
        return ctr.length;
    }
}
