package io.campaignlab.persistence.frames;

import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.frames.FrameColumn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A growable primitive array that collects one result-set column row by row and becomes a {@link FrameColumn}.
 * Every buffer of a read shares one capacity, grown together by the reader. Parallel workers may fill different rows
 * of one buffer at once; the reader joins them before {@link #finish}.
 */
abstract sealed class ColumnBuffer {

    final String name;

    private ColumnBuffer(String name) {
        this.name = name;
    }

    /** A buffer for a column of this type, starting with room for {@code capacity} rows. */
    static ColumnBuffer of(String name, ColumnType type, int capacity) {
        return switch (type) {
            case INTEGER -> new Integers(name, capacity);
            case DECIMAL -> new Decimals(name, capacity);
            case BOOLEAN -> new Booleans(name, capacity);
            case CATEGORY, TEXT -> new Texts(name, capacity);
            case TIMESTAMP -> new Times(name, capacity);
        };
    }

    /** Stores the value at {@code index} of the current row of {@code rs} as row {@code row}. */
    abstract void read(ResultSet rs, int index, int row) throws SQLException;

    /** Makes room for {@code capacity} rows, keeping those read. */
    abstract void grow(int capacity);

    /** The column of the first {@code rows} rows. */
    abstract FrameColumn finish(int rows);

    /** Integers, decimals and booleans share one array of doubles, NaN where missing. */
    private abstract static sealed class Doubles extends ColumnBuffer {
        double[] values;

        Doubles(String name, int capacity) {
            super(name);
            values = new double[capacity];
        }

        @Override
        final void grow(int capacity) {
            values = Arrays.copyOf(values, capacity);
        }

        @Override
        final FrameColumn finish(int rows) {
            return new FrameColumn.Numbers(name, rows == values.length ? values : Arrays.copyOf(values, rows));
        }
    }

    private static final class Integers extends Doubles {
        Integers(String name, int capacity) {
            super(name, capacity);
        }

        @Override
        void read(ResultSet rs, int index, int row) throws SQLException {
            long v = rs.getLong(index);
            values[row] = rs.wasNull() ? Double.NaN : v;
        }
    }

    private static final class Decimals extends Doubles {
        Decimals(String name, int capacity) {
            super(name, capacity);
        }

        @Override
        void read(ResultSet rs, int index, int row) throws SQLException {
            double v = rs.getDouble(index);
            values[row] = rs.wasNull() ? Double.NaN : v;
        }
    }

    private static final class Booleans extends Doubles {
        Booleans(String name, int capacity) {
            super(name, capacity);
        }

        @Override
        void read(ResultSet rs, int index, int row) throws SQLException {
            boolean v = rs.getBoolean(index);
            values[row] = rs.wasNull() ? Double.NaN : v ? 1.0 : 0.0;
        }
    }

    /**
     * Text with repeated values sharing one {@code String}: a category of ten values over millions of rows holds
     * ten strings. The map is safe for the reader's parallel workers, and stops taking new values past
     * {@value #MAX_SHARED} of them, so a mostly unique column costs a bounded map (values seen before then are
     * still shared).
     */
    private static final class Texts extends ColumnBuffer {
        static final int MAX_SHARED = 1 << 17;

        String[] values;
        final ConcurrentHashMap<String, String> shared = new ConcurrentHashMap<>();
        volatile boolean full;

        Texts(String name, int capacity) {
            super(name);
            values = new String[capacity];
        }

        @Override
        void read(ResultSet rs, int index, int row) throws SQLException {
            String v = rs.getString(index);
            if (v != null) {
                String earlier = shared.get(v);
                if (earlier != null) {
                    v = earlier;
                } else if (!full) {
                    earlier = shared.putIfAbsent(v, v);
                    v = earlier == null ? v : earlier;
                    full = shared.size() >= MAX_SHARED;
                }
            }
            values[row] = v;
        }

        @Override
        void grow(int capacity) {
            values = Arrays.copyOf(values, capacity);
        }

        @Override
        FrameColumn finish(int rows) {
            shared.clear();
            return new FrameColumn.Texts(name, rows == values.length ? values : Arrays.copyOf(values, rows));
        }
    }

    /** Stored local times read as UTC, to epoch milliseconds; {@link FrameColumn#MISSING_TIME} where missing. */
    private static final class Times extends ColumnBuffer {
        long[] millis;

        Times(String name, int capacity) {
            super(name);
            millis = new long[capacity];
        }

        @Override
        void read(ResultSet rs, int index, int row) throws SQLException {
            LocalDateTime v = rs.getObject(index, LocalDateTime.class);
            millis[row] = v == null ? FrameColumn.MISSING_TIME : epochMillis(v);
        }

        /** Floors sub-millisecond parts, as {@code Instant.toEpochMilli} does; the nano part is never negative. */
        static long epochMillis(LocalDateTime time) {
            return time.toEpochSecond(ZoneOffset.UTC) * 1000L + time.getNano() / 1_000_000;
        }

        @Override
        void grow(int capacity) {
            millis = Arrays.copyOf(millis, capacity);
        }

        @Override
        FrameColumn finish(int rows) {
            return new FrameColumn.Times(name, rows == millis.length ? millis : Arrays.copyOf(millis, rows));
        }
    }
}
