package io.campaignlab.views.models;

import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.RunArtifact;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.views.testing.FakeWorkspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs held in memory. Like the real workspace, every call fails on the JavaFX thread. Counts evaluation reads, so
 * tests can see the view model's cache at work, and can be told to fail listing.
 */
public final class FakeRunRepository implements RunRepository {

    private final Map<Long, RunRecord> runs = new LinkedHashMap<>();
    private final Map<Long, List<RunMetric>> metrics = new HashMap<>();
    private final Map<String, BinaryEvaluation> evaluations = new HashMap<>();
    private final Map<Long, List<RunArtifact>> artifacts = new HashMap<>();
    private final Map<String, RunReport> reports = new LinkedHashMap<>();
    private final AtomicInteger evaluationReads = new AtomicInteger();
    private long nextId = 1;
    private volatile RuntimeException listFailure;

    /** Stores a run as it is, with its id; later ids continue after it. */
    public synchronized FakeRunRepository add(RunRecord run) {
        runs.put(run.id(), run);
        nextId = Math.max(nextId, run.id() + 1);
        return this;
    }

    /** Makes {@link #list()} fail with this, or succeed again with null. */
    public void failListing(RuntimeException failure) {
        listFailure = failure;
    }

    /** How many times an evaluation was read. */
    public int evaluationReads() {
        return evaluationReads.get();
    }

    @Override
    public synchronized long start(NewRun run) {
        FakeWorkspace.requireWorkerThread();
        long id = nextId++;
        runs.put(id, new RunRecord(id, run, RunStatus.RUNNING, null, Instant.now(), null));
        return id;
    }

    @Override
    public synchronized void record(long runId, List<RunMetric> values) {
        FakeWorkspace.requireWorkerThread();
        metrics.computeIfAbsent(runId, id -> new ArrayList<>()).addAll(values);
    }

    @Override
    public synchronized void saveEvaluation(long runId, String split, BinaryEvaluation evaluation) {
        FakeWorkspace.requireWorkerThread();
        evaluations.put(runId + "/" + split, evaluation);
    }

    @Override
    public synchronized void addArtifact(RunArtifact artifact) {
        FakeWorkspace.requireWorkerThread();
        artifacts.computeIfAbsent(artifact.runId(), id -> new ArrayList<>()).add(artifact);
    }

    @Override
    public synchronized void finish(long runId, RunStatus status, String reason) {
        FakeWorkspace.requireWorkerThread();
        RunRecord r = require(runId);
        runs.put(runId, new RunRecord(runId, r.spec(), status, reason, r.startedAt(), Instant.now()));
    }

    @Override
    public synchronized List<RunRecord> list() {
        FakeWorkspace.requireWorkerThread();
        if (listFailure != null) {
            throw listFailure;
        }
        return runs.values().stream().sorted(Comparator.comparingLong(RunRecord::id).reversed()).toList();
    }

    @Override
    public synchronized Optional<RunRecord> find(long runId) {
        FakeWorkspace.requireWorkerThread();
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public synchronized List<RunMetric> metrics(long runId) {
        FakeWorkspace.requireWorkerThread();
        return List.copyOf(metrics.getOrDefault(runId, List.of()));
    }

    @Override
    public synchronized Optional<BinaryEvaluation> evaluation(long runId, String split) {
        FakeWorkspace.requireWorkerThread();
        evaluationReads.incrementAndGet();
        return Optional.ofNullable(evaluations.get(runId + "/" + split));
    }

    @Override
    public synchronized List<RunArtifact> artifacts(long runId) {
        FakeWorkspace.requireWorkerThread();
        return List.copyOf(artifacts.getOrDefault(runId, List.of()));
    }

    @Override
    public synchronized void saveReport(RunReport report) {
        reports.put(report.runId() + "/" + report.kind() + "/" + report.key(), report);
    }

    @Override
    public synchronized Optional<RunReport> report(long runId, String kind, String key) {
        return Optional.ofNullable(reports.get(runId + "/" + kind + "/" + key));
    }

    @Override
    public synchronized List<RunReport> reports(long runId, String kind) {
        List<RunReport> found = new ArrayList<>();
        for (RunReport r : reports.values()) {
            if (r.runId() == runId && r.kind().equals(kind)) {
                found.add(0, r);
            }
        }
        return found;
    }
}
