package io.campaignlab.views.jobs;

import io.campaignlab.engine.jobs.JobStatus;

import java.time.Instant;

/**
 * A finished job as the jobs panel lists it.
 *
 * @param title      what ran
 * @param status     how it ended (interrupted: the process died while it ran)
 * @param message    its last status line, or the one-sentence error
 * @param details    the logged stack trace, or null
 * @param finishedAt when it ended, or null when unknown
 */
public record JobEntry(String title, JobStatus status, String message, String details, Instant finishedAt) {
}
