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
}
