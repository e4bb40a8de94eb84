package io.campaignlab.engine.campaigns.decide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The latest decisions served, by id, so that feedback finds them without reading the log and counts at most one
 * response per decision. Bounded by count and, since each is held as its {@link Entry#summary() summary} (no lists,
 * no explanation, no rankings: under 500 bytes), by bytes: {@value #DEFAULT_CAPACITY} decisions hold
 * about {@value #DEFAULT_CAPACITY_MIB} MiB. The oldest is forgotten first; feedback on a forgotten decision finds it in
 * the log. Thread-safe.
 */
final class RecentDecisions {

    /** The decisions held at most by a serving engine. */
    static final int DEFAULT_CAPACITY = 200_000;

    /**
     * Their heap at most, in MiB, at under 500 bytes per summary: the map's entry, the id, the user id, the summary
     * with its trace, instant and boxed numbers, and the response flag ({@code RecentDecisionsFootprintTest} measured
     * 464 bytes, against 880 for a decision held with its trace's lists as before).
     */
    static final int DEFAULT_CAPACITY_MIB = 96;

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

    /** Holds the decision's summary (its trace's lists, explanation and rankings are dropped). */
    void put(Decision decision) {
        Entry entry = new Entry(summary(decision), new AtomicBoolean());
        synchronized (entries) {
            entries.put(decision.decisionId(), entry);
        }
    }

    Optional<Entry> get(String decisionId) {
        synchronized (entries) {
            return Optional.ofNullable(entries.get(decisionId));
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /**
     * The decision as held for feedback: every scalar field (offer, arm, version, discount, cost, fallback), without
     * the explanation and the trace's lists (rules, candidates, caps, pricing, rankings) and its winner's sentence,
     * which feedback never reads and which would make each held decision several times larger; the log has them.
     */
    static Decision summary(Decision d) {
        DecisionTrace t = d.trace();
        return new Decision(d.decisionId(), d.userId(), d.campaign(), d.version(), d.arm(), d.offer(), d.discount(),
                d.discountUnit(), d.score(), d.costCents(), d.decidedAt(), List.of(), new DecisionTrace(t.segment(),
                t.policy(), t.holdoutU(), t.holdoutShare(), List.of(), List.of(), List.of(), null, t.fallback(),
                null, List.of()));
    }

    /** A decision's summary and whether a response was already counted for it. */
    record Entry(Decision decision, AtomicBoolean responded) {

        /** True for the first caller only. */
        boolean markResponded() {
            return responded.compareAndSet(false, true);
        }
    }
}
