package io.campaignlab.engine.campaigns.policy;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A campaign's money budget in integer cents, safe under concurrent decisions: the total committed never exceeds
 * the cap by a cent. Two ways to spend:
 * <ul>
 *   <li>{@link #trySpend}: one atomic check-and-spend, when the cost is known at decision time;</li>
 *   <li>{@link #reserve}, then {@link #commit} (up to the reserved amount; the rest goes back) or {@link #release}
 *       (all goes back), when the decision can still fail after the money is held.</li>
 * </ul>
 * The gate is one counter of held money (committed plus reserved) moved by compare-and-set, never past the cap.
 */
public final class BudgetLedger {

    private final long cap;
    private final AtomicLong held = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    private final AtomicLong nextId = new AtomicLong();
    private final ConcurrentHashMap<Long, Long> open = new ConcurrentHashMap<>();

    /** @param capCents the budget, in cents (at least 0) */
    public BudgetLedger(long capCents) {
        if (capCents < 0) {
            throw new IllegalArgumentException("a budget cannot be negative, was " + capCents + " cents");
        }
        this.cap = capCents;
    }

    /** Spends {@code cents} if they fit under the cap; false, and nothing spent, if not. */
    public boolean trySpend(long cents) {
        if (!tryHold(cents)) {
            return false;
        }
        committed.addAndGet(cents);
        return true;
    }

    /** Holds {@code cents} for one decision if they fit under the cap; empty if not. */
    public Optional<Reservation> reserve(long cents) {
        if (!tryHold(cents)) {
            return Optional.empty();
        }
        Reservation reservation = new Reservation(nextId.incrementAndGet(), cents);
        open.put(reservation.id(), cents);
        return Optional.of(reservation);
    }

    /**
     * Spends {@code cents} (at most the reserved amount) of an open reservation and gives back the rest. False, and
     * nothing changed, when the reservation was already committed or released, or is not this ledger's.
     */
    public boolean commit(Reservation reservation, long cents) {
        if (cents < 0 || cents > reservation.cents()) {
            throw new IllegalArgumentException("can commit 0 to " + reservation.cents() + " cents of reservation "
                    + reservation.id() + ", not " + cents);
        }
        if (!open.remove(reservation.id(), reservation.cents())) {
            return false;
        }
        committed.addAndGet(cents);
        held.addAndGet(cents - reservation.cents());
        return true;
    }

    /** Gives back all of an open reservation that was not used; false when it was already settled. */
    public boolean release(Reservation reservation) {
        if (!open.remove(reservation.id(), reservation.cents())) {
            return false;
        }
        held.addAndGet(-reservation.cents());
        return true;
    }

    public long cap() {
        return cap;
    }

    /** Cents spent. */
    public long committed() {
        return committed.get();
    }

    /** The state now; under concurrent updates its parts may come from moments a few instructions apart. */
    public BudgetSnapshot snapshot() {
        long spent = committed.get();
        long holding = held.get();
        return new BudgetSnapshot(cap, spent, Math.max(0, holding - spent), cap - holding);
    }

    private boolean tryHold(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("an amount cannot be negative, was " + cents + " cents");
        }
        while (true) {
            long now = held.get();
            if (cents > cap - now) {
                return false;
            }
            if (held.compareAndSet(now, now + cents)) {
                return true;
            }
        }
    }
}
