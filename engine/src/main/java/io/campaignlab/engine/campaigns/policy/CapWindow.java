package io.campaignlab.engine.campaigns.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar window a frequency cap counts in: a day, or an ISO week (Monday to Sunday), in a time zone. */
public enum CapWindow {
    DAY, WEEK;

    /** 1970-01-01 was a Thursday: adding 3 days puts each Monday at a multiple of 7. */
    private static final int THURSDAY_TO_MONDAY = 3;

    /** A number for the window holding {@code instant}; consecutive windows have consecutive numbers. */
    public long index(Instant instant, ZoneId zone) {
        long day = LocalDate.ofInstant(instant, zone).toEpochDay();
        return this == DAY ? day : Math.floorDiv(day + THURSDAY_TO_MONDAY, 7);
    }
}
