package io.campaignlab.engine.campaigns.decide;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The latest decisions served, by id, so that feedback finds them without reading the log and counts at most one
 * response per decision. Bounded: the oldest is forgotten first. Thread-safe.
 */
final class RecentDecisions {

    /** About 100 MB at most for traces of a few offers. */
    static final int DEFAULT_CAPACITY = 200_000;

    private final Map<String, Entry> entries;

    RecentDecisions(int capacity) {
        this.entries = new LinkedHashMap<>(1024, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    void put(Decision decision) {
        synchronized (entries) {
            entries.put(decision.decisionId(), new Entry(decision, new AtomicBoolean()));
        }
    }

    Optional<Entry> get(String decisionId) {
        synchronized (entries) {
            return Optional.ofNullable(entries.get(decisionId));
        }
    }

    /** A decision and whether a response was already counted for it. */
    record Entry(Decision decision, AtomicBoolean responded) {

        /** True for the first caller only. */
        boolean markResponded() {
            return responded.compareAndSet(false, true);
        }
    }
}
