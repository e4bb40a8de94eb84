package io.campaignlab.engine.runs;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.frames.FrameReader;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The key columns of the rows a run scored (the dataset's user, item and session ids, as its column metadata
 * says), carried into the run's per-row output so that it can be joined, filtered and exported as an audience.
 *
 * @param columns the key columns as the source dataset describes them (name, type, role), in table order
 * @param values  their values, one column each, row by row as the scored rows
 */
public record RowKeys(List<ColumnMeta> columns, List<FrameColumn> values) {

    /** The roles that make a column a key. */
    public static final Set<ColumnRole> KEY_ROLES = Set.of(ColumnRole.USER_ID, ColumnRole.ITEM_ID,
            ColumnRole.SESSION_ID);

    public RowKeys {
        columns = List.copyOf(columns);
        values = List.copyOf(values);
    }

    /**
     * Reads the key columns of the scored rows.
     *
     * @param rowIds the scored rows' ids (all of the dataset's rows or some), in the order the output is written
     * @param taken  the output's own column names, which a key column must not repeat
     */
    public static RowKeys read(FrameReader frames, DatasetInfo dataset, long[] rowIds, Collection<String> taken,
                               CancellationToken cancel) {
        List<ColumnMeta> keys = new ArrayList<>();
        for (ColumnMeta c : dataset.columns()) {
            if (KEY_ROLES.contains(c.role()) && c.type() != ColumnType.TIMESTAMP && !taken.contains(c.name())) {
                keys.add(c);
            }
        }
        if (keys.isEmpty()) {
            return new RowKeys(List.of(), List.of());
        }
        Frame frame = frames.read(dataset.name(), keys.stream().map(ColumnMeta::name).toList(),
                ProgressListener.none(), cancel);
        Frame rows = Arrays.equals(frame.rowIds(), rowIds) ? frame : frame.select(positions(frame, rowIds));
        return new RowKeys(keys.stream().map(c -> new ColumnMeta(c.name(), c.header(), c.type(), c.role(), null,
                false)).toList(), keys.stream().map(c -> rows.column(c.name())).toList());
    }

    /** Where each of the given row ids stands in the frame. */
    private static int[] positions(Frame frame, long[] rowIds) {
        Map<Long, Integer> at = new HashMap<>(frame.rows() * 2);
        for (int r = 0; r < frame.rows(); r++) {
            at.put(frame.rowIds()[r], r);
        }
        int[] out = new int[rowIds.length];
        for (int i = 0; i < rowIds.length; i++) {
            Integer r = at.get(rowIds[i]);
            if (r == null) {
                throw new IllegalStateException("row " + rowIds[i] + " is not a row of " + frame.dataset());
            }
            out[i] = r;
        }
        return out;
    }

    /** The key values of one row, in column order, as a dataset writer takes them. */
    public Object[] row(int row) {
        Object[] out = new Object[columns.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = value(columns.get(k).type(), values.get(k), row);
        }
        return out;
    }

    private static Object value(ColumnType type, FrameColumn column, int row) {
        if (column instanceof FrameColumn.Texts t) {
            return t.values()[row];
        }
        double v = ((FrameColumn.Numbers) column).values()[row];
        if (Double.isNaN(v)) {
            return null;
        }
        return switch (type) {
            case INTEGER -> (long) v;
            case BOOLEAN -> v != 0;
            default -> v;
        };
    }
}
