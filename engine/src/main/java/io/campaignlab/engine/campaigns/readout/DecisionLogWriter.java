package io.campaignlab.engine.campaigns.readout;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

/**
 * Writes a campaign's decisions log as an experiment dataset (one row per decision: user_id, arm, converted, value,
 * …), replacing an earlier snapshot; the persistence module implements it. Does I/O.
 */
@FunctionalInterface
public interface DecisionLogWriter {

    /** @throws IllegalArgumentException when the campaign has logged no decision */
    DatasetInfo write(String campaign, ProgressListener progress, CancellationToken cancel);
}
