package io.campaignlab.views.jobs;

import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.views.common.Formats;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** A job whose progress also reaches a view model on the UI thread, coalesced so the UI thread is never flooded. */
final class UiProgress {

    /**
     * Where a job stands.
     *
     * @param fraction       0 to 1, or -1 when unknown
     * @param line           the job's last message, empty before the first
     * @param elapsedSeconds how long the job has run
     */
    record Update(double fraction, String line, double elapsedSeconds) {

        /** The time left in words, empty while unknown. */
        String eta() {
            return Formats.eta(elapsedSeconds, fraction);
        }
    }

    private UiProgress() {
    }

    /** The job, with where it stands also handed to {@code sink} on the UI thread, one update in flight at a time. */
    static <T> Job<T> reporting(Job<T> job, Executor ui, Consumer<Update> sink) {
        return Job.wrapping(job, (listener, cancel) -> job.run(new Forwarding(listener, ui, sink), cancel));
    }

    /** Forwards to the job runner's listener and posts the latest state to the UI thread. */
    private static final class Forwarding implements ProgressListener {
        private final ProgressListener listener;
        private final Executor ui;
        private final Consumer<Update> sink;
        private final long started = System.nanoTime();
        private final AtomicBoolean pending = new AtomicBoolean();
        private double fraction = -1;
        private String text = "";

        Forwarding(ProgressListener listener, Executor ui, Consumer<Update> sink) {
            this.listener = listener;
            this.ui = ui;
            this.sink = sink;
        }

        @Override
        public void progress(long done, long total) {
            listener.progress(done, total);
            synchronized (this) {
                fraction = total > 0 ? Math.min(1, (double) done / total) : -1;
            }
            post();
        }

        @Override
        public void message(String line) {
            listener.message(line);
            synchronized (this) {
                text = line == null ? "" : line;
            }
            post();
        }

        private void post() {
            if (!pending.compareAndSet(false, true)) {
                return;
            }
            ui.execute(() -> {
                pending.set(false);
                Update update;
                synchronized (this) {
                    update = new Update(fraction, text, (System.nanoTime() - started) / 1e9);
                }
                sink.accept(update);
            });
        }
    }
}
