package io.campaignlab.engine.explain;

import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FittedField;
import io.campaignlab.engine.features.FittedFields;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Values as text for people: a field's embedding row as a label ({@code mobile}, {@code [3, 5)}, {@code Monday}), and a
 * player's value in one row as {@code device = mobile}, read from the raw frame row where there is one and decoded
 * from the encoding otherwise.
 */
public final class ValueText {

    static final String MISSING = "(missing)";
    static final String UNSEEN = "(unseen)";
    /** How many fields of a grouped player are spelled out before the rest is counted. */
    static final int SHOWN_FIELDS = 3;

    private ValueText() {
    }

    /** A number with at most four significant digits; integers in full. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return MISSING;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** The meaning of a field's local embedding row (0 = missing). */
    public static String label(FittedField field, int local) {
        if (local == 0) {
            return field instanceof FittedFields.MultiVocabulary ? "(none)" : MISSING;
        }
        if (field instanceof FittedFields.Vocabulary v) {
            return local == 1 ? UNSEEN : v.values().get(local - 2);
        }
        if (field instanceof FittedFields.MultiVocabulary m) {
            return local == 1 ? UNSEEN : m.values().get(local - 2);
        }
        if (field instanceof FittedFields.Hashed) {
            return "bucket " + (local - 1);
        }
        if (field instanceof FittedFields.Scaled s) {
            return s.log() ? "log1p value, per sd" : "value, per sd";
        }
        if (field instanceof FittedFields.Buckets b) {
            double[] edges = b.edges();
            int bucket = local - 1;
            if (edges.length == 0) {
                return "any value";
            }
            if (bucket == 0) {
                return "< " + number(edges[0]);
            }
            if (bucket == edges.length) {
                return "≥ " + number(edges[edges.length - 1]);
            }
            return "[" + number(edges[bucket - 1]) + ", " + number(edges[bucket]) + ")";
        }
        if (field instanceof FittedFields.LogSquared l) {
            return local == 1 ? UNSEEN : logSquared(l.values().get(local - 2));
        }
        if (field instanceof FittedFields.HourOfDay) {
            return String.format(Locale.ROOT, "%02d:00", local - 1);
        }
        if (field instanceof FittedFields.DayOfWeek) {
            return java.time.DayOfWeek.of(local).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        throw new IllegalArgumentException("unknown field kind " + field.getClass().getSimpleName());
    }

    /** A {@link FittedFields.LogSquared} category in words: {@code x = 1}, or {@code ⌊ln² x⌋ = 5}. */
    static String logSquared(String category) {
        if (category.startsWith(FittedFields.LogSquared.LOG_PREFIX)) {
            return "⌊ln² x⌋ = " + category.substring(FittedFields.LogSquared.LOG_PREFIX.length());
        }
        return "x = " + category.substring(FittedFields.LogSquared.VALUE_PREFIX.length());
    }

    /** A field's value in one encoded row, decoded: the label of its row, or for a scaled number the number. */
    static String fieldValue(FeaturePipeline pipeline, int f, EncodedRows rows, int row) {
        FittedField field = pipeline.fields().get(f);
        int at = row * rows.slots() + pipeline.firstSlot(f);
        int local = rows.indices()[at] - pipeline.offset(f);
        if (field instanceof FittedFields.Scaled s && local == 1) {
            double t = rows.values()[at] * s.sd() + s.mean();
            return number(s.log() ? Math.expm1(t) : t);
        }
        if (field instanceof FittedFields.MultiVocabulary) {
            List<String> parts = new ArrayList<>();
            for (int s = 0; s < field.slots(); s++) {
                int l = rows.indices()[at + s] - pipeline.offset(f);
                if (rows.values()[at + s] != 0 && l != 0) {
                    parts.add(label(field, l));
                }
            }
            return parts.isEmpty() ? label(field, 0) : String.join("|", parts);
        }
        return label(field, local);
    }

    /** A field's value in one raw frame row: the column's value, or the hour or weekday of a time. */
    static String fieldValue(FittedField field, Frame frame, int row) {
        FrameColumn column = frame.column(field.column());
        if (column instanceof FrameColumn.Times t) {
            long millis = t.epochMillis()[row];
            if (millis == FrameColumn.MISSING_TIME) {
                return MISSING;
            }
            var at = Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
            if (field instanceof FittedFields.HourOfDay) {
                return label(field, 1 + at.getHour());
            }
            if (field instanceof FittedFields.DayOfWeek) {
                return label(field, at.getDayOfWeek().getValue());
            }
            return at.toLocalDateTime().toString();
        }
        return raw(column, row);
    }

    /** A raw column value as text, {@value #MISSING} when missing. */
    public static String raw(FrameColumn column, int row) {
        if (column instanceof FrameColumn.Texts t) {
            String v = t.values()[row];
            return v == null ? MISSING : v;
        }
        if (column instanceof FrameColumn.Numbers n) {
            return number(n.values()[row]);
        }
        long millis = ((FrameColumn.Times) column).epochMillis()[row];
        return millis == FrameColumn.MISSING_TIME ? MISSING
                : Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC).toLocalDateTime().toString();
    }

    /** Each player's value in one encoded row, as {@code field = value} (decoded from the encoding). */
    public static List<String> ofPlayers(List<Player> players, FeaturePipeline pipeline, EncodedRows rows, int row) {
        Map<String, Integer> index = fieldIndex(pipeline);
        List<String> out = new ArrayList<>(players.size());
        for (Player player : players) {
            List<String> parts = new ArrayList<>();
            for (String name : player.fields()) {
                parts.add(name + " = " + fieldValue(pipeline, index.get(name), rows, row));
            }
            out.add(join(parts));
        }
        return out;
    }

    /** Each player's value in one raw frame row, as {@code field = value}. */
    public static List<String> ofPlayers(List<Player> players, FeaturePipeline pipeline, Frame frame, int row) {
        Map<String, Integer> index = fieldIndex(pipeline);
        List<String> out = new ArrayList<>(players.size());
        for (Player player : players) {
            List<String> parts = new ArrayList<>();
            for (String name : player.fields()) {
                parts.add(name + " = " + fieldValue(pipeline.fields().get(index.get(name)), frame, row));
            }
            out.add(join(parts));
        }
        return out;
    }

    private static String join(List<String> parts) {
        if (parts.size() <= SHOWN_FIELDS + 1) {
            return String.join(", ", parts);
        }
        return String.join(", ", parts.subList(0, SHOWN_FIELDS)) + ", … (+" + (parts.size() - SHOWN_FIELDS)
                + " more)";
    }

    private static Map<String, Integer> fieldIndex(FeaturePipeline pipeline) {
        Map<String, Integer> index = new HashMap<>();
        for (int f = 0; f < pipeline.fieldCount(); f++) {
            index.put(pipeline.fields().get(f).name(), f);
        }
        return index;
    }
}
