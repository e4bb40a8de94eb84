package io.campaignlab.engine.monitor;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Compares a reference frame (for example the rows a model was trained on) with a current one (a later date range,
 * or another dataset) column by column, and a model's reference scores with its current ones.
 *
 * <ul>
 *   <li>Numeric columns: two-sample KS for a reference of at most 1,000 values, else the Wasserstein distance over
 *       the reference's standard deviation; PSI and the Jensen–Shannon distance over the reference's deciles. A
 *       column with at most 5 distinct values (both samples together) is compared as categories.</li>
 *   <li>Text and category columns: χ² of the current counts against the reference shares for a small reference,
 *       else the Jensen–Shannon distance; PSI per category.</li>
 *   <li>Time columns: two rows, {@code <column>_hour} (hour of day) and {@code <column>_weekday} (day of week),
 *       each compared as a category, as a model's pipeline reads a time. The raw instants are not compared: a later
 *       window always lies later, which is no news. Weekday drift is real when the two windows cover the weekdays
 *       unevenly (a reference of whole weeks against a current Monday to Wednesday); compare whole weeks, or read
 *       that row with this in mind.</li>
 * </ul>
 * Missing values (NaN, null, a missing time) are left out of every statistic and counted in the row. Thresholds,
 * warnings and bins are those of {@link DriftSettings}; rows come most drifted first (see {@link DriftReport}).
 */
public final class DriftReporter {

    /** The feature name of a model score's row from {@link #scores(double[], double[])}. */
    public static final String SCORE = "score";

    private static final Comparator<ColumnDrift> MOST_DRIFTED_FIRST = Comparator
            .comparingInt((ColumnDrift r) -> r.status().ordinal())
            .thenComparing((a, b) -> Double.compare(b.score(), a.score()))
            .thenComparing((a, b) -> Double.compare(b.psi(), a.psi()))
            .thenComparing(ColumnDrift::feature);

    private DriftReporter() {
    }

    /** {@link #compare(Frame, Frame, List, DriftSettings)} with the default settings. */
    public static DriftReport compare(Frame reference, Frame current, List<String> columns) {
        return compare(reference, current, columns, DriftSettings.defaults());
    }

    /**
     * The drift of the given columns, which both frames must hold with the same type.
     *
     * @throws java.util.NoSuchElementException naming a column a frame lacks
     * @throws IllegalArgumentException         when a column's type differs between the frames
     */
    public static DriftReport compare(Frame reference, Frame current, List<String> columns,
                                      DriftSettings settings) {
        Objects.requireNonNull(settings, "settings");
        List<ColumnDrift> rows = new ArrayList<>();
        for (String name : new LinkedHashSet<>(columns)) {
            FrameColumn ref = reference.column(name);
            FrameColumn cur = current.column(name);
            if (ref.getClass() != cur.getClass()) {
                throw new IllegalArgumentException("column '" + name + "' is " + type(ref) + " in the reference but "
                        + type(cur) + " in the current sample");
            }
            if (ref instanceof FrameColumn.Numbers n) {
                rows.add(ColumnDrifts.numeric(name, name, n.values(), ((FrameColumn.Numbers) cur).values(),
                        settings));
            } else if (ref instanceof FrameColumn.Texts t) {
                rows.add(ColumnDrifts.categorical(name, name, t.values(), ((FrameColumn.Texts) cur).values(),
                        settings));
            } else if (ref instanceof FrameColumn.Times t) {
                rows.addAll(ColumnDrifts.time(name, t.epochMillis(), ((FrameColumn.Times) cur).epochMillis(),
                        settings));
            }
        }
        return report(rows, reference.rows(), current.rows(), settings);
    }

    /** Sorts rows most drifted first into a report. */
    public static DriftReport report(List<ColumnDrift> rows, int referenceRows, int currentRows,
                                     DriftSettings settings) {
        List<ColumnDrift> sorted = new ArrayList<>(rows);
        sorted.sort(MOST_DRIFTED_FIRST);
        return new DriftReport(sorted, referenceRows, currentRows, settings);
    }

    /** The drift of a model's scores (or any numbers), as a numeric feature named {@value #SCORE}. */
    public static ColumnDrift scores(double[] reference, double[] current) {
        return scores(reference, current, DriftSettings.defaults());
    }

    /** {@link #scores(double[], double[])} with the given settings. */
    public static ColumnDrift scores(double[] reference, double[] current, DriftSettings settings) {
        return numeric(SCORE, reference, current, settings);
    }

    /** The drift of one numeric feature. */
    public static ColumnDrift numeric(String feature, double[] reference, double[] current, DriftSettings settings) {
        return ColumnDrifts.numeric(feature, feature, reference, current, settings);
    }

    /** The drift of one categorical feature; null values are missing. */
    public static ColumnDrift categorical(String feature, String[] reference, String[] current,
                                          DriftSettings settings) {
        return ColumnDrifts.categorical(feature, feature, reference, current, settings);
    }

    /** The hour-of-day and day-of-week drift of one time column (epoch millis, UTC of the stored local time). */
    public static List<ColumnDrift> time(String column, long[] reference, long[] current, DriftSettings settings) {
        return ColumnDrifts.time(column, reference, current, settings);
    }

    private static String type(FrameColumn column) {
        return column instanceof FrameColumn.Numbers ? "numeric" : column instanceof FrameColumn.Texts ? "text"
                : "a time";
    }
}
