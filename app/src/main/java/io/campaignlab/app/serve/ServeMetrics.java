package io.campaignlab.app.serve;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters and latencies of the served decisions: the rate over the last {@value #WINDOW_SECONDS} whole seconds,
 * and p50/p99 over the latest {@value #LATENCIES} decisions. Thread-safe.
 */
final class ServeMetrics {

    static final int WINDOW_SECONDS = 10;
    static final int LATENCIES = 8192;

    private final long[] latencies = new long[LATENCIES];
    private final long[] perSecond = new long[WINDOW_SECONDS + 1];
    private final long[] secondOf = new long[WINDOW_SECONDS + 1];
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong feedback = new AtomicLong();
    private long recorded;

    /** One decision served, taking {@code nanos}, finished at {@code nowMillis}. */
    synchronized void decision(long nanos, long nowMillis) {
        latencies[(int) (recorded++ % LATENCIES)] = nanos;
        long second = nowMillis / 1000;
        int slot = (int) (second % perSecond.length);
        if (secondOf[slot] != second) {
            secondOf[slot] = second;
            perSecond[slot] = 0;
        }
        perSecond[slot]++;
    }

    void feedback() {
        feedback.incrementAndGet();
    }

    void rejected() {
        rejected.incrementAndGet();
    }

    /** Decisions per second over the last whole seconds, not counting the current one. */
    synchronized double rate(long nowMillis) {
        long now = nowMillis / 1000;
        long sum = 0;
        for (int i = 0; i < perSecond.length; i++) {
            if (secondOf[i] < now && secondOf[i] >= now - WINDOW_SECONDS) {
                sum += perSecond[i];
            }
        }
        return sum / (double) WINDOW_SECONDS;
    }

    /** The q-quantile (nearest rank) of the latest latencies, in milliseconds; NaN before any. */
    synchronized double quantileMillis(double q) {
        int n = (int) Math.min(recorded, LATENCIES);
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * n);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    long feedbackCount() {
        return feedback.get();
    }

    long rejectedCount() {
        return rejected.get();
    }
}
