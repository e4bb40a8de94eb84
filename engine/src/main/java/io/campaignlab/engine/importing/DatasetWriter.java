package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.DatasetInfo;

/**
 * Writes one dataset's rows. Values are {@code Long}, {@code Double}, {@code Boolean}, {@code LocalDateTime},
 * {@code String} or null, in column order. Closing a writer that did not commit aborts it.
 */
public interface DatasetWriter extends AutoCloseable {

    void append(Object[] row);

    void reject(Rejection rejection);

    /** Makes the dataset visible, with the count of rows rejected, and returns it. */
    DatasetInfo commit(long rejectedRows);

    /** Removes everything written so far. */
    void abort();

    @Override
    void close();
}
