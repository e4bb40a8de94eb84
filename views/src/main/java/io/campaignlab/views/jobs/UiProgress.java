package io.campaignlab.views.jobs;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/** A job whose progress also reaches a view model on the UI thread, coalesced so the UI thread is never flooded. */
public final class UiProgress {

    private UiProgress() {
    }

    /**
     * The job, with its progress (a fraction, or -1 when unknown) and last message also handed to {@code sink} on
     * the UI thread, at most one update in flight at a time.
     */
    public static <T> Job<T> reporting(Job<T> job, Executor ui, BiConsumer<Double, String> sink) {
        return new Job<>() {
            @Override
            public String kind() {
                return job.kind();
            }

            @Override
            public String title() {
                return job.title();
            }

            @Override
            public T run(ProgressListener listener, CancellationToken cancel) throws Exception {
                AtomicBoolean pending = new AtomicBoolean();
                Object lock = new Object();
                double[] fraction = {-1};
                String[] text = {""};
                return job.run(new ProgressListener() {
                    @Override
                    public void progress(long done, long total) {
                        listener.progress(done, total);
                        synchronized (lock) {
                            fraction[0] = total > 0 ? Math.min(1, (double) done / total) : -1;
                        }
                        post();
                    }

                    @Override
                    public void message(String line) {
                        listener.message(line);
                        synchronized (lock) {
                            text[0] = line;
                        }
                        post();
                    }

                    private void post() {
                        if (!pending.compareAndSet(false, true)) {
                            return;
                        }
                        ui.execute(() -> {
                            pending.set(false);
                            double f;
                            String line;
                            synchronized (lock) {
                                f = fraction[0];
                                line = text[0];
                            }
                            sink.accept(f, line);
                        });
                    }
                }, cancel);
            }
        };
    }
}
