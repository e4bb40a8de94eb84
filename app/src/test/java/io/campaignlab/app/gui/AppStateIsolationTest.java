package io.campaignlab.app.gui;

import io.campaignlab.app.workspace.AppFolders;
import io.campaignlab.views.shell.UiPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One setting moves all of the app's state: with the Campaign Lab folder pointed at a temporary folder (as
 * {@code CAMPAIGN_LAB_HOME} does), the window's preferences, the last workspace among them, are written and read
 * back there, and nothing is written into the user's Java preferences.
 */
class AppStateIsolationTest {

    @TempDir
    Path home;

    private String previous;

    @BeforeEach
    void pointTheAppAtATemporaryHome() {
        previous = System.getProperty("campaignlab.home");
        System.setProperty("campaignlab.home", home.toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty("campaignlab.home");
        } else {
            System.setProperty("campaignlab.home", previous);
        }
    }

    @Test
    void theWindowsPreferencesLiveInTheCampaignLabFolder() throws Exception {
        Path userPrefs = Path.of(System.getProperty("user.home"), ".java", ".userPrefs");
        List<String> before = listing(userPrefs);
        Path workspace = home.resolve("workspaces").resolve("mine");

        UiPreferences written = WorkbenchApplication.userPreferences();
        written.lastWorkspace(workspace);
        written.dark(true);
        written.size(1000, 700);

        assertThat(AppFolders.preferencesFile()).isEqualTo(home.resolve("preferences.properties"));
        assertThat(Files.readString(home.resolve("preferences.properties"))).contains("mine");
        UiPreferences read = WorkbenchApplication.userPreferences();
        assertThat(read.lastWorkspace()).contains(workspace.toAbsolutePath());
        assertThat(read.dark()).isTrue();
        assertThat(read.width()).isEqualTo(1000);
        assertThat(read.height()).isEqualTo(700);
        assertThat(listing(userPrefs)).as("the user's Java preferences").isEqualTo(before);
    }

    private static List<String> listing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.map(p -> folder.relativize(p) + " " + p.toFile().length() + " " + p.toFile().lastModified())
                    .sorted().toList();
        }
    }
}
