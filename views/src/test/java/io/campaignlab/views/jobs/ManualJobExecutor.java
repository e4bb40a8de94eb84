package io.campaignlab.views.jobs;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A job executor whose jobs run and end only when a test says so, on the test's thread. */
final class ManualJobExecutor implements JobExecutor {

    /** A job handed to the executor, waiting for the test. */
    static final class Started<T> {
        private final Job<T> job;
        private final Consumer<T> onSuccess;
        private final Consumer<Throwable> onFailure;
        private final CancellationToken token = new CancellationToken();

        Started(Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            this.job = job;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        /** Runs the job's body with this listener, and hands its result on as the executor would. */
        void run(ProgressListener listener) {
            T result;
            try {
                result = job.run(listener, token);
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }

        void succeed(T result) {
            onSuccess.accept(result);
        }

        void fail(Throwable error) {
            onFailure.accept(error);
        }

        boolean cancelled() {
            return token.isCancelled();
        }

        String title() {
            return job.title();
        }
    }

    final List<Started<?>> started = new ArrayList<>();

    @Override
    public <T> JobHandle execute(Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Started<T> s = new Started<>(job, onSuccess, onFailure);
        started.add(s);
        return s.token::cancel;
    }

    @Override
    public <T> void background(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @SuppressWarnings("unchecked")
    <T> Started<T> job(int i) {
        return (Started<T>) started.get(i);
    }
}
