package io.campaignlab.engine.jobs;

import java.util.List;

/** The persistent job history of a workspace. */
public interface JobRepository {

    /** Records a job as running and returns its id. */
    long started(String kind, String title);

    /** Stores the latest progress fraction (0..1) of a running job. */
    void progressed(long id, double fraction);

    /** Records the end of a job. {@code errorMessage} is null unless it failed or was cancelled. */
    void finished(long id, JobStatus status, String errorMessage);

    List<JobRecord> recent(int limit);
}
