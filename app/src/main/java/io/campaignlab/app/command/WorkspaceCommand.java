package io.campaignlab.app.command;

import io.campaignlab.app.logging.LogFiles;
import io.campaignlab.app.workspace.WorkspaceServices;

/** A command that works on an open workspace. Subclasses implement {@link #run(WorkspaceServices, Output)}. */
public abstract class WorkspaceCommand extends CliCommand {

    @Override
    public final Integer call() throws Exception {
        try (WorkspaceServices services = WorkspaceServices.open(options.workspace())) {
            LogFiles.attach(services.workspace().logsFolder());
            return run(services, new Output(out()));
        }
    }

    protected abstract int run(WorkspaceServices services, Output output) throws Exception;
}
