package io.campaignlab.app.bench;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator: request i is due at start + i / rate whatever happened to earlier ones, each of
 * {@code connections} threads takes the next due request, waits for its time and sends it on its keep-alive
 * connection, and latency is measured from the due time, not the send time, so that a stalled server is charged for
 * every request it delayed (no coordinated omission). Also a closed-loop mode for a ceiling: every connection sends
 * its next request as soon as the last is answered.
 */
final class OpenLoopLoad {

    private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(120);
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final String host;
    private final int port;
    private final String apiKey;
    private final int connections;

    OpenLoopLoad(String host, int port, String apiKey, int connections) {
        this.host = host;
        this.port = port;
        this.apiKey = apiKey;
        this.connections = connections;
    }

    /** A request of the stage: its method, path and body (null for none). */
    record Call(String method, String path, String body) {
    }

    /**
     * Runs {@code rate} requests a second for {@code warmupSeconds + seconds}; measures the last {@code seconds}.
     * With {@code rate} 0, closed loop: each connection sends back to back.
     */
    LoadStage run(double rate, double warmupSeconds, double seconds, Function<SplittableRandom, Call> calls)
            throws InterruptedException {
        long t0 = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long warmEnd = t0 + (long) (warmupSeconds * 1e9);
        long end = warmEnd + (long) (seconds * 1e9);
        double period = rate > 0 ? 1e9 / rate : 0;
        AtomicLong next = new AtomicLong();
        List<Worker> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Worker w = new Worker(c, t0, warmEnd, end, period, next, calls);
            workers.add(w);
            w.thread.start();
        }
        Histogram all = new Histogram(MAX_NANOS, 3);
        long ok = 0;
        long errors = 0;
        long dropped = 0;
        long scheduled = 0;
        long lastDone = end;
        for (Worker w : workers) {
            w.thread.join();
            all.add(w.histogram);
            ok += w.ok;
            errors += w.errors;
            dropped += w.dropped;
            scheduled += w.scheduled;
            lastDone = Math.max(lastDone, w.lastDone);
        }
        double window = (lastDone - warmEnd) / 1e9;
        return new LoadStage(rate, ok / window, scheduled, ok, errors, dropped, ms(all.getValueAtPercentile(50)),
                ms(all.getValueAtPercentile(99)), ms(all.getValueAtPercentile(99.9)), ms(all.getMaxValue()), window);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private final class Worker implements Runnable {

        final Thread thread;
        final Histogram histogram = new Histogram(MAX_NANOS, 3);
        private final SplittableRandom random;
        private final long t0;
        private final long warmEnd;
        private final long end;
        private final double period;
        private final AtomicLong next;
        private final Function<SplittableRandom, Call> calls;
        long ok;
        long errors;
        long dropped;
        long scheduled;
        long lastDone;

        Worker(int index, long t0, long warmEnd, long end, double period, AtomicLong next,
               Function<SplittableRandom, Call> calls) {
            this.random = new SplittableRandom(1000L + index);
            this.t0 = t0;
            this.warmEnd = warmEnd;
            this.end = end;
            this.period = period;
            this.next = next;
            this.calls = calls;
            this.thread = new Thread(this, "load-" + index);
            this.thread.setDaemon(true);
        }

        @Override
        public void run() {
            try (HttpConnection connection = new HttpConnection(host, port, apiKey)) {
                while (true) {
                    long due = period > 0 ? t0 + (long) (next.getAndIncrement() * period) : Math.max(t0,
                            System.nanoTime());
                    if (due >= end) {
                        return;
                    }
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    boolean measured = due >= warmEnd;
                    scheduled += measured ? 1 : 0;
                    if (System.nanoTime() - end > GIVE_UP_NANOS) {
                        dropped += measured ? 1 : 0;
                        continue;
                    }
                    Call call = calls.apply(random);
                    int status;
                    try {
                        status = connection.send(call.method(), call.path(), call.body());
                    } catch (IOException e) {
                        status = -1;
                    }
                    long done = System.nanoTime();
                    if (measured) {
                        histogram.recordValue(Math.min(MAX_NANOS, done - due));
                        if (status == 200) {
                            ok++;
                        } else {
                            errors++;
                        }
                        lastDone = Math.max(lastDone, done);
                    }
                }
            }
        }
    }
}
