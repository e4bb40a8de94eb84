package io.campaignlab.views.explain;

import io.campaignlab.engine.explain.AudienceComparison;
import io.campaignlab.engine.explain.RowExplanation;
import io.campaignlab.engine.explain.WhatIfResult;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.List;

/**
 * A run's model held open for local explanations: the engine's {@link io.campaignlab.engine.explain.ExplainSession},
 * or a fake in view tests. Every call is heavy and runs on a worker thread.
 */
public interface RowExplainer extends AutoCloseable {

    /** The raw columns the model reads, in pipeline order. */
    List<String> columns();

    RowExplanation explain(long rowId);

    WhatIfResult whatIf(long rowId, String column, String newValue);

    /** The validation rows the model scores highest, as {@code _row} ids, highest first. */
    long[] topValidationRows(int k);

    AudienceComparison audience(long[] rowIds, int sampleRows, ProgressListener progress, CancellationToken cancel);

    /**
     * The {@code _row} of a user's latest row in the run's dataset.
     *
     * @throws IllegalArgumentException when the dataset has no user id column or the user no row
     */
    default long latestRowOf(String user, CancellationToken cancel) {
        throw new UnsupportedOperationException("this explainer cannot find rows by user");
    }

    /** Frees the model's native memory. */
    @Override
    void close();
}
