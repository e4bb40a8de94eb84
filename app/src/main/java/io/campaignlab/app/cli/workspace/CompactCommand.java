package io.campaignlab.app.cli.workspace;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.persistence.workspace.Workspace;
import picocli.CommandLine.Command;

/** {@code campaign-lab compact} */
@Command(name = "compact", description = "Shrink the workspace's database file (SHUTDOWN COMPACT).")
public final class CompactCommand extends WorkspaceCommand {

    @Override
    protected int run(WorkspaceServices services, Output output) {
        long started = System.nanoTime();
        Workspace.CompactResult result = services.workspace().compact();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (options.json()) {
            output.json(new Compacted(services.workspace().folder().toString(), result.bytesBefore(),
                    result.bytesAfter(), Math.round(seconds * 1000) / 1000.0));
        } else {
            output.line("Compacted %s: %s -> %s in %.1f s.", services.workspace().databaseFile(),
                    Output.bytes(result.bytesBefore()), Output.bytes(result.bytesAfter()), seconds);
        }
        return 0;
    }

    /** {@code compact --json}. */
    record Compacted(String workspace, long bytesBefore, long bytesAfter, double seconds) {
    }
}
