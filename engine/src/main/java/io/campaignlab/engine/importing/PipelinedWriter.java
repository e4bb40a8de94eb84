package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.DatasetInfo;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link DatasetWriter} that hands rows and rejections to another writer on a thread of its own, in chunks and in
 * order, so that parsing the file and storing its rows run side by side. At most {@code queuedChunks} chunks wait
 * between the two, which keeps memory flat. A failure on the storing side surfaces at the next append or at commit;
 * commit waits for every chunk, then commits the target on the caller's thread; abort and close stop the storing
 * thread before the target aborts, so nothing half-written stays behind.
 */
public final class PipelinedWriter implements DatasetWriter {

    private static final Object[] END = new Object[0];

    private final DatasetWriter target;
    private final int chunkSize;
    private final BlockingQueue<Object[]> queue;
    private final Thread storer;
    private Object[] chunk;
    private int filled;
    private volatile Throwable failure;
    private volatile boolean stopping;
    private boolean finished;

    public PipelinedWriter(DatasetWriter target, int chunkSize, int queuedChunks) {
        this.target = target;
        this.chunkSize = chunkSize;
        this.queue = new ArrayBlockingQueue<>(queuedChunks);
        this.chunk = new Object[chunkSize];
        this.storer = new Thread(this::store, "import-store");
        storer.setDaemon(true);
        storer.start();
    }

    @Override
    public void append(Object[] row) {
        add(row);
    }

    @Override
    public void reject(Rejection rejection) {
        add(rejection);
    }

    private void add(Object entry) {
        chunk[filled++] = entry;
        if (filled == chunkSize) {
            hand(chunk, filled);
            chunk = new Object[chunkSize];
            filled = 0;
        }
    }

    /** Queues the first {@code n} entries of {@code entries}, waiting while the queue is full. */
    private void hand(Object[] entries, int n) {
        Object[] handed = n == entries.length ? entries : java.util.Arrays.copyOf(entries, n);
        try {
            while (!queue.offer(handed, 50, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing rows to the store", e);
        }
        rethrowFailure();
    }

    private void store() {
        try {
            while (true) {
                Object[] entries = queue.take();
                if (entries == END || stopping) {
                    return;
                }
                for (Object entry : entries) {
                    if (entry instanceof Rejection r) {
                        target.reject(r);
                    } else {
                        target.append((Object[]) entry);
                    }
                }
            }
        } catch (Throwable t) {
            failure = t;
            queue.clear();
        }
    }

    private void rethrowFailure() {
        Throwable t = failure;
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t.getMessage(), t);
        }
    }

    @Override
    public DatasetInfo commit(long rejectedRows) {
        if (filled > 0) {
            hand(chunk, filled);
            filled = 0;
        }
        hand(END, 0);
        join();
        rethrowFailure();
        finished = true;
        return target.commit(rejectedRows);
    }

    @Override
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        stop();
        target.abort();
    }

    private void stop() {
        stopping = true;
        queue.clear();
        queue.offer(END);
        join();
    }

    private void join() {
        boolean interrupted = false;
        while (storer.isAlive()) {
            try {
                storer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (!finished) {
            abort();
        } else {
            target.close();
        }
    }
}
