package io.campaignlab.views.explain;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/** Small jobs made from a lambda, and jobs whose progress is handed to the UI thread. */
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

    /**
     * The job, with its progress (a fraction, or -1 when unknown) and last message also handed to {@code sink} on
     * the UI thread, at most one update in flight at a time.
     */
    static <T> Job<T> reporting(Job<T> job, Executor ui, BiConsumer<Double, String> sink) {
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
