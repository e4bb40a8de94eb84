package io.campaignlab.engine.models;

import io.campaignlab.engine.device.ComputeDevices;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.models.network.ScoringSession;
import io.campaignlab.engine.models.network.Predictions;
import io.campaignlab.engine.runs.RunArtifact;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A stored run's model, read back from its artifact with the SHA-256 checked, ready to score frames.
 *
 * @param run            the run
 * @param artifact       its artifact
 * @param artifactSha256 the artifact's hash as recorded (and verified)
 */
public record LoadedModel(RunRecord run, ModelArtifact artifact, String artifactSha256) {

    public static LoadedModel load(WorkspaceContext workspace, long runId) {
        RunRecord run = workspace.runs().require(runId);
        if (run.status() != RunStatus.COMPLETED) {
            throw new IllegalArgumentException("run " + runId + " is " + run.status().id()
                    + "; only completed runs have a model to score with");
        }
        List<RunArtifact> artifacts = workspace.runs().artifacts(runId);
        if (artifacts.isEmpty()) {
            throw new IllegalArgumentException("run " + runId + " has no saved model");
        }
        RunArtifact stored = artifacts.get(artifacts.size() - 1);
        Path file = workspace.folder().resolve(stored.path());
        try {
            if (!Files.exists(file)) {
                throw new IllegalArgumentException("the model file of run " + runId + " is missing: " + file);
            }
            String sha = ModelArtifact.sha256(file);
            if (!sha.equals(stored.sha256())) {
                throw new IllegalArgumentException("the model file of run " + runId + " has changed since it was"
                        + " saved (SHA-256 " + sha + ", recorded " + stored.sha256() + ")");
            }
            return new LoadedModel(run, ModelArtifact.read(file), sha);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model of run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** Scores every row of a frame that holds the pipeline's columns. */
    public Predictions predict(Frame frame, CancellationToken cancel) {
        var encoded = artifact.pipeline().encode(frame);
        int[] rows = new int[frame.rows()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        try (ScoringSession session = ScoringSession.open(artifact.shape(), artifact.pipeline(),
                ComputeDevices.choose("auto"), artifact.parameters())) {
            return session.predict(encoded, rows, cancel);
        }
    }
}
