package io.campaignlab.engine.runs;

import java.nio.file.Path;
import java.time.Instant;

/** A file a run saved: its path (relative to the workspace folder), SHA-256 and size. */
public record RunArtifact(long runId, Path path, String sha256, long sizeBytes, Instant createdAt) {
}
