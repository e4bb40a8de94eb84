package io.campaignlab.views.jobs;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The staleness guard of a view model: numbers the requests of one kind (the report of the selected run, the columns
 * of the chosen dataset) so that an answer arriving for an earlier request is dropped. Use it on the UI thread.
 */
public final class Latest {

    private int generation;

    /** Makes a new request: answers to every earlier one are stale from now on. */
    public Ticket next() {
        return new Ticket(++generation);
    }

    /** The request now current, without making earlier ones stale (work started for what is on show). */
    public Ticket current() {
        return new Ticket(generation);
    }

    /** Makes every request so far stale (what they were for is gone). */
    public void invalidate() {
        generation++;
    }

    /**
     * Runs background work as a new request: its result or failure is handed on only while no later request was
     * made.
     */
    public <T> void background(JobExecutor executor, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Ticket ticket = next();
        executor.background(work, ticket.ifCurrent(done), ticket.ifCurrent(failed));
    }

    /** One request. */
    public final class Ticket {
        private final int number;

        private Ticket(int number) {
            this.number = number;
        }

        /** Whether no later request was made. */
        public boolean isCurrent() {
            return number == generation;
        }

        /** The consumer, called only while this request is current. */
        public <T> Consumer<T> ifCurrent(Consumer<T> then) {
            return value -> {
                if (isCurrent()) {
                    then.accept(value);
                }
            };
        }
    }
}
