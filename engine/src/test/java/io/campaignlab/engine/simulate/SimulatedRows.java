package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.importing.DatasetSink;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.importing.Rejection;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.time.Instant;
import java.util.function.Consumer;

/** Runs the simulator and hands one of its datasets' rows to a test, straight from the job: no workspace, no files. */
public final class SimulatedRows {

    private SimulatedRows() {
    }

    /**
     * @param dataset for example {@code events}: its rows come in the order of its columns, e.g. event_id, user_id,
     *                session_id, item_id, event_type, ts, price, category, domain
     */
    public static void of(SimulationSpec spec, String dataset, Consumer<Object[]> rows) {
        DatasetSink sink = draft -> new DatasetWriter() {
            private final boolean wanted = draft.name().equals(dataset);
            private long count;

            @Override
            public void append(Object[] row) {
                count++;
                if (wanted) {
                    rows.accept(row);
                }
            }

            @Override
            public void reject(Rejection rejection) {
                throw new AssertionError("the simulator never rejects rows: " + rejection);
            }

            @Override
            public DatasetInfo commit(long rejectedRows) {
                return new DatasetInfo(0, draft.name(), draft.kind(), draft.sourceFile(), draft.sha256(), count,
                        rejectedRows, Instant.EPOCH, draft.columns());
            }

            @Override
            public void abort() {
            }

            @Override
            public void close() {
            }
        };
        new SimulationJob(spec, sink, "").run(ProgressListener.none(), new CancellationToken());
    }
}
