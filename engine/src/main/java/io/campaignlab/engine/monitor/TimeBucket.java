package io.campaignlab.engine.monitor;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** How {@link PerformanceOverTime} groups rows by time, in UTC of the stored local time. */
public enum TimeBucket {
    /** Calendar days, labelled {@code 2026-01-05}. */
    DAY,
    /** ISO weeks from Monday 00:00, labelled {@code 2026-W02}. */
    ISO_WEEK;

    static final long MILLIS_PER_DAY = 86_400_000L;

    /** The bucket key of an instant: the epoch day, or the number of Mondays since the epoch's week. */
    long key(long epochMillis) {
        long day = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        // 1970-01-01, epoch day 0, was a Thursday: day + 3 counts from the Monday before it
        return this == DAY ? day : Math.floorDiv(day + 3, 7);
    }

    /** The first epoch day of a bucket. */
    long firstDay(long key) {
        return this == DAY ? key : key * 7 - 3;
    }

    /** Days in a bucket. */
    int days() {
        return this == DAY ? 1 : 7;
    }

    String label(long key) {
        LocalDate first = LocalDate.ofEpochDay(firstDay(key));
        return this == DAY ? first.toString() : String.format(Locale.ROOT, "%d-W%02d",
                first.get(IsoFields.WEEK_BASED_YEAR), first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
