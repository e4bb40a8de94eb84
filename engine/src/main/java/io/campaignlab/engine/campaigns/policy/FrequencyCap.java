package io.campaignlab.engine.campaigns.policy;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * At most {@code limit} offers per user per calendar day or week, in the clock's time zone. Thread-safe: the check
 * and the count are one atomic step per user. Memory stays bounded by the users seen in the current window: the
 * first call in a new window drops every count of earlier windows.
 */
public final class FrequencyCap {

    private record WindowCount(long window, int count) {
    }

    private final int limit;
    private final CapWindow window;
    private final Clock clock;
    private final ConcurrentHashMap<String, WindowCount> counts = new ConcurrentHashMap<>();
    private final AtomicLong sweptUpTo = new AtomicLong(Long.MIN_VALUE);

    /**
     * @param limit  offers allowed per user per window, at least 1
     * @param window day or week
     * @param clock  the time and the zone that windows are counted in
     */
    public FrequencyCap(int limit, CapWindow window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("a frequency cap allows at least 1 offer per window, was " + limit);
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one offer to {@code user} and returns true, or returns false (counting nothing) when the cap is hit. */
    public boolean tryCount(String user) {
        long current = currentWindow();
        boolean[] granted = {false};
        counts.compute(user, (key, old) -> {
            int used = old == null || old.window() != current ? 0 : old.count();
            if (used >= limit) {
                return old;
            }
            granted[0] = true;
            return new WindowCount(current, used + 1);
        });
        return granted[0];
    }

    /** Offers counted to {@code user} in the current window. */
    public int count(String user) {
        long current = currentWindow();
        WindowCount count = counts.get(user);
        return count == null || count.window() != current ? 0 : count.count();
    }

    public int limit() {
        return limit;
    }

    public CapWindow window() {
        return window;
    }

    /** Users with a count held in memory. */
    public int trackedUsers() {
        return counts.size();
    }

    private long currentWindow() {
        long current = window.index(clock.instant(), clock.getZone());
        long swept = sweptUpTo.get();
        if (current > swept && sweptUpTo.compareAndSet(swept, current)) {
            counts.values().removeIf(count -> count.window() < current);
        }
        return current;
    }
}
