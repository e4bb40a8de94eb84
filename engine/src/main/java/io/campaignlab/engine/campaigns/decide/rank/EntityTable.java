package io.campaignlab.engine.campaigns.decide.rank;

import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rows of a users or items table read from the workspace once, keyed by their id (as text: a whole number without a
 * decimal point). When an id repeats, its last row wins.
 *
 * @param dataset   the table
 * @param keyColumn its id column
 * @param frame     the columns read
 * @param index     id → row of the frame
 */
record EntityTable(String dataset, String keyColumn, Frame frame, Map<String, Integer> index) {

    /**
     * The table of kind {@code table} (not the training dataset) whose {@code keyColumn} has {@code role}; the one
     * named {@code preferred} first, then by name.
     */
    static Optional<DatasetInfo> find(WorkspaceContext workspace, String trainingDataset, String keyColumn,
                                      ColumnRole role, String preferred) {
        return workspace.datasets().list().stream()
                .filter(d -> !d.name().equals(trainingDataset) && d.kind() == DatasetKind.TABLE)
                .filter(d -> d.column(keyColumn).filter(c -> c.role() == role).isPresent())
                .min(Comparator.comparing((DatasetInfo d) -> !d.name().equalsIgnoreCase(preferred))
                        .thenComparing(DatasetInfo::name));
    }

    /** Reads the key and those of {@code wanted} that the table holds. */
    static EntityTable load(WorkspaceContext workspace, DatasetInfo table, String keyColumn, List<String> wanted) {
        List<String> columns = new ArrayList<>();
        columns.add(table.requireColumn(keyColumn).name());
        for (String c : wanted) {
            table.column(c).ifPresent(meta -> {
                if (!columns.contains(meta.name())) {
                    columns.add(meta.name());
                }
            });
        }
        Frame frame = workspace.frames().read(table.name(), columns, ProgressListener.none(),
                new CancellationToken());
        String[] keys = frame.column(columns.get(0)).asLabels();
        Map<String, Integer> index = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                index.put(keys[i], i);
            }
        }
        return new EntityTable(table.name(), columns.get(0), frame, Map.copyOf(index));
    }

    boolean has(String column) {
        return frame.has(column);
    }

    /** The row of an id, or -1. */
    int row(String id) {
        Integer at = index.get(id);
        return at == null ? -1 : at;
    }

    /** The value at a row as a label, or null (missing column, missing value). */
    String label(String column, int row) {
        if (column == null || row < 0 || !frame.has(column)) {
            return null;
        }
        FrameColumn c = frame.column(column);
        return c instanceof FrameColumn.Times ? null : c.asLabels()[row];
    }

    /** The given rows of a column, in order (-1 gives a missing value). */
    static FrameColumn pick(FrameColumn column, int[] rows) {
        if (column instanceof FrameColumn.Numbers n) {
            double[] out = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = rows[i] < 0 ? Double.NaN : n.values()[rows[i]];
            }
            return new FrameColumn.Numbers(column.name(), out);
        }
        if (column instanceof FrameColumn.Texts t) {
            String[] out = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = rows[i] < 0 ? null : t.values()[rows[i]];
            }
            return new FrameColumn.Texts(column.name(), out);
        }
        long[] src = ((FrameColumn.Times) column).epochMillis();
        long[] out = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i] < 0 ? FrameColumn.MISSING_TIME : src[rows[i]];
        }
        return new FrameColumn.Times(column.name(), out);
    }
}
