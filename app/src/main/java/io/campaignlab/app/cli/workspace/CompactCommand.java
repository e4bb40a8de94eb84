package io.campaignlab.app.cli.workspace;

import io.campaignlab.app.cli.WorkspaceCommand;
import io.campaignlab.app.cli.Output;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
            ObjectNode node = Output.object();
            node.put("workspace", services.workspace().folder().toString());
            node.put("bytes_before", result.bytesBefore());
            node.put("bytes_after", result.bytesAfter());
            node.put("seconds", Math.round(seconds * 1000) / 1000.0);
            output.json(node);
        } else {
            output.line("Compacted %s: %s -> %s in %.1f s.", services.workspace().databaseFile(),
                    Output.bytes(result.bytesBefore()), Output.bytes(result.bytesAfter()), seconds);
        }
        return 0;
    }
}
