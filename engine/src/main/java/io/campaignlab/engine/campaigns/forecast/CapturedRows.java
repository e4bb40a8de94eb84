package io.campaignlab.engine.campaigns.forecast;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetSink;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.importing.Rejection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@link DatasetSink} that keeps, in memory, the rows of the named datasets and drops every other's. */
final class CapturedRows implements DatasetSink {

    /** One captured dataset: its columns by name and its rows. */
    record Table(Map<String, Integer> columns, List<Object[]> rows) {

        int size() {
            return rows.size();
        }

        double number(int row, String column) {
            return ((Number) rows.get(row)[index(column)]).doubleValue();
        }

        String text(int row, String column) {
            return String.valueOf(rows.get(row)[index(column)]);
        }

        int index(String column) {
            Integer at = columns.get(column);
            if (at == null) {
                throw new IllegalArgumentException("the simulator wrote no column " + column);
            }
            return at;
        }
    }

    private final Set<String> wanted;
    private final Map<String, Table> tables = new HashMap<>();

    CapturedRows(Set<String> wanted) {
        this.wanted = wanted;
    }

    Table table(String name) {
        Table t = tables.get(name);
        if (t == null) {
            throw new IllegalStateException("the simulator committed no dataset " + name);
        }
        return t;
    }

    @Override
    public DatasetWriter begin(DatasetDraft draft) {
        boolean keep = wanted.contains(draft.name());
        Map<String, Integer> columns = new HashMap<>();
        List<ColumnMeta> metas = draft.columns();
        for (int i = 0; i < metas.size(); i++) {
            columns.put(metas.get(i).name(), i);
        }
        List<Object[]> rows = new ArrayList<>();
        return new DatasetWriter() {
            @Override
            public void append(Object[] row) {
                if (keep) {
                    rows.add(row.clone());
                }
            }

            @Override
            public void reject(Rejection rejection) {
                throw new IllegalStateException("the simulator never rejects rows: " + rejection);
            }

            @Override
            public DatasetInfo commit(long rejectedRows) {
                if (keep) {
                    tables.put(draft.name(), new Table(columns, rows));
                }
                return new DatasetInfo(0, draft.name(), draft.kind(), draft.sourceFile(), draft.sha256(),
                        rows.size(), rejectedRows, Instant.EPOCH, draft.columns());
            }

            @Override
            public void abort() {
                rows.clear();
            }

            @Override
            public void close() {
            }
        };
    }
}
