package io.campaignlab.app.workspace;

import java.nio.file.Path;

/**
 * The user's Campaign Lab folder: {@code ~/.campaign-lab}, or {@code $CAMPAIGN_LAB_HOME} when set. It holds the
 * workspaces, the window's preferences, the log of the window and DJL's native-library cache: setting the variable
 * moves all of the app's state.
 */
public final class AppFolders {

    private AppFolders() {
    }

    public static Path home() {
        String override = System.getProperty("campaignlab.home", System.getenv("CAMPAIGN_LAB_HOME"));
        return override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".campaign-lab");
    }

    public static Path defaultWorkspace() {
        return home().resolve("workspaces").resolve("demo");
    }

    /** What the window remembers: size, theme and last workspace. */
    public static Path preferencesFile() {
        return home().resolve("preferences.properties");
    }

    public static Path djlCache() {
        return home().resolve("djl-cache");
    }
}
