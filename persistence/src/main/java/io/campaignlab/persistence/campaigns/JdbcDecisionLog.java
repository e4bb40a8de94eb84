package io.campaignlab.persistence.campaigns;

import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionLog;
import io.campaignlab.engine.campaigns.decide.Feedback;
import io.campaignlab.engine.campaigns.decide.OfferTally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The decision log in the workspace, written asynchronously: {@link #log} puts the record on a bounded queue (a
 * full queue blocks the caller, so a slow disk slows serving rather than losing records) and returns a future; one
 * writer thread drains the queue in batches of up to {@link #MAX_BATCH}, writes each batch in one transaction and
 * completes the batch's futures once it has committed (exceptionally when it could not). A record is acknowledged as
 * logged only then: {@link #flush()} waits for everything queued before it, and {@link #close()} flushes everything
 * and stops the writer. Each batch is checkpointed to the database file before it is acknowledged, so what was
 * acknowledged survives a kill -9 of the process (the operating system holds the written pages); a power cut is
 * another matter (no fsync per batch). {@code ServeKillTest} kills a serving process and finds every
 * acknowledged decision.
 */
public final class JdbcDecisionLog implements DecisionLog, AutoCloseable {

    /** The most records one transaction writes. */
    public static final int MAX_BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDecisionLog.class);
    private static final Object BARRIER = new Object();
    private static final Object STOP = new Object();

    private record Pending(Object record, CompletableFuture<Void> done) {
    }

    private final DataSource dataSource;
    private final JdbcDecisionReader reader;
    private final BlockingQueue<Pending> queue;
    private final ReadWriteLock closing = new ReentrantReadWriteLock();
    private final ConcurrentHashMap<String, AtomicLong> pendingCents = new ConcurrentHashMap<>();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Thread writer;
    private boolean closed;

    /**
     * @param reader   reads back what this log wrote (same workspace)
     * @param capacity the most records waiting to be written
     */
    public JdbcDecisionLog(DataSource dataSource, JdbcDecisionReader reader, int capacity) {
        this.dataSource = dataSource;
        this.reader = reader;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::drain, "decision-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    public JdbcDecisionLog(DataSource dataSource, JdbcDecisionReader reader) {
        this(dataSource, reader, 65_536);
    }

    @Override
    public CompletableFuture<Void> log(Decision decision) {
        pendingCents.computeIfAbsent(decision.campaign(), k -> new AtomicLong()).addAndGet(decision.costCents());
        return enqueue(decision);
    }

    @Override
    public CompletableFuture<Void> log(Feedback feedback) {
        return enqueue(feedback);
    }

    /** Waits until everything queued before this call is written (or failed). */
    public void flush() {
        enqueue(BARRIER).join();
    }

    private CompletableFuture<Void> enqueue(Object record) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        closing.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the decision log is closed");
            }
            queue.put(new Pending(record, done));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the decision log was full", e);
        } finally {
            closing.readLock().unlock();
        }
        return done;
    }

    /** Flushes every record queued and stops the writer; later calls to {@link #log} fail. */
    @Override
    public void close() {
        closing.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(new Pending(STOP, new CompletableFuture<>()));
        } finally {
            closing.writeLock().unlock();
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records committed since this log was opened. */
    public long written() {
        return written.get();
    }

    /** Records whose batch failed to commit. */
    public long failed() {
        return failed.get();
    }

    private void drain() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        boolean stop = false;
        while (!stop) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only close() ends the writer, after the queue is drained
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            stop = batch.stream().anyMatch(p -> p.record() == STOP);
            write(batch);
            batch.clear();
        }
    }

    private void write(List<Pending> batch) {
        List<Pending> records = batch.stream().filter(p -> p.record() != BARRIER && p.record() != STOP).toList();
        Throwable error = null;
        if (!records.isEmpty()) {
            try {
                DecisionRows.insert(dataSource, records.stream().map(Pending::record).toList());
                written.addAndGet(records.size());
            } catch (SQLException | RuntimeException e) {
                error = e;
                failed.addAndGet(records.size());
                LOG.error("could not write {} decision log records: {}", records.size(), e.getMessage(), e);
            }
        }
        for (Pending p : batch) {
            if (p.record() instanceof Decision d) {
                pendingCents.get(d.campaign()).addAndGet(-d.costCents());
            }
            if (error == null || p.record() == BARRIER) {
                p.done().complete(null);
            } else {
                p.done().completeExceptionally(error);
            }
        }
    }

    @Override
    public Optional<Decision> find(String decisionId) {
        return reader.find(decisionId);
    }

    /** Reads what is committed: records still queued are not counted (a version is loaded before it serves). */
    @Override
    public List<OfferTally> tallies(String campaign, int version, Feedback.Event response) {
        return reader.tallies(campaign, version, response);
    }

    /** Counts decisions still queued too (read before the table, so a batch committing meanwhile counts twice at
     * worst, never zero times): a budget resumed from it can only be the stricter. */
    @Override
    public long spentCents(String campaign) {
        AtomicLong pending = pendingCents.get(campaign);
        long queued = pending == null ? 0 : pending.get();
        return reader.spentCents(campaign) + queued;
    }
}
