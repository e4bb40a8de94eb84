package io.campaignlab.engine.runs;

import java.time.Instant;

/**
 * A stored training run.
 *
 * @param id           the run id, shown as {@code RUN} in the CLI
 * @param spec         what it recorded when it started
 * @param status       where it stands
 * @param statusReason why it failed or was cancelled, else null
 * @param startedAt    when it started
 * @param finishedAt   when it ended, or null while running
 */
public record RunRecord(long id, NewRun spec, RunStatus status, String statusReason, Instant startedAt,
                        Instant finishedAt) {

    /** Seconds from start to end, or to now while running. */
    public double seconds() {
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        return (end.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0;
    }
}
