package io.campaignlab.engine.monitor;

import io.campaignlab.engine.features.BehaviourAggregates;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reference for features that grow with time by construction: the behavioural aggregates ({@code bh_*}, counts
 * of past events, recency, rates smoothed over a growing history). Against all training rows, a later week always
 * shows more past events per user, so these features would alert on a healthy model. They are compared instead with
 * the reference rows of the same time span as the current sample (time-matched): with a random or user split the
 * training rows of the very same days. When the reference holds fewer than {@link #MIN_ROWS} rows in that span (a
 * time split, or a later dataset), the latest reference rows over a span of the same length stand in, the nearest
 * history age the reference has; the row's note says which.
 *
 * @param rows        the matched reference rows (indices into the reference)
 * @param description what they are, for the drift row's note
 */
public record TimeMatchedReference(int[] rows, String description) {

    /** The fewest reference rows in the current span for the span itself to be the reference. */
    public static final int MIN_ROWS = 200;

    private static final long DAY = 86_400_000L;
    private static final char SEPARATOR = '|';
    private static final String MULTI_VALUED = "multi-valued: the single values of the lists compared";

    /** Whether a column grows with time by construction and is compared with a time-matched reference. */
    public static boolean growsWithTime(String column) {
        return BehaviourAggregates.isAggregate(column);
    }

    /**
     * The reference rows matching the current sample's time span; null when either side has no times (then the
     * whole reference is used).
     */
    public static TimeMatchedReference of(long[] referenceTimes, long[] currentTimes) {
        if (referenceTimes == null || currentTimes == null) {
            return null;
        }
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (long t : currentTimes) {
            if (t != FrameColumn.MISSING_TIME) {
                from = Math.min(from, t);
                to = Math.max(to, t);
            }
        }
        if (from > to) {
            return null;
        }
        int[] same = between(referenceTimes, from, to);
        if (same.length >= MIN_ROWS) {
            return new TimeMatchedReference(same, String.format(Locale.ROOT, "time-matched: the %,d reference rows"
                    + " of the same days, as it grows with time by construction", same.length));
        }
        long latest = Long.MIN_VALUE;
        for (long t : referenceTimes) {
            if (t != FrameColumn.MISSING_TIME) {
                latest = Math.max(latest, t);
            }
        }
        long span = Math.max(to - from, DAY - 1);
        int[] last = between(referenceTimes, latest - span, latest);
        return new TimeMatchedReference(last, String.format(Locale.ROOT, "time-matched: the reference's latest %,d"
                + " rows over %.0f days (the reference has fewer than %d rows in the current days), as it grows with"
                + " time by construction", last.length, Math.ceil(span / (double) DAY), MIN_ROWS));
    }

    /**
     * The drift report of {@code columns}: growing ones against the time-matched reference (when there is one),
     * the others against the whole reference.
     */
    public static DriftReport compare(Frame reference, long[] referenceTimes, Frame current, long[] currentTimes,
                                      List<String> columns, DriftSettings settings) {
        List<String> plain = columns.stream().filter(c -> !growsWithTime(c)).toList();
        List<String> growing = columns.stream().filter(TimeMatchedReference::growsWithTime).toList();
        TimeMatchedReference matched = growing.isEmpty() ? null : of(referenceTimes, currentTimes);
        if (matched == null || matched.rows().length == 0) {
            return DriftReporter.compare(reference, current, columns, settings);
        }
        List<ColumnDrift> rows = new ArrayList<>(DriftReporter.compare(reference, current, plain, settings).rows());
        Frame matchedFrame = reference.select(matched.rows());
        for (String column : growing) {
            ColumnDrift row = multiValued(matchedFrame, current, column)
                    ? DriftReporter.categorical(column, tokens(matchedFrame.texts(column)),
                            tokens(current.texts(column)), settings)
                    : DriftReporter.compare(matchedFrame, current, List.of(column), settings).rows().get(0);
            rows.add(withNote(row, multiValued(matchedFrame, current, column) ? MULTI_VALUED + "; "
                    + matched.description() : matched.description()));
        }
        return DriftReporter.report(rows, reference.rows(), current.rows(), settings);
    }

    /**
     * Whether a text column holds {@code |}-joined lists (such as the user's last categories): then the joined
     * strings are nearly unique per row, and a distance between two samples of them measures sampling noise, so the
     * single values are compared instead, as the pipeline reads them.
     */
    static boolean multiValued(Frame reference, Frame current, String column) {
        if (!(reference.column(column) instanceof FrameColumn.Texts t)) {
            return false;
        }
        for (String v : t.values()) {
            if (v != null && v.indexOf(SEPARATOR) >= 0) {
                return true;
            }
        }
        return current.column(column) instanceof FrameColumn.Texts c
                && java.util.Arrays.stream(c.values()).anyMatch(v -> v != null && v.indexOf(SEPARATOR) >= 0);
    }

    /** Every single value of {@code |}-joined lists, nulls (no history) kept once per row. */
    static String[] tokens(String[] values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v == null) {
                out.add(null);
            } else {
                for (String token : v.split("\\|", -1)) {
                    out.add(token);
                }
            }
        }
        return out.toArray(String[]::new);
    }

    private static ColumnDrift withNote(ColumnDrift r, String note) {
        String joined = r.note().isEmpty() ? note : r.note() + "; " + note;
        return new ColumnDrift(r.feature(), r.column(), r.kind(), r.test(), r.statistic(), r.pValue(),
                r.threshold(), r.psi(), r.jensenShannon(), r.score(), r.status(), joined, r.referenceCount(),
                r.currentCount(), r.referenceMissing(), r.currentMissing(), r.distribution());
    }

    private static int[] between(long[] times, long from, long to) {
        int n = 0;
        for (long t : times) {
            if (t != FrameColumn.MISSING_TIME && t >= from && t <= to) {
                n++;
            }
        }
        int[] rows = new int[n];
        int k = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] != FrameColumn.MISSING_TIME && times[i] >= from && times[i] <= to) {
                rows[k++] = i;
            }
        }
        return rows;
    }
}
