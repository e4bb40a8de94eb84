package io.campaignlab.app.cli;

import io.campaignlab.app.logging.LogFiles;

import io.campaignlab.app.workspace.WorkspaceServices;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** A command that works on an open workspace. Subclasses implement {@link #run(WorkspaceServices, Output)}. */
abstract class WorkspaceCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (WorkspaceServices services = WorkspaceServices.open(options.workspace())) {
            LogFiles.attach(services.workspace().logsFolder());
            return run(services, new Output(out()));
        }
    }

    protected abstract int run(WorkspaceServices services, Output output) throws Exception;

    CommonOptions options() {
        return options;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
