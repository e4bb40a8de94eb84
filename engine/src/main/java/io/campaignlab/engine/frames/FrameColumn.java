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
