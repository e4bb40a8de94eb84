package io.campaignlab.engine.features;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.campaignlab.engine.frames.FrameColumn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/** The fitted field kinds. Each is a record, saved as JSON with the model. */
public final class FittedFields {

    static final int MISSING = 0;
    static final int OOV = 1;

    /** Each kept value's local row: 2, 3, ... in order, after the missing (0) and OOV (1) rows. */
    static Map<String, Integer> localIndex(List<String> values) {
        Map<String, Integer> lookup = new HashMap<>(values.size() * 2);
        for (int i = 0; i < values.size(); i++) {
            lookup.put(values.get(i), i + 2);
        }
        return lookup;
    }

    private FittedFields() {
    }

    /** A categorical value as text: numbers print as integers when integral, so 3.0 and "3" are one value. */
    static String text(FrameColumn column, int row) {
        if (column instanceof FrameColumn.Texts t) {
            return t.values()[row];
        }
        if (column instanceof FrameColumn.Numbers n) {
            double v = n.values()[row];
            if (Double.isNaN(v)) {
                return null;
            }
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        long t = ((FrameColumn.Times) column).epochMillis()[row];
        return t == FrameColumn.MISSING_TIME ? null : Long.toString(t);
    }

    static double number(FrameColumn column, int row, String field) {
        if (column instanceof FrameColumn.Numbers n) {
            return n.values()[row];
        }
        throw new IllegalArgumentException("field " + field + " is numeric but column " + column.name()
                + " holds " + (column instanceof FrameColumn.Texts ? "text" : "times")
                + "; make it categorical instead");
    }

    static long time(FrameColumn column, int row, String field) {
        if (column instanceof FrameColumn.Times t) {
            return t.epochMillis()[row];
        }
        throw new IllegalArgumentException("field " + field + " reads times but column " + column.name()
                + " does not hold times");
    }

    /**
     * One slot per row for a time field: local row 0 where the time is missing, else 1 + the bucket of its epoch
     * milliseconds (the hour of day, the day of week).
     */
    private static void putTimeBuckets(FrameColumn col, String name, int offset, int firstSlot, int totalSlots,
                                       int[] indices, float[] out, LongUnaryOperator bucket) {
        for (int r = 0; r < col.size(); r++) {
            long t = time(col, r, name);
            int local = t == FrameColumn.MISSING_TIME ? MISSING : 1 + (int) bucket.applyAsLong(t);
            put(r, firstSlot, totalSlots, offset + local, 1f, indices, out);
        }
    }

    private static void put(int row, int slot, int totalSlots, int index, float value, int[] indices,
                            float[] values) {
        int at = row * totalSlots + slot;
        indices[at] = index;
        values[at] = value;
    }

    /**
     * Values seen at least min-count times in training, most frequent first. Local rows: 0 missing, 1 OOV, then
     * {@code values} in order.
     */
    public record Vocabulary(String name, String column, List<String> values) implements FittedField {

        public Vocabulary {
            values = List.copyOf(values);
        }

        @Override
        public int size() {
            return values.size() + 2;
        }

        @JsonIgnore
        Map<String, Integer> lookup() {
            return localIndex(values);
        }

        @Override
        public void encode(FrameColumn col, int offset, int firstSlot, int totalSlots, int[] indices,
                           float[] out) {
            Map<String, Integer> lookup = lookup();
            for (int r = 0; r < col.size(); r++) {
                String v = text(col, r);
                int local = v == null ? MISSING : lookup.getOrDefault(v, OOV);
                put(r, firstSlot, totalSlots, offset + local, 1f, indices, out);
            }
        }
    }

    /** Values hashed into buckets (stable 64-bit FNV-1a, then mixed). Local rows: 0 missing, 1.. buckets. */
    public record Hashed(String name, String column, int buckets) implements FittedField {

        @Override
        public int size() {
            return buckets + 1;
        }

        static int bucket(String value, int buckets) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < value.length(); i++) {
                h ^= value.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            return (int) Math.floorMod(h, (long) buckets);
        }

        @Override
        public void encode(FrameColumn col, int offset, int firstSlot, int totalSlots, int[] indices,
                           float[] out) {
            Map<String, Integer> cache = new HashMap<>();
            for (int r = 0; r < col.size(); r++) {
                String v = text(col, r);
                int local = v == null ? MISSING : 1 + cache.computeIfAbsent(v, s -> bucket(s, buckets));
                put(r, firstSlot, totalSlots, offset + local, 1f, indices, out);
            }
        }
    }

    /**
     * A number standardized with training mean and sd (after log1p(max(x, 0)) when {@code log}). Local rows:
     * 0 missing (value 1), 1 the number (value z, clipped to ±{@link #CLIP}).
     */
    public record Scaled(String name, String column, boolean log, double mean, double sd) implements FittedField {

        static final double CLIP = 10;

        @Override
        public int size() {
            return 2;
        }

        static double transform(double x, boolean log) {
            return log ? Math.log1p(Math.max(x, 0)) : x;
        }

        @Override
        public void encode(FrameColumn col, int offset, int firstSlot, int totalSlots, int[] indices,
                           float[] out) {
            for (int r = 0; r < col.size(); r++) {
                double x = number(col, r, name);
                if (Double.isNaN(x)) {
                    put(r, firstSlot, totalSlots, offset + MISSING, 1f, indices, out);
                } else {
                    double z = (transform(x, log) - mean) / sd;
                    put(r, firstSlot, totalSlots, offset + 1, (float) Math.max(-CLIP, Math.min(CLIP, z)), indices,
                            out);
                }
            }
        }
    }

