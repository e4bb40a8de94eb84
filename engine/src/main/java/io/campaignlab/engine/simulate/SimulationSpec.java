package io.campaignlab.engine.simulate;

import io.campaignlab.engine.builder.FluentBuilder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What to simulate: how many users, over how many days from which start date, with which seed. The same spec always
 * gives the same data.
 *
 * @param users              simulated shoppers, at least 10
 * @param days               length of the simulated window in days, at least 1
 * @param seed               the random seed
 * @param start              the first day of the window
 * @param impressionsPerUser the mean number of ad impressions per user, above 0
 * @param drift              drift planted in the impressions from a given day on ({@link DriftSpec}), or null
 *                           for none (the default); without drift every row is exactly what it was before drift
 *                           could be planted
 */
public record SimulationSpec(int users, int days, long seed, LocalDate start, double impressionsPerUser,
                             DriftSpec drift) {

    public static final int DEFAULT_USERS = 50_000;
    public static final int DEFAULT_DAYS = 30;
    public static final long DEFAULT_SEED = 42;
    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 1);
    public static final double DEFAULT_IMPRESSIONS_PER_USER = 8.0;
    public static final int MIN_USERS = 10;

    public SimulationSpec {
        Objects.requireNonNull(start, "start");
        if (users < MIN_USERS) {
            throw new IllegalArgumentException("users must be at least " + MIN_USERS + ", was " + users);
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        if (!(impressionsPerUser > 0) || Double.isInfinite(impressionsPerUser)) {
            throw new IllegalArgumentException("impressionsPerUser must be a positive number, was "
                    + impressionsPerUser);
        }
        if (drift != null && drift.afterDays() >= days) {
            throw new IllegalArgumentException("drift must start within the window: after " + drift.afterDays()
                    + " days, but the window has " + days + " day" + (days == 1 ? "" : "s"));
        }
    }

    /** A spec without drift. */
    public SimulationSpec(int users, int days, long seed, LocalDate start, double impressionsPerUser) {
        this(users, days, seed, start, impressionsPerUser, null);
    }

    /** The first drifted moment, {@code start + drift.afterDays()} at 00:00, or null without drift. */
    public LocalDateTime driftStart() {
        return drift == null ? null : start.plusDays(drift.afterDays()).atStartOfDay();
    }

    /** 50,000 users over 30 days from 2026-01-01, seed 42, 8 impressions per user. */
    public static SimulationSpec defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SimulationSpec}, starting from the defaults. */
    public static final class Builder extends FluentBuilder<Builder> {

        private int users = DEFAULT_USERS;
        private int days = DEFAULT_DAYS;
        private long seed = DEFAULT_SEED;
        private LocalDate start = DEFAULT_START;
        private double impressionsPerUser = DEFAULT_IMPRESSIONS_PER_USER;
        private DriftSpec drift;

        private Builder() {
        }

        public Builder setUsers(int users) {
            return set(() -> this.users = users);
        }

        public Builder setDays(int days) {
            return set(() -> this.days = days);
        }

        public Builder setSeed(long seed) {
            return set(() -> this.seed = seed);
        }

        public Builder optStart(LocalDate start) {
            return set(() -> this.start = start);
        }

        public Builder optImpressionsPerUser(double impressionsPerUser) {
            return set(() -> this.impressionsPerUser = impressionsPerUser);
        }

        /** Plants drift in the impressions; null (the default) for none. */
        public Builder optDrift(DriftSpec drift) {
            return set(() -> this.drift = drift);
        }

        /** The spec; throws {@link IllegalArgumentException} when a value is out of range. */
        public SimulationSpec build() {
            return new SimulationSpec(users, days, seed, start, impressionsPerUser, drift);
        }
    }
}
