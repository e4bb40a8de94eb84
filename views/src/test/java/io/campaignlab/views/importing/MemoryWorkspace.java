package io.campaignlab.views.importing;

import io.campaignlab.engine.browse.DatasetBrowser;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetSink;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.importing.Rejection;
import io.campaignlab.engine.importing.RejectionRepository;
import io.campaignlab.engine.jobs.JobRecord;
import io.campaignlab.engine.jobs.JobRepository;
import io.campaignlab.engine.jobs.JobRunner;
import io.campaignlab.engine.jobs.JobStatus;
import io.campaignlab.engine.profiling.DatasetProfiler;
import io.campaignlab.engine.workspace.WorkspaceContext;
import javafx.application.Platform;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A workspace in memory for view tests that import: datasets, their rows and rejections, and the job history.
 * Thread-safe, since jobs write from worker threads; like the real workspace, its ports refuse the JavaFX thread.
 * Profiling and browsing are not offered.
 */
public final class MemoryWorkspace implements WorkspaceContext, DatasetRepository, DatasetSink, RejectionRepository,
        JobRepository {

    private final List<DatasetInfo> datasets = new CopyOnWriteArrayList<>();
    private final Map<String, List<Object[]>> rows = new ConcurrentHashMap<>();
    private final Map<String, List<Rejection>> rejections = new ConcurrentHashMap<>();
    private final List<JobRecord> jobs = new CopyOnWriteArrayList<>();
    private final JobRunner runner = new JobRunner(this);
    private volatile RuntimeException failOnBegin;

    /** Adds a finished dataset with no rows, as if imported before. */
    public MemoryWorkspace withDataset(String name) {
        datasets.add(new DatasetInfo(datasets.size() + 1, name, DatasetKind.TABLE,
                "test", "sha-" + name, 0, 0, Instant.EPOCH, List.of()));
        return this;
    }

    /** Makes the next writes fail as soon as they begin, for example with a cancel. */
    public void failOnBegin(RuntimeException error) {
        failOnBegin = error;
    }

    public List<Object[]> rows(String dataset) {
        return rows.getOrDefault(dataset, List.of());
    }

    public List<JobRecord> jobRecords() {
        return List.copyOf(jobs);
    }

    private static void requireWorkerThread() {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a workspace port was called on the JavaFX thread");
        }
    }

    @Override
    public Path folder() {
        return Path.of("memory");
    }

    @Override
    public DatasetRepository datasets() {
        return this;
    }

    @Override
    public DatasetSink sink() {
        return this;
    }

    @Override
    public RejectionRepository rejections() {
        return this;
    }

    @Override
    public JobRepository jobs() {
        return this;
    }

    @Override
    public DatasetProfiler profiler() {
        throw new UnsupportedOperationException("not needed by these views");
    }

    @Override
    public DatasetBrowser browser() {
        throw new UnsupportedOperationException("not needed by these views");
    }

    @Override
    public JobRunner runner() {
        return runner;
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public List<DatasetInfo> list() {
        requireWorkerThread();
        return List.copyOf(datasets);
    }

    @Override
    public Optional<DatasetInfo> findByName(String name) {
        requireWorkerThread();
        return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    @Override
    public Optional<DatasetInfo> findBySha256(String sha256) {
        requireWorkerThread();
        return datasets.stream().filter(d -> d.sha256().equals(sha256)).findFirst();
    }

    @Override
    public long sizeBytes(String name) {
        return -1;
    }

    @Override
    public void rename(String from, String to) {
        throw new UnsupportedOperationException("not needed by these views");
    }

    @Override
    public void delete(String name) {
        datasets.removeIf(d -> d.name().equals(name));
    }

    @Override
    public DatasetWriter begin(DatasetDraft draft) {
        requireWorkerThread();
        RuntimeException failure = failOnBegin;
        if (failure != null) {
            throw failure;
        }
        return new Writer(draft);
    }

    @Override
    public List<Rejection> list(String dataset, long offset, int limit) {
        List<Rejection> all = rejections.getOrDefault(dataset, List.of());
        return all.subList((int) Math.min(offset, all.size()), (int) Math.min(offset + limit, all.size()));
    }

    @Override
    public long count(String dataset) {
        return rejections.getOrDefault(dataset, List.of()).size();
    }

    @Override
    public long started(String kind, String title) {
        jobs.add(new JobRecord(jobs.size() + 1, kind, title, JobStatus.RUNNING, 0, Instant.now(), null, null));
        return jobs.size();
    }

    @Override
    public void progressed(long id, double fraction) {
        // the tests look only at how jobs end
    }

    @Override
    public void finished(long id, JobStatus status, String errorMessage) {
        JobRecord started = jobs.get((int) id - 1);
        jobs.set((int) id - 1, new JobRecord(id, started.kind(), started.title(), status, 1, started.startedAt(),
                Instant.now(), errorMessage));
    }

    @Override
    public List<JobRecord> recent(int limit) {
        List<JobRecord> newestFirst = new ArrayList<>(jobs);
        Collections.reverse(newestFirst);
        return newestFirst.subList(0, Math.min(limit, newestFirst.size()));
    }

    /** Keeps a dataset's rows until it commits; a writer closed without committing leaves nothing. */
    private final class Writer implements DatasetWriter {

        private final DatasetDraft draft;
        private final List<Object[]> written = new ArrayList<>();
        private final List<Rejection> rejected = new ArrayList<>();
        private boolean finished;

        Writer(DatasetDraft draft) {
            this.draft = draft;
        }

        @Override
        public void append(Object[] row) {
            written.add(row.clone());
        }

        @Override
        public void reject(Rejection rejection) {
            rejected.add(rejection);
        }

        @Override
        public DatasetInfo commit(long rejectedRows) {
            finished = true;
            DatasetInfo info = new DatasetInfo(datasets.size() + 1, draft.name(), draft.kind(), draft.sourceFile(),
                    draft.sha256(), written.size(), rejectedRows, Instant.now(), draft.columns());
            rows.put(draft.name(), List.copyOf(written));
            rejections.put(draft.name(), List.copyOf(rejected));
            datasets.add(info);
            return info;
        }

        @Override
        public void abort() {
            finished = true;
            written.clear();
            rejected.clear();
        }

        @Override
        public void close() {
            if (!finished) {
                abort();
            }
        }
    }

    @Override
    public io.campaignlab.engine.frames.FrameReader frames() {
        throw new UnsupportedOperationException("frames are not faked here");
    }

    @Override
    public io.campaignlab.engine.runs.RunRepository runs() {
        throw new UnsupportedOperationException("runs are not faked here");
    }

    @Override
    public io.campaignlab.engine.segments.SegmentRepository segments() {
        throw new UnsupportedOperationException("segments are not faked here");
    }
}
