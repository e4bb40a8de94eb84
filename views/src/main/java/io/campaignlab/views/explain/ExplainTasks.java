package io.campaignlab.views.explain;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;

/** Small jobs made from a lambda. */
final class ExplainTasks {

    /** Work done on a worker thread. */
    interface Work<T> {
        T run(ProgressListener progress, CancellationToken cancel) throws Exception;
    }

    private ExplainTasks() {
    }

    static <T> Job<T> job(String kind, String title, Work<T> work) {
        return new Job<>() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public T run(ProgressListener progress, CancellationToken cancel) throws Exception {
                return work.run(progress, cancel);
            }
        };
    }
}
