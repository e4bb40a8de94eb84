package io.campaignlab.app.command;

import io.campaignlab.app.workspace.AppFolders;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command takes. */
public final class CommonOptions {

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder (default: ~/.campaign-lab/workspaces/demo).")
    Path workspace;

    @Option(names = "--json", description = "Print exactly one JSON object on stdout; logs go to stderr.")
    boolean json;

    public Path workspace() {
        return workspace != null ? workspace : AppFolders.defaultWorkspace();
    }

    public boolean json() {
        return json;
    }
}
