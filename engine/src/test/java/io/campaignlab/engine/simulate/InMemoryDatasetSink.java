package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetSink;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.importing.Rejection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A {@link DatasetSink} that keeps committed datasets in memory and records aborted ones. */
final class InMemoryDatasetSink implements DatasetSink {

    /** A committed dataset: its draft and rows. */
    record Stored(DatasetDraft draft, List<Object[]> rows) {

        String name() {
            return draft.name();
        }

        int index(String column) {
            List<ColumnMeta> columns = draft.columns();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(column)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no column " + column + " in " + name());
        }

        /** The values of one column, cast to the expected Java type. */
        <T> List<T> column(String column, Class<T> type) {
            int i = index(column);
            return rows.stream().map(row -> type.cast(row[i])).toList();
        }

        /** The rows as lists, which compare by value. */
        List<List<Object>> values() {
            return rows.stream().map(Arrays::asList).toList();
        }
    }

    private final List<Stored> committed = new ArrayList<>();
    private final List<String> begun = new ArrayList<>();
    private final List<String> aborted = new ArrayList<>();

    @Override
    public DatasetWriter begin(DatasetDraft draft) {
        begun.add(draft.name());
        return new Writer(draft);
    }

    List<Stored> committed() {
        return committed;
    }

    List<String> committedNames() {
        return committed.stream().map(Stored::name).toList();
    }

    /** Names of the datasets whose writers were begun, in order. */
    List<String> begun() {
        return begun;
    }

    /** Names of the datasets whose writers were aborted, in order. */
    List<String> aborted() {
        return aborted;
    }

    Stored dataset(String name) {
        return committed.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no committed dataset " + name));
    }

    private final class Writer implements DatasetWriter {

        private final DatasetDraft draft;
        private final List<Object[]> rows = new ArrayList<>();
        private boolean finished;

        Writer(DatasetDraft draft) {
            this.draft = draft;
        }

        @Override
        public void append(Object[] row) {
            if (finished) {
                throw new IllegalStateException("append after the writer finished");
            }
            rows.add(row.clone());
        }

        @Override
        public void reject(Rejection rejection) {
            throw new AssertionError("the simulator never rejects rows: " + rejection);
        }

        @Override
        public DatasetInfo commit(long rejectedRows) {
            if (finished) {
                throw new IllegalStateException("commit after the writer finished");
            }
            finished = true;
            committed.add(new Stored(draft, List.copyOf(rows)));
            return new DatasetInfo(committed.size(), draft.name(), draft.kind(), draft.sourceFile(), draft.sha256(),
                    rows.size(), rejectedRows, Instant.EPOCH, draft.columns());
        }

        @Override
        public void abort() {
            finished = true;
            rows.clear();
            aborted.add(draft.name());
        }

        @Override
        public void close() {
            if (!finished) {
                abort();
            }
        }
    }
}
