package io.campaignlab.engine.explain;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.util.ArrayList;
import java.util.List;

/** Frames cut to some rows, or with one column replaced, for re-encoding edited rows. */
public final class FrameRows {

    private FrameRows() {
    }

    /** The given rows of a frame, in the given order, with every column. */
    public static Frame select(Frame frame, int[] rows) {
        long[] ids = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ids[i] = frame.rowIds()[rows[i]];
        }
        List<FrameColumn> columns = new ArrayList<>();
        for (FrameColumn column : frame.columns().values()) {
            columns.add(select(column, rows));
        }
        return Frame.of(frame.dataset(), ids, columns);
    }

    static FrameColumn select(FrameColumn column, int[] rows) {
        if (column instanceof FrameColumn.Numbers n) {
            double[] v = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                v[i] = n.values()[rows[i]];
            }
            return new FrameColumn.Numbers(n.name(), v);
        }
        if (column instanceof FrameColumn.Texts t) {
            String[] v = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                v[i] = t.values()[rows[i]];
            }
            return new FrameColumn.Texts(t.name(), v);
        }
        long[] times = ((FrameColumn.Times) column).epochMillis();
        long[] v = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            v[i] = times[rows[i]];
        }
        return new FrameColumn.Times(column.name(), v);
    }

    /** The frame with one column replaced (same name, same row count). */
    public static Frame replace(Frame frame, FrameColumn column) {
        if (!frame.has(column.name())) {
            throw new IllegalArgumentException("frame " + frame.dataset() + " has no column " + column.name());
        }
        List<FrameColumn> columns = new ArrayList<>();
        for (FrameColumn c : frame.columns().values()) {
            columns.add(c.name().equals(column.name()) ? column : c);
        }
        return Frame.of(frame.dataset(), frame.rowIds(), columns);
    }
}
