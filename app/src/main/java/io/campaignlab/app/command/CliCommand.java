package io.campaignlab.app.command;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.jobs.Job;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * The base of every command that does something: the common options, the command's streams, and {@link #runJob}, the
 * one way a command runs a job (progress on stderr, Ctrl-C cancels, exit code 0, 1 or 130).
 */
public abstract class CliCommand implements Callable<Integer> {

    @Mixin
    protected CommonOptions options;

    @Spec
    protected CommandSpec spec;

    /**
     * Runs {@code job} through the workspace's runner in the foreground and returns its result. A failure propagates
     * (the command exits with 1); when Ctrl-C cancelled it, {@link CancelledByUserException} propagates once the job
     * has ended (the command exits with 130).
     */
    public final <T> T runJob(WorkspaceServices services, Job<T> job) throws Exception {
        return runWork((progress, cancel) -> services.runner().run(job, progress, cancel));
    }

    /** Like {@link #runJob}, for work that is not a recorded job but reports progress and stops at the token. */
    public final <T> T runWork(JobConsole.Work<T> work) throws Exception {
        return JobConsole.run(err(), work);
    }

    public final CommonOptions options() {
        return options;
    }

    public final boolean json() {
        return options.json();
    }

    public final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
