package io.campaignlab.persistence.frames;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The row ids and column buffers of a frame being read. Rows are either appended in the order they come, the
 * arrays growing by half when full, or placed at {@code _row - firstRow} when the row numbers are known to run
 * without gaps, which lets parallel workers fill disjoint ranges of the same arrays.
 */
final class FrameBuilder {

    /** The most rows a Java array holds. */
    static final int MAX_ROWS = Integer.MAX_VALUE - 8;

    private final String dataset;
    private final ColumnBuffer[] buffers;
    private final long firstRow;
    private final boolean placing;
    private long[] rowIds;
    private int size;

    private FrameBuilder(String dataset, ColumnBuffer[] buffers, int capacity, long firstRow, boolean placing) {
        this.dataset = dataset;
        this.buffers = buffers;
        this.rowIds = new long[capacity];
        this.firstRow = firstRow;
        this.placing = placing;
    }

    /** Rows appended in arrival order, with room for {@code capacity} before the arrays grow. */
    static FrameBuilder appending(String dataset, ColumnBuffer[] buffers, int capacity) {
        return new FrameBuilder(dataset, buffers, capacity, 0, false);
    }

    /** Exactly {@code rows} rows numbered {@code firstRow}, {@code firstRow + 1}, …, each placed by its number. */
    static FrameBuilder placing(String dataset, ColumnBuffer[] buffers, int rows, long firstRow) {
        FrameBuilder builder = new FrameBuilder(dataset, buffers, rows, firstRow, true);
        builder.size = rows;
        return builder;
    }

    /** Stores the current row of {@code rs}, whose first column is {@code _row} and the rest the buffers' columns. */
    void add(ResultSet rs, long rowId) throws SQLException {
        int row;
        if (placing) {
            row = (int) (rowId - firstRow);
        } else {
            if (size == rowIds.length) {
                grow();
            }
            row = size++;
        }
        rowIds[row] = rowId;
        for (int i = 0; i < buffers.length; i++) {
            buffers[i].read(rs, i + 2, row);
        }
    }

    private void grow() {
        if (rowIds.length >= MAX_ROWS) {
            throw new IllegalArgumentException("dataset '" + dataset + "' has more than " + MAX_ROWS
                    + " rows; a frame holds at most " + MAX_ROWS);
        }
        int capacity = (int) Math.min(MAX_ROWS, Math.max(16, rowIds.length + (long) rowIds.length / 2));
        rowIds = Arrays.copyOf(rowIds, capacity);
        for (ColumnBuffer buffer : buffers) {
            buffer.grow(capacity);
        }
    }

    int rows() {
        return size;
    }

    /** The frame of the rows added, trimmed to their number. */
    Frame build() {
        List<FrameColumn> columns = new ArrayList<>(buffers.length);
        for (ColumnBuffer buffer : buffers) {
            columns.add(buffer.finish(size));
        }
        return Frame.of(dataset, size == rowIds.length ? rowIds : Arrays.copyOf(rowIds, size), columns);
    }
}
