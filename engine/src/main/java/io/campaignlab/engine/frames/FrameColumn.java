package io.campaignlab.engine.frames;

/** One column of a {@link Frame}: numbers, text or times, with a missing marker per type. */
public sealed interface FrameColumn permits FrameColumn.Numbers, FrameColumn.Texts, FrameColumn.Times {

    /** The marker of a missing time in {@link Times}. */
    long MISSING_TIME = Long.MIN_VALUE;

    String name();

    int size();

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
