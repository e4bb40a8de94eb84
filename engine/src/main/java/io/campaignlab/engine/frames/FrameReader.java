package io.campaignlab.engine.frames;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.List;

/** Loads columns of a stored dataset into memory, in {@code _row} order. Implemented by the workspace. */
public interface FrameReader {

    /**
     * Reads the given columns of every row.
     *
     * @throws java.util.NoSuchElementException naming the dataset or the first missing column
     */
    Frame read(String dataset, List<String> columns, ProgressListener progress, CancellationToken cancel);
}
