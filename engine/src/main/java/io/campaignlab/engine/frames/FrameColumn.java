package io.campaignlab.engine.frames;

/** One column of a {@link Frame}: numbers, text or times, with a missing marker per type. */
public sealed interface FrameColumn permits FrameColumn.Numbers, FrameColumn.Texts, FrameColumn.Times {

    /** The marker of a missing time in {@link Times}. */
    long MISSING_TIME = Long.MIN_VALUE;

    String name();

    int size();

    /**
     * The values as labels (arm names, ids): text as is, whole numbers without a decimal point (an arm coded 1 reads
     * "1"), other numbers as Java prints them; null when missing. Times are refused, naming the column.
     */
    default String[] asLabels() {
        if (this instanceof Texts t) {
            return t.values();
        }
        if (this instanceof Numbers n) {
            String[] out = new String[n.size()];
            for (int i = 0; i < out.length; i++) {
                double v = n.values()[i];
                out[i] = Double.isNaN(v) ? null : v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                        : Double.toString(v);
            }
            return out;
        }
        throw new IllegalArgumentException("column '" + name() + "' holds times; it cannot hold labels or ids");
    }

    /**
     * The columns' values one after another, under the first column's name.
     *
     * @param rows their total size
     * @throws IllegalArgumentException when the columns hold different kinds of values, naming the column
     */
    static FrameColumn concat(java.util.List<FrameColumn> columns, int rows) {
        FrameColumn first = columns.get(0);
        for (FrameColumn column : columns) {
            if (column.getClass() != first.getClass()) {
                throw new IllegalArgumentException("column " + first.name() + " holds " + kind(first)
                        + " in one dataset and " + kind(column) + " in another");
            }
        }
        int at = 0;
        Object out = first instanceof Numbers ? new double[rows] : first instanceof Texts ? new String[rows]
                : new long[rows];
        for (FrameColumn column : columns) {
            Object values = column instanceof Numbers n ? n.values() : column instanceof Texts t ? t.values()
                    : ((Times) column).epochMillis();
            System.arraycopy(values, 0, out, at, column.size());
            at += column.size();
        }
        if (first instanceof Numbers) {
            return new Numbers(first.name(), (double[]) out);
        }
        return first instanceof Texts ? new Texts(first.name(), (String[]) out)
                : new Times(first.name(), (long[]) out);
    }

    private static String kind(FrameColumn column) {
        return column instanceof Numbers ? "numbers" : column instanceof Texts ? "text" : "times";
    }

    /** Integers, decimals and booleans (1/0); {@code NaN} when missing. */
    record Numbers(String name, double[] values) implements FrameColumn {
        @Override
        public int size() {
            return values.length;
        }
    }

    /** Categories and free text; {@code null} when missing. */
    record Texts(String name, String[] values) implements FrameColumn {
        @Override
        public int size() {
            return values.length;
        }
    }

    /** Times as epoch milliseconds in UTC of the stored local time; {@link #MISSING_TIME} when missing. */
    record Times(String name, long[] epochMillis) implements FrameColumn {
        @Override
        public int size() {
            return epochMillis.length;
        }
    }
}
