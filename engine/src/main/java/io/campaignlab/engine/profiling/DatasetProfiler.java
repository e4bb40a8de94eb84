package io.campaignlab.engine.profiling;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.Optional;

/** Computes and stores column profiles without loading a table into the heap. */
public interface DatasetProfiler {

    /** Profiles every column of a dataset, stores the result and returns it. */
    DatasetProfile profile(String dataset, ProgressListener progress, CancellationToken cancel);

    /** The last stored profile, if any. */
    Optional<DatasetProfile> stored(String dataset);
}
