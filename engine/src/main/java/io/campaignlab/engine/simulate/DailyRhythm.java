package io.campaignlab.engine.simulate;

import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * When shoppers are online: an hour-of-day profile with a quiet night, a lunchtime bump and an evening peak
 * around 20:00, the same on every day of the simulated window.
 */
final class DailyRhythm {

    private static final double[] HOUR_WEIGHTS = {
            0.8, 0.5, 0.3, 0.25, 0.25, 0.4, 0.9, 1.8, 2.6, 3.0, 3.2, 3.5,
            4.2, 4.0, 3.4, 3.2, 3.3, 3.8, 4.4, 5.2, 5.6, 5.0, 3.6, 1.9};
    private static final double[] HOUR_CUMULATIVE = Sampling.cumulative(HOUR_WEIGHTS);
    private static final long SECONDS_PER_HOUR = 3_600;
    private static final long SECONDS_PER_DAY = 86_400;

    private final LocalDateTime start;
    private final int days;

    DailyRhythm(LocalDateTime start, int days) {
        this.start = start;
        this.days = days;
    }

    /** Seconds after the window's start of a random moment: a uniform day, an hour from the profile. */
    long randomOffset(SplittableRandom rng) {
        long day = rng.nextInt(days);
        long hour = Sampling.pick(rng, HOUR_CUMULATIVE);
        return day * SECONDS_PER_DAY + hour * SECONDS_PER_HOUR + rng.nextLong(SECONDS_PER_HOUR);
    }

    /** The length of the window in seconds; offsets at or beyond it fall outside the window. */
    long windowSeconds() {
        return days * SECONDS_PER_DAY;
    }

    LocalDateTime at(long offsetSeconds) {
        return start.plusSeconds(offsetSeconds);
    }

    static int hourOf(long offsetSeconds) {
        return (int) (offsetSeconds % SECONDS_PER_DAY / SECONDS_PER_HOUR);
    }
}
