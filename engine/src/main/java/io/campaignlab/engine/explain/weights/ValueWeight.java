package io.campaignlab.engine.explain.weights;

/**
 * What a model learned for one value of a field (one embedding-table row).
 *
 * @param value         the value's label, e.g. {@code mobile} or {@code [3, 5)}
 * @param linear        its first-order weight (per unit of the slot's value), 0 for families without one
 * @param embeddingNorm the L2 norm of its embedding row, 0 for logistic regression
 */
public record ValueWeight(String value, double linear, double embeddingNorm) {
}
