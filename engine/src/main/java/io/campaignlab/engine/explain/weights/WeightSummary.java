package io.campaignlab.engine.explain.weights;

import io.campaignlab.engine.models.ModelKind;

import java.util.List;

/**
 * A model's learned weights per field.
 *
 * @param kind      the model family
 * @param linear    whether it has first-order weights (LR, FM, DeepFM)
 * @param embedding whether it has embeddings (every family but LR)
 * @param rows      sample rows the spreads and norms are over
 * @param fields    every field, by importance, largest first
 */
public record WeightSummary(ModelKind kind, boolean linear, boolean embedding, int rows, List<FieldWeight> fields) {

    public WeightSummary {
        fields = List.copyOf(fields);
    }
}
