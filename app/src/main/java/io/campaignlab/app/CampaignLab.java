package io.campaignlab.app;

import io.campaignlab.app.cli.RootCommand;
import io.campaignlab.app.gui.WorkbenchApplication;
import io.campaignlab.app.workspace.AppFolders;
import io.campaignlab.persistence.workspace.WorkspaceOwner;

/**
 * The entry point: with no arguments (or only {@code --workspace DIR}) it opens the workbench window; otherwise it
 * runs the command line.
 */
public final class CampaignLab {

    private CampaignLab() {
    }

    public static void main(String[] args) {
        configureDjl();
        boolean window = args.length == 0 || (args.length == 2 && args[0].equals("--workspace"));
        System.setProperty(WorkspaceOwner.COMMAND_PROPERTY, "campaign-lab " + (window ? "gui" : commandName(args)));
        if (window) {
            if (!hasDisplay()) {
                System.err.println("campaign-lab: no display to open the workbench on (DISPLAY is not set);"
                        + " use the command line (campaign-lab --help) or campaign-lab snapshot");
                System.exit(1);
            }
            WorkbenchApplication.launchWindow(args.length == 2 ? new String[] {args[1]} : new String[0]);
            return;
        }
        System.exit(RootCommand.commandLine().execute(args));
    }

    /** The subcommand in {@code args}, for the workspace's owner file: the first word that is no option. */
    static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--workspace")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return "command line";
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        return !os.contains("linux") || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
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
