package io.campaignlab.app;

import io.campaignlab.app.cli.RootCommand;
import io.campaignlab.app.workspace.AppFolders;

/** The entry point. Until the workbench window lands, it runs the command line. */
public final class CampaignLab {

    private CampaignLab() {
    }

    public static void main(String[] args) {
        configureDjl();
        System.exit(RootCommand.commandLine().execute(args));
    }

    /** DJL never downloads anything and keeps its native-library cache in the user's app folder. */
    static void configureDjl() {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", AppFolders.djlCache().toString());
        }
    }
}
