package io.campaignlab.engine.jobs;

/**
 * A unit of long-running work: importing, simulating, training, scoring. It runs on a worker thread, reports
 * progress, and checks the token between units of work.
 *
 * @param <T> the result
 */
public interface Job<T> {

    /** The kind stored in the job history, for example {@code import}. */
    String kind();

    /** A title for people, for example "Import hillstrom.csv". */
    String title();

    T run(ProgressListener progress, CancellationToken cancel) throws Exception;

    /** How a wrapping job runs, given the runner's listener and token: usually by running the job it wraps. */
    @FunctionalInterface
    interface Body<T> {
        T run(ProgressListener progress, CancellationToken cancel) throws Exception;
    }

    /** A job of this kind and title that runs {@code body}. */
    static <T> Job<T> of(String kind, String title, Body<T> body) {
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
                return body.run(progress, cancel);
            }
        };
    }

    /**
     * A job with {@code job}'s kind and title that runs {@code body}: for wrappers that forward its progress, or do
     * something before or after it.
     */
    static <T> Job<T> wrapping(Job<T> job, Body<T> body) {
        return of(job.kind(), job.title(), body);
    }
}
