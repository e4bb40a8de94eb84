package io.campaignlab.engine.frames;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Columns of one dataset held in memory, row-aligned, with each row's stable {@code _row} id.
 *
 * @param dataset the dataset's name
 * @param rowIds  the {@code _row} id of every row, in the order of the columns
 * @param columns the columns by name, in the order they were asked for
 */
public record Frame(String dataset, long[] rowIds, Map<String, FrameColumn> columns) {

    public Frame {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        for (FrameColumn column : columns.values()) {
            if (column.size() != rowIds.length) {
                throw new IllegalArgumentException("column " + column.name() + " has " + column.size()
                        + " rows, the frame " + rowIds.length);
            }
        }
    }

    public static Frame of(String dataset, long[] rowIds, List<FrameColumn> columns) {
        Map<String, FrameColumn> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.put(c.name(), c));
        return new Frame(dataset, rowIds, byName);
    }

    /**
     * The frames' rows one after another, under one dataset name, with the columns every frame has (in the first
     * frame's order); each row keeps its own {@code _row} id, so ids repeat across frames.
     *
     * @throws IllegalArgumentException when a shared column holds different kinds of values in two frames
     */
    public static Frame concat(String dataset, List<Frame> frames) {
        int rows = frames.stream().mapToInt(Frame::rows).sum();
        long[] ids = new long[rows];
        int at = 0;
        for (Frame frame : frames) {
            System.arraycopy(frame.rowIds(), 0, ids, at, frame.rows());
            at += frame.rows();
        }
        List<FrameColumn> out = new java.util.ArrayList<>();
        for (String name : frames.get(0).columns().keySet()) {
            if (frames.stream().allMatch(f -> f.has(name))) {
                out.add(FrameColumn.concat(frames.stream().map(f -> f.column(name)).toList(), rows));
            }
        }
        return of(dataset, ids, out);
    }

    public int rows() {
        return rowIds.length;
    }

    public boolean has(String name) {
        return columns.containsKey(name);
    }

    public FrameColumn column(String name) {
        FrameColumn column = columns.get(name);
        if (column == null) {
            throw new NoSuchElementException("dataset " + dataset + " has no column '" + name + "'");
        }
        return column;
    }

    public double[] numbers(String name) {
        if (column(name) instanceof FrameColumn.Numbers n) {
            return n.values();
        }
        throw new IllegalArgumentException("column '" + name + "' of " + dataset + " is not numeric");
    }

    public String[] texts(String name) {
        if (column(name) instanceof FrameColumn.Texts t) {
            return t.values();
        }
        throw new IllegalArgumentException("column '" + name + "' of " + dataset + " is not text");
    }

    public long[] times(String name) {
        if (column(name) instanceof FrameColumn.Times t) {
            return t.epochMillis();
        }
        throw new IllegalArgumentException("column '" + name + "' of " + dataset + " is not a time");
    }

    /** The given rows, in the given order (repeats allowed), as a new frame. */
    public Frame select(int[] rows) {
        long[] ids = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ids[i] = rowIds[rows[i]];
        }
        Map<String, FrameColumn> picked = new LinkedHashMap<>();
        for (FrameColumn column : columns.values()) {
            picked.put(column.name(), selectRows(column, rows));
        }
        return new Frame(dataset, ids, picked);
    }

    private static FrameColumn selectRows(FrameColumn column, int[] rows) {
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
        FrameColumn.Times t = (FrameColumn.Times) column;
        long[] v = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            v[i] = t.epochMillis()[rows[i]];
        }
        return new FrameColumn.Times(t.name(), v);
    }
}
