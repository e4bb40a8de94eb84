package io.campaignlab.engine.jobs;

import java.time.Instant;

/** One row of the job history. */
public record JobRecord(long id, String kind, String title, JobStatus status, double progress, Instant startedAt,
                        Instant finishedAt, String errorMessage) {
}
