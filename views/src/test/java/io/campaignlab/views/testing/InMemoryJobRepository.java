package io.campaignlab.views.testing;

import io.campaignlab.engine.jobs.JobRecord;
import io.campaignlab.engine.jobs.JobRepository;
import io.campaignlab.engine.jobs.JobStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A job history in a list. */
public final class InMemoryJobRepository implements JobRepository {

    private final List<JobRecord> records = new ArrayList<>();

    @Override
    public synchronized long started(String kind, String title) {
        long id = records.size() + 1;
        records.add(new JobRecord(id, kind, title, JobStatus.RUNNING, 0, Instant.now(), null, null));
        return id;
    }

    @Override
    public synchronized void progressed(long id, double fraction) {
        JobRecord r = get(id);
        set(new JobRecord(id, r.kind(), r.title(), r.status(), fraction, r.startedAt(), r.finishedAt(),
                r.errorMessage()));
    }

    @Override
    public synchronized void finished(long id, JobStatus status, String errorMessage) {
        JobRecord r = get(id);
        set(new JobRecord(id, r.kind(), r.title(), status, r.progress(), r.startedAt(), Instant.now(), errorMessage));
    }

    @Override
    public synchronized List<JobRecord> recent(int limit) {
        return records.stream().sorted(Comparator.comparingLong(JobRecord::id).reversed()).limit(limit).toList();
    }

    private JobRecord get(long id) {
        return records.get((int) id - 1);
    }

    private void set(JobRecord record) {
        records.set((int) record.id() - 1, record);
    }
}