    /**
     * A number cut at training quantiles. Local rows: 0 missing, then 1 + the count of edges at or below the value
     * (x &lt; edges[0] is row 1).
     */
    public record Buckets(String name, String column, double[] edges) implements FittedField {

        @Override
        public int size() {
            return edges.length + 2;
        }

        static int bucketOf(double x, double[] edges) {
            int lo = 0;
            int hi = edges.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (edges[mid] <= x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        @Override
        public void encode(FrameColumn col, int offset, int firstSlot, int totalSlots, int[] indices,
                           float[] out) {
            for (int r = 0; r < col.size(); r++) {
                double x = number(col, r, name);
                int local = Double.isNaN(x) ? MISSING : 1 + bucketOf(x, edges);
                put(r, firstSlot, totalSlots, offset + local, 1f, indices, out);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Buckets b && b.name.equals(name) && b.column.equals(column)
                    && java.util.Arrays.equals(b.edges, edges);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + java.util.Arrays.hashCode(edges);
        }
    }

    /**
     * A count as the Criteo winners' category (see {@link NumericTransform#LOG_SQUARED}): {@link #category} of the
     * value, kept when seen at least min-count times in training, most frequent first. Local rows: 0 missing,
     * 1 OOV (categories rare or unseen in training), then {@code values} in order.
     */
    public record LogSquared(String name, String column, List<String> values) implements FittedField {

        /** Prefix of the categories of values above 2: {@code ln2:k} means ⌊ln(x)²⌋ = k. */
        public static final String LOG_PREFIX = "ln2:";
        /** Prefix of the categories of values 2 and below, kept as themselves: {@code x=1}. */
        public static final String VALUE_PREFIX = "x=";

        public LogSquared {
            values = List.copyOf(values);
        }

        /** The category of a value: {@code ln2:⌊ln(x)²⌋} for x &gt; 2, else {@code x=} the value; null for NaN. */
        public static String category(double x) {
            if (Double.isNaN(x)) {
                return null;
            }
            if (x > 2) {
                double ln = Math.log(x);
                return LOG_PREFIX + (long) Math.floor(ln * ln);
            }
            return VALUE_PREFIX + (x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x)
                    : Double.toString(x));
        }

        @Override
        public int size() {
            return values.size() + 2;
        }

        @Override
        public void encode(FrameColumn col, int offset, int firstSlot, int totalSlots, int[] indices,
                           float[] out) {
            Map<String, Integer> lookup = localIndex(values);
            for (int r = 0; r < col.size(); r++) {
                String category = category(number(col, r, name));
                int local = category == null ? MISSING : lookup.getOrDefault(category, OOV);
                put(r, firstSlot, totalSlots, offset + local, 1f, indices, out);
            }
        }
    }

    /** The UTC hour of day. Local rows: 0 missing, 1..24 hours 0..23. */
    public record HourOfDay(String name, String column) implements FittedField {

        @Override
        public int size() {
            return 25;
        }

        @Override
        public void encode(FrameColumn col, int offset, int firstSlot, int totalSlots, int[] indices,
                           float[] out) {
            putTimeBuckets(col, name, offset, firstSlot, totalSlots, indices, out,
                    t -> Math.floorMod(Math.floorDiv(t, 3_600_000L), 24L));
        }
    }

    /** The day of week. Local rows: 0 missing, 1..7 Monday..Sunday. */
    public record DayOfWeek(String name, String column) implements FittedField {

        @Override
        public int size() {
            return 8;
        }

        @Override
        public void encode(FrameColumn col, int offset, int firstSlot, int totalSlots, int[] indices,
                           float[] out) {
            // 1970-01-01 was a Thursday: day 0 → index 3 with Monday = 0
            putTimeBuckets(col, name, offset, firstSlot, totalSlots, indices, out,
                    t -> Math.floorMod(Math.floorDiv(t, 86_400_000L) + 3, 7L));
        }
    }

    /**
     * A {@code |}-separated list, of which the last {@code maxValues} are kept, each weighted 1/count so that the
     * field's embedding is their mean. Local rows: 0 none (value 1 in the first slot), 1 OOV, 2.. the vocabulary.
     * Unused slots point at row 0 with value 0.
     */
    public record MultiVocabulary(String name, String column, List<String> values, int maxValues)
            implements FittedField {

        public MultiVocabulary {
            values = List.copyOf(values);
        }

        @Override
        public int size() {
            return values.size() + 2;
        }

        @Override
        public int slots() {
            return maxValues;
        }

        static String[] split(String text, int maxValues) {
            if (text == null || text.isEmpty()) {
                return new String[0];
            }
            String[] parts = text.split("\\|", -1);
            if (parts.length <= maxValues) {
                return parts;
            }
            return java.util.Arrays.copyOfRange(parts, parts.length - maxValues, parts.length);
        }

        @Override
        public void encode(FrameColumn col, int offset, int firstSlot, int totalSlots, int[] indices,
                           float[] out) {
            Map<String, Integer> lookup = localIndex(values);
            for (int r = 0; r < col.size(); r++) {
                String[] parts = split(text(col, r), maxValues);
                for (int s = 0; s < maxValues; s++) {
                    if (s < parts.length) {
                        put(r, firstSlot + s, totalSlots, offset + lookup.getOrDefault(parts[s], OOV),
                                1f / parts.length, indices, out);
                    } else {
                        put(r, firstSlot + s, totalSlots, offset + MISSING, parts.length == 0 && s == 0 ? 1f : 0f,
                                indices, out);
                    }
                }
            }
        }
    }
}
