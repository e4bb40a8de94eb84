package io.campaignlab.views.jobs;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.JobRunner;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs jobs and background work on the calling thread: for view model tests, which need no toolkit. */
public final class ImmediateJobExecutor implements JobExecutor {

    private final Supplier<JobRunner> runner;

    public ImmediateJobExecutor(Supplier<JobRunner> runner) {
        this.runner = runner;
    }

    @Override
    public <T> JobHandle execute(Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CancellationToken token = new CancellationToken();
        try {
            T result = runner.get().run(job, ProgressListener.none(), token);
            onSuccess.accept(result);
        } catch (Exception | Error e) {
            onFailure.accept(e);
        }
        return token::cancel;
    }

    @Override
    public <T> void background(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
