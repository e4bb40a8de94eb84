package io.campaignlab.engine.runs;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetSink;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.function.IntFunction;

/**
 * Writes what a run computed per row (scores, uplift) as a dataset of the workspace: one row at a time, checking
 * for cancellation and reporting progress every {@value #CHECK_EVERY} rows, committed with no rejects.
 */
public final class RunTables {

    /** Rows between cancellation checks and progress reports. */
    public static final int CHECK_EVERY = 0x10000;

    private RunTables() {
    }

    /**
     * Writes {@code rows} rows, the values of row {@code i} given by {@code row}, and commits the dataset. A
     * cancelled or failed write leaves nothing behind.
     */
    public static DatasetInfo write(DatasetSink sink, DatasetDraft draft, int rows, IntFunction<Object[]> row,
                                    ProgressListener progress, CancellationToken cancel) {
        try (DatasetWriter writer = sink.begin(draft)) {
            for (int i = 0; i < rows; i++) {
                if (i % CHECK_EVERY == 0) {
                    cancel.throwIfCancelled();
                    progress.progress(i, rows);
                }
                writer.append(row.apply(i));
            }
            return writer.commit(0);
        }
    }
}
