package io.campaignlab.engine.runs;

import io.campaignlab.engine.evaluation.BinaryEvaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The lifecycle of a recorded run, written once for every job that records one: {@link #record} starts the run row
 * ({@code running}, with its {@link NewRun} provenance), hands the job a {@code RecordedRun} to record its metrics,
 * reports, evaluations and artifact on, and ends the run: {@code completed} when the job's body returns,
 * {@code cancelled} or {@code failed} with the reason ({@link RunEnds}) when it throws, the throwable passed on.
 */
public final class RecordedRun {

    /** The folder of a workspace where run artifacts are saved. */
    public static final String MODELS_FOLDER = "models";

    /** What a job does inside its run. */
    @FunctionalInterface
    public interface Body<T> {
        T run(RecordedRun run) throws Exception;
    }

    /** Writes an artifact to a file and returns its SHA-256. */
    @FunctionalInterface
    public interface ArtifactWriter {
        String write(Path file) throws IOException;
    }

    private final RunRepository runs;
    private final long id;

    private RecordedRun(RunRepository runs, long id) {
        this.runs = runs;
        this.id = id;
    }

    /** Starts a run, runs the body in it and ends it: completed, or cancelled or failed as the body throws. */
    public static <T> T record(RunRepository runs, NewRun start, Body<T> body) throws Exception {
        long runId = runs.start(start);
        try {
            T result = body.run(new RecordedRun(runs, runId));
            runs.finish(runId, RunStatus.COMPLETED, null);
            return result;
        } catch (Exception | Error e) {
            RunEnds.abruptly(runs, runId, e);
            throw e;
        }
    }

    public long id() {
        return id;
    }

    /** Appends metrics, committed at once. */
    public void metrics(List<RunMetric> metrics) {
        runs.record(id, metrics);
    }

    /** Stores the held-out evaluation of one split. */
    public void evaluation(String split, BinaryEvaluation evaluation) {
        runs.saveEvaluation(id, split, evaluation);
    }

    /** Stores a report of the run (key {@code ""}), the value written as JSON by {@link ReportJson}. */
    public void report(String kind, Object value) {
        runs.saveReport(new RunReport(id, kind, "", Instant.now(), ReportJson.write(value)));
    }

    /**
     * Writes the run's artifact to {@code models/<fileName>} under the workspace folder and records it with its
     * SHA-256 and size.
     */
    public void artifact(Path workspaceFolder, String fileName, ArtifactWriter writer) throws IOException {
        Path file = workspaceFolder.resolve(MODELS_FOLDER).resolve(fileName);
        String sha = writer.write(file);
        runs.addArtifact(new RunArtifact(id, workspaceFolder.relativize(file), sha, Files.size(file),
                Instant.now()));
    }
}
