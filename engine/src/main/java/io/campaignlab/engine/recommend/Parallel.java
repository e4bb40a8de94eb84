package io.campaignlab.engine.recommend;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed-size pool of daemon threads that runs a range in fixed chunks. Chunk boundaries never depend on the
 * thread count, so work whose chunks are independent gives the same answer on any number of threads.
 */
public final class Parallel implements AutoCloseable {

    /** Work on rows {@code from} (inclusive) to {@code to} (exclusive); {@code chunk} is the chunk's index. */
    public interface RangeTask {
        void run(int chunk, int from, int to);
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService pool;
    private final int threads;

    public Parallel(int threads) {
        this.threads = threads;
        int id = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "recommend-" + id + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The number of chunks {@link #forRange} cuts {@code n} rows into with this chunk size. */
    public static int chunks(int n, int chunkSize) {
        return (n + chunkSize - 1) / chunkSize;
    }

    public void forRange(int n, int chunkSize, CancellationToken cancel, RangeTask task) {
        int chunks = chunks(n, chunkSize);
        if (pool == null) {
            for (int c = 0; c < chunks; c++) {
                cancel.throwIfCancelled();
                task.run(c, c * chunkSize, Math.min(n, (c + 1) * chunkSize));
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int chunk = c;
            futures.add(pool.submit(() -> {
                if (cancel.isCancelled()) {
                    return;
                }
                task.run(chunk, chunk * chunkSize, Math.min(n, (chunk + 1) * chunkSize));
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        cancel.throwIfCancelled();
    }

    public int threads() {
        return threads;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
