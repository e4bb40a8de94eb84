package io.campaignlab.engine.explain;

import io.campaignlab.engine.features.EncodedRows;

/**
 * A model as a function of encoded rows: one score per row, in row order. Pass {@code scorer::probabilities} or
 * {@code scorer::logits} of a {@link io.campaignlab.engine.models.ModelScorer}, or any function in tests; the
 * explanations are on whatever scale it returns. Explanations call it with many rows at once.
 */
@FunctionalInterface
public interface BatchScore {

    double[] apply(EncodedRows rows);
}
