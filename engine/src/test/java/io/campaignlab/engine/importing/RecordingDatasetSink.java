package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.DatasetInfo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An in-memory {@link DatasetSink} whose writers record rows, rejections and how they finished. */
final class RecordingDatasetSink implements DatasetSink {

    private final List<RecordingWriter> writers = new ArrayList<>();

    @Override
    public DatasetWriter begin(DatasetDraft draft) {
        RecordingWriter writer = new RecordingWriter(draft);
        writers.add(writer);
        return writer;
    }

    List<RecordingWriter> writers() {
        return writers;
    }

    /** The one writer begun so far; fails when none or several were. */
    RecordingWriter onlyWriter() {
        if (writers.size() != 1) {
            throw new AssertionError("expected exactly one writer but " + writers.size() + " were begun");
        }
        return writers.get(0);
    }

    /** Records what the import job did with it. */
    static final class RecordingWriter implements DatasetWriter {

        private final DatasetDraft draft;
        private final List<Object[]> rows = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private boolean committed;
        private boolean aborted;
        private boolean closed;
        private long committedRejectedRows = -1;

        RecordingWriter(DatasetDraft draft) {
            this.draft = draft;
        }

        @Override
        public void append(Object[] row) {
            checkOpen();
            rows.add(row.clone());
        }

        @Override
        public void reject(Rejection rejection) {
            checkOpen();
            rejections.add(rejection);
        }

        @Override
        public DatasetInfo commit(long rejectedRows) {
            checkOpen();
            committed = true;
            committedRejectedRows = rejectedRows;
            return new DatasetInfo(1, draft.name(), draft.kind(), draft.sourceFile(), draft.sha256(), rows.size(),
                    rejectedRows, Instant.EPOCH, draft.columns());
        }

        @Override
        public void abort() {
            if (committed) {
                throw new IllegalStateException("abort after commit");
            }
            aborted = true;
            rows.clear();
        }

        /** As the interface says: closing a writer that did not commit aborts it. */
        @Override
        public void close() {
            closed = true;
            if (!committed && !aborted) {
                abort();
            }
        }

        private void checkOpen() {
            if (committed || aborted || closed) {
                throw new IllegalStateException("the writer is finished");
            }
        }

        DatasetDraft draft() {
            return draft;
        }

        List<Object[]> rows() {
            return rows;
        }

        List<Rejection> rejections() {
            return rejections;
        }

        boolean committed() {
            return committed;
        }

        boolean aborted() {
            return aborted;
        }

        boolean closed() {
            return closed;
        }

        long committedRejectedRows() {
            return committedRejectedRows;
        }
    }
}
