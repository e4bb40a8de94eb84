package io.campaignlab.engine.jobs;

/** Receives a job's progress. Implementations must be cheap and thread-safe: jobs call them from worker threads. */
public interface ProgressListener {

    /**
     * Reports units done out of a total.
     *
     * @param done  units done so far
     * @param total the total, or a negative number when unknown
     */
    void progress(long done, long total);

    /** Reports a short human-readable status line, for example "12,400 rows/s". */
    void message(String text);

    /** A listener that ignores everything. */
    static ProgressListener none() {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public void message(String text) {
            }
        };
    }
}
