package io.campaignlab.views.testing;

import io.campaignlab.engine.browse.DatasetBrowser;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.importing.DatasetSink;
import io.campaignlab.engine.importing.Rejection;
import io.campaignlab.engine.importing.RejectionRepository;
import io.campaignlab.engine.jobs.JobRepository;
import io.campaignlab.engine.jobs.JobRunner;
import io.campaignlab.engine.profiling.DatasetProfiler;
import io.campaignlab.engine.workspace.WorkspaceContext;
import javafx.application.Platform;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A workspace held in memory for view tests. Datasets are added with {@link #add}; the ports page, sort, filter,
 * profile and list rejections simply but correctly. Like the real workspace's guard, every port call fails on the
 * JavaFX thread.
 */
public final class FakeWorkspace implements WorkspaceContext {

    private final Map<String, FakeTable> tables = new LinkedHashMap<>();
    private final FakeDatasets datasets = new FakeDatasets();
    private final FakeBrowser browser = new FakeBrowser(this);
    private final FakeProfiler profiler = new FakeProfiler(this);
    private final FakeRejections rejections = new FakeRejections(this);
    private final InMemoryJobRepository jobs = new InMemoryJobRepository();
    private final JobRunner runner = new JobRunner(jobs);
    private long nextId = 1;
    private volatile io.campaignlab.engine.runs.RunRepository runs;

    /** Adds a dataset whose rows are held in a list. */
    public FakeWorkspace add(String name, DatasetKind kind, List<ColumnMeta> columns, List<List<Object>> rows,
                             List<Rejection> rejected) {
        List<List<Object>> copy = List.copyOf(rows);
        return add(name, kind, columns, copy.size(), copy::get, rejected);
    }

    /** Adds a dataset whose row {@code i} is computed on demand, so that it can be huge. */
    public synchronized FakeWorkspace add(String name, DatasetKind kind, List<ColumnMeta> columns, int rowCount,
                                          IntFunction<List<Object>> rows, List<Rejection> rejected) {
        DatasetInfo info = new DatasetInfo(nextId++, name, kind, "/data/" + name + ".csv", "sha-" + name, rowCount,
                rejected.size(), Instant.parse("2025-03-01T09:30:00Z"), columns);
        tables.put(name, new FakeTable(info, rows, rowCount, List.copyOf(rejected)));
        return this;
    }

    /** Fails when called on the JavaFX thread, as the real workspace does. */
    public static void requireWorkerThread() {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a workspace port was called on the JavaFX thread");
        }
    }

    synchronized FakeTable table(String name) {
        requireWorkerThread();
        FakeTable table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("there is no dataset named '" + name + "'");
        }
        return table;
    }

    @Override
    public Path folder() {
        return Path.of("fake-workspace");
    }

    @Override
    public DatasetRepository datasets() {
        return datasets;
    }

    @Override
    public DatasetSink sink() {
        throw new UnsupportedOperationException("the fake workspace does not import");
    }

    @Override
    public RejectionRepository rejections() {
        return rejections;
    }

    @Override
    public JobRepository jobs() {
        return jobs;
    }

    @Override
    public DatasetProfiler profiler() {
        return profiler;
    }

    @Override
    public DatasetBrowser browser() {
        return browser;
    }

    /** The fake browser, to check what was asked of it. */
    public FakeBrowser fakeBrowser() {
        return browser;
    }

    public FakeProfiler fakeProfiler() {
        return profiler;
    }

    public FakeRejections fakeRejections() {
        return rejections;
    }

    public InMemoryJobRepository jobHistory() {
        return jobs;
    }

    @Override
    public JobRunner runner() {
        return runner;
    }

    @Override
    public void close() {
    }

    /** The datasets, by name. */
    private final class FakeDatasets implements DatasetRepository {

        @Override
        public List<DatasetInfo> list() {
            synchronized (FakeWorkspace.this) {
                requireWorkerThread();
                List<DatasetInfo> infos = new ArrayList<>();
                tables.values().forEach(t -> infos.add(t.info()));
                return infos;
            }
        }

        @Override
        public Optional<DatasetInfo> findByName(String name) {
            synchronized (FakeWorkspace.this) {
                requireWorkerThread();
                return Optional.ofNullable(tables.get(name)).map(FakeTable::info);
            }
        }

        @Override
        public Optional<DatasetInfo> findBySha256(String sha256) {
            return list().stream().filter(i -> i.sha256().equals(sha256)).findFirst();
        }

        @Override
        public long sizeBytes(String name) {
            FakeTable table = table(name);
            return 48L * table.rowCount() * (table.info().columns().size() + 1);
        }

        @Override
        public void rename(String from, String to) {
            synchronized (FakeWorkspace.this) {
                FakeTable table = table(from);
                if (tables.containsKey(to)) {
                    throw new IllegalArgumentException("there is already a dataset named '" + to + "'");
                }
                Map<String, FakeTable> renamed = new LinkedHashMap<>();
                tables.forEach((name, t) -> renamed.put(name.equals(from) ? to : name, t == table ? t.renamed(to) : t));
                tables.clear();
                tables.putAll(renamed);
            }
        }

        @Override
        public void delete(String name) {
            synchronized (FakeWorkspace.this) {
                table(name);
                tables.remove(name);
            }
        }
    }

    @Override
    public io.campaignlab.engine.frames.FrameReader frames() {
        throw new UnsupportedOperationException("frames are not faked here");
    }

    /** Gives the workspace a run repository (the Models tests' fake); without one, {@link #runs()} fails. */
    public FakeWorkspace withRuns(io.campaignlab.engine.runs.RunRepository repository) {
        this.runs = repository;
        return this;
    }

    @Override
    public io.campaignlab.engine.runs.RunRepository runs() {
        requireWorkerThread();
        if (runs == null) {
            throw new UnsupportedOperationException("runs are not faked here");
        }
        return runs;
    }

    @Override
    public io.campaignlab.engine.segments.SegmentRepository segments() {
        throw new UnsupportedOperationException("segments are not faked here");
    }
}
