package io.campaignlab.engine.explain.weights;

import java.util.List;

/**
 * What a model learned for one field.
 *
 * @param field         the field's name
 * @param importance    the sort key: {@code embeddingNorm} for families with embeddings, else {@code linearSpread}
 * @param linearSpread  the standard deviation over the sample rows of the field's linear contribution
 *                      Σ_slots w[row]·value (0 without first-order weights)
 * @param embeddingNorm the mean over the sample rows of the L2 norm of the field's embedding contribution
 *                      Σ_slots value·e[row] (0 without embeddings)
 * @param topValues     its values with the largest |linear weight| (or embedding norm, without weights), at most
 *                      {@link ModelWeights#TOP_VALUES}
 */
public record FieldWeight(String field, double importance, double linearSpread, double embeddingNorm,
                          List<ValueWeight> topValues) {

    public FieldWeight {
        topValues = List.copyOf(topValues);
    }
}
