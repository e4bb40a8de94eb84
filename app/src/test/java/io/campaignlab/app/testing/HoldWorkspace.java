package io.campaignlab.app.testing;

import io.campaignlab.app.workspace.WorkspaceServices;

import java.nio.file.Path;

/**
 * A process that holds a workspace open, as the workbench window does: it opens the folder given as its argument,
 * prints "open" and keeps it open until its standard input closes. The "campaignlab.command" system property names
 * the command it stands in for.
 */
public final class HoldWorkspace {

    private HoldWorkspace() {
    }

    public static void main(String[] args) throws Exception {
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(args[0]))) {
            System.out.println("open " + services.folder());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our stdin or ends
            }
        }
    }
}
