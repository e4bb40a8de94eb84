package io.campaignlab.engine.runs;

import io.campaignlab.engine.evaluation.BinaryEvaluation;

import java.util.List;
import java.util.Optional;

/** Stores training runs. Implemented by the workspace; every method does I/O. */
public interface RunRepository {

    /** Records a run as {@code running} and returns its id. */
    long start(NewRun run);

    /** Appends metrics, committed at once so a live view sees them. */
    void record(long runId, List<RunMetric> metrics);

    /** Stores the full held-out evaluation (curves included) of one split, replacing an earlier one. */
    void saveEvaluation(long runId, String split, BinaryEvaluation evaluation);

    void addArtifact(RunArtifact artifact);

    /** Ends a run: completed, failed or cancelled, with the reason for the last two. */
    void finish(long runId, RunStatus status, String reason);

    /** Newest first. */
    List<RunRecord> list();

    Optional<RunRecord> find(long runId);

    /** Every metric of a run, in the order recorded. */
    List<RunMetric> metrics(long runId);

    Optional<BinaryEvaluation> evaluation(long runId, String split);

    List<RunArtifact> artifacts(long runId);

    /** Stores an analysis of a run, replacing an earlier one of the same kind and key. */
    void saveReport(RunReport report);

    Optional<RunReport> report(long runId, String kind, String key);

    /** Every report of one kind for a run, newest first. */
    List<RunReport> reports(long runId, String kind);

    /** The run or a {@link java.util.NoSuchElementException} naming it. */
    default RunRecord require(long runId) {
        return find(runId).orElseThrow(() -> new java.util.NoSuchElementException("no run " + runId));
    }
}
