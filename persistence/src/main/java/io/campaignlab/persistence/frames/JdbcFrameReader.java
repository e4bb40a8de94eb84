package io.campaignlab.persistence.frames;

import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameReader;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.persistence.workspace.DatasetTables;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads columns of a ready dataset into memory in {@code _row} order. Numbers (integers, decimals, booleans as 1/0)
 * become doubles with NaN for missing, categories and text become strings with repeats shared, and times become
 * epoch milliseconds of the stored local time read as UTC.
 *
 * <p>It streams: a prepared query seeks on the row-number key for chunks of {@value #CHUNK_ROWS} rows, and values go
 * straight into primitive arrays, one per column, so nothing but the current chunk is held beyond the arrays. (Chunks
 * beat a single lazy query, which locks the session and swaps a thread-local on every row.) A large dataset whose row
 * numbers run without gaps, as every imported one does, is split into ranges read by up to {@value #MAX_WORKERS}
 * workers at once, each on its own connection, each writing its own part of the same arrays.
 */
public final class JdbcFrameReader implements FrameReader {

    /** Rows between progress reports and cancel checks. */
    static final int REPORT_EVERY = 1 << 16;
    /**
     * Rows per query: below H2's smallest {@code MAX_MEMORY_ROWS} (40,000), so a chunk never spills to a temporary
     * file, and large enough that the per-query cost vanishes.
     */
    static final int CHUNK_ROWS = 32_768;
    static final int MAX_WORKERS = 4;
    /** The fewest rows worth a worker of their own. */
    static final int MIN_ROWS_PER_WORKER = 1 << 18;

    private final DataSource dataSource;
    private final DatasetRepository datasets;
    private final int maxWorkers;
    private final int minRowsPerWorker;

    public JdbcFrameReader(DataSource dataSource, DatasetRepository datasets) {
        this(dataSource, datasets, Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors()),
                MIN_ROWS_PER_WORKER);
    }

    /**
     * A reader with its own parallelism: up to {@code maxWorkers} workers, each given at least that many rows
     * ({@code bench frames} times one worker against the default).
     */
    public JdbcFrameReader(DataSource dataSource, DatasetRepository datasets, int maxWorkers, int minRowsPerWorker) {
        this.dataSource = dataSource;
        this.datasets = datasets;
        this.maxWorkers = Math.max(1, maxWorkers);
        this.minRowsPerWorker = Math.max(1, minRowsPerWorker);
    }

    @Override
    public Frame read(String dataset, List<String> columns, ProgressListener progress, CancellationToken cancel) {
        DatasetInfo info = datasets.findByName(dataset).orElseThrow(() -> new NoSuchElementException(
                "there is no dataset named '" + dataset + "'; the workspace has "
                        + datasets.list().stream().map(DatasetInfo::name).toList()));
        List<String> names = new ArrayList<>(new LinkedHashSet<>(columns));
        List<ColumnMeta> metas = resolve(info, names);
        cancel.throwIfCancelled();
        String table = DatasetTables.quote(DatasetTables.tableName(info.id()));
        String row = DatasetTables.quote(DatasetTables.ROW_COLUMN);
        StringBuilder sql = new StringBuilder("SELECT ").append(row);
        metas.forEach(m -> sql.append(", ").append(DatasetTables.quote(m.name())));
        sql.append(" FROM ").append(table).append(" WHERE ").append(row).append(" > ? AND ").append(row)
                .append(" <= ? ORDER BY ").append(row).append(" LIMIT ?");
        Progress ticker = new Progress(progress, cancel, info.rows());
        try {
            RowSpan span = span(table, row);
            if (span.count() > FrameBuilder.MAX_ROWS) {
                throw new IllegalArgumentException("dataset '" + dataset + "' has " + span.count()
                        + " rows; a frame holds at most " + FrameBuilder.MAX_ROWS);
            }
            int workers = workers(span);
            int capacity = workers > 1 ? (int) span.count() : (int) Math.min(FrameBuilder.MAX_ROWS, info.rows());
            ColumnBuffer[] buffers = new ColumnBuffer[names.size()];
            for (int i = 0; i < buffers.length; i++) {
                buffers[i] = ColumnBuffer.of(names.get(i), metas.get(i).type(), Math.max(16, capacity));
            }
            FrameBuilder builder;
            if (workers == 1) {
                builder = FrameBuilder.appending(info.name(), buffers, Math.max(16, capacity));
                try (Connection c = dataSource.getConnection()) {
                    scan(c, sql.toString(), Long.MIN_VALUE, Long.MAX_VALUE, builder, ticker);
                }
            } else {
                builder = FrameBuilder.placing(info.name(), buffers, capacity, span.first());
                readInParallel(sql.toString(), span, workers, builder, ticker);
            }
            progress.progress(builder.rows(), info.rows());
            return builder.build();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read dataset '" + dataset + "': " + e.getMessage(), e);
        }
    }

    /** The stored column of each name, or a failure naming every missing one and listing the dataset's columns. */
    private static List<ColumnMeta> resolve(DatasetInfo info, List<String> names) {
        List<ColumnMeta> found = new ArrayList<>(names.size());
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            Optional<ColumnMeta> exact = info.columns().stream().filter(c -> c.name().equals(name)).findFirst();
            Optional<ColumnMeta> column = exact.isPresent() ? exact : info.column(name);
            column.ifPresentOrElse(found::add, () -> missing.add("'" + name + "'"));
        }
        if (!missing.isEmpty()) {
            throw new NoSuchElementException("dataset '" + info.name() + "' has no column "
                    + String.join(", ", missing) + "; its columns are "
                    + info.columns().stream().map(ColumnMeta::name).toList());
        }
        return found;
    }

    /** The table's first and last row numbers and its row count: index look-ups, not a scan. */
    private RowSpan span(String table, String row) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(" + row + "), MAX(" + row + "), COUNT(*) FROM " + table)) {
            rs.next();
            return new RowSpan(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    /** One worker, unless the rows number without gaps and are enough to give each of several workers its share. */
    private int workers(RowSpan span) {
        if (!span.gapless()) {
            return 1;
        }
        return (int) Math.max(1, Math.min(maxWorkers, span.count() / minRowsPerWorker));
    }

    /** Splits the span into {@code workers} equal ranges, reads each on its own thread and connection, and waits. */
    private void readInParallel(String sql, RowSpan span, int workers, FrameBuilder builder, Progress progress)
            throws SQLException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "frame-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> parts = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                long after = span.first() - 1 + span.count() * w / workers;
                long upTo = span.first() - 1 + span.count() * (w + 1) / workers;
                parts.add(pool.submit(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        scan(c, sql, after, upTo, builder, progress);
                        return null;
                    } catch (SQLException | RuntimeException | Error e) {
                        progress.stop();
                        throw e;
                    }
                }));
            }
            Throwable failure = null;
            for (Future<Void> part : parts) {
                try {
                    part.get();
                } catch (ExecutionException e) {
                    if (failure == null && !(e.getCause() instanceof Stopped)) {
                        failure = e.getCause();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    progress.stop();
                    throw new CancelledException();
                }
            }
            if (failure instanceof SQLException sqlFailure) {
                throw sqlFailure;
            } else if (failure instanceof RuntimeException runtime) {
                throw runtime;
            } else if (failure instanceof Error error) {
                throw error;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads the rows numbered in {@code (after, upTo]}, chunk by chunk, into the builder. */
    private static void scan(Connection c, String sql, long after, long upTo, FrameBuilder builder, Progress progress)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(CHUNK_ROWS);
            long last = after;
            int sinceReport = 0;
            int chunkRows;
            do {
                ps.setLong(1, last);
                ps.setLong(2, upTo);
                ps.setInt(3, CHUNK_ROWS);
                chunkRows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        builder.add(rs, last);
                        chunkRows++;
                        if (++sinceReport == REPORT_EVERY) {
                            progress.advance(sinceReport);
                            sinceReport = 0;
                        }
                    }
                }
            } while (chunkRows == CHUNK_ROWS);
        }
    }

    /** A table's row numbers: gapless when they run from first to last without a hole. */
    private record RowSpan(long first, long last, long count) {
        boolean gapless() {
            return count > 0 && last - first + 1 == count;
        }
    }

    /** Progress shared by the workers of one read: rows done so far, the cancel check, and a stop on failure. */
    private static final class Progress {
        private final ProgressListener listener;
        private final CancellationToken cancel;
        private final long total;
        private final AtomicLong done = new AtomicLong();
        private volatile boolean stopped;

        Progress(ProgressListener listener, CancellationToken cancel, long total) {
            this.listener = listener;
            this.cancel = cancel;
            this.total = total;
        }

        /** Called by a worker every {@value #REPORT_EVERY} rows it reads. */
        void advance(int rows) {
            if (stopped) {
                throw new Stopped();
            }
            cancel.throwIfCancelled();
            listener.progress(done.addAndGet(rows), total);
        }

        void stop() {
            stopped = true;
        }
    }

    /** Ends a worker because another one failed. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped because another part of the read failed", null, false, false);
        }
    }
}
