package io.campaignlab.engine.jobs;

import java.util.Objects;

/**
 * Runs a {@link Job} on the calling thread and keeps its history: the row is written when the job starts and
 * updated when it ends, whether it completes, fails or is cancelled. Progress is stored at most once a second.
 */
public final class JobRunner {

    private final JobRepository repository;

    public JobRunner(JobRepository repository) {
        this.repository = Objects.requireNonNull(repository);
    }

    public <T> T run(Job<T> job, ProgressListener listener, CancellationToken cancel) throws Exception {
        long id = repository.started(job.kind(), job.title());
        ProgressListener recording = new ProgressListener() {
            private long lastStored;

            @Override
            public void progress(long done, long total) {
                listener.progress(done, total);
                long now = System.nanoTime();
                if (total > 0 && now - lastStored > 1_000_000_000L) {
                    lastStored = now;
                    repository.progressed(id, Math.min(1.0, (double) done / total));
                }
            }

            @Override
            public void message(String text) {
                listener.message(text);
            }
        };
        try {
            T result = job.run(recording, cancel);
            repository.progressed(id, 1.0);
            repository.finished(id, JobStatus.COMPLETED, null);
            return result;
        } catch (CancelledException e) {
            repository.finished(id, JobStatus.CANCELLED, e.getMessage());
            throw e;
        } catch (Exception | Error e) {
            repository.finished(id, JobStatus.FAILED, String.valueOf(e.getMessage()));
            throw e;
        }
    }
}
