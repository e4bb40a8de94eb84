package io.campaignlab.app.gui;

import io.campaignlab.app.logging.LogFiles;
import io.campaignlab.app.workspace.AppFolders;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.device.ComputeDevices;
import io.campaignlab.views.common.LastResortHandler;
import io.campaignlab.views.shell.PropertiesFilePreferenceStore;
import io.campaignlab.views.shell.Theme;
import io.campaignlab.views.shell.UiPreferences;
import io.campaignlab.views.shell.Workbench;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * The desktop application. The window shows first; the workspace opens and the deep-learning engine warms up in
 * the background afterwards.
 */
public final class WorkbenchApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApplication.class);

    private Workbench workbench;

    @Override
    public void start(Stage stage) {
        UiPreferences preferences = userPreferences();
        Theme.apply(preferences.dark());
        workbench = new Workbench(stage, folder -> {
            WorkspaceServices opened = WorkspaceServices.open(folder, FxThreadGuard::check);
            LogFiles.attach(opened.workspace().logsFolder());
            return opened;
        }, preferences, AppFolders.defaultWorkspace(), CampaignPorts.live());
        LastResortHandler.install(workbench.dialogs());
        Scene scene = new Scene(workbench.window(), preferences.width(), preferences.height());
        stage.setTitle("Campaign Lab");
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> preferences.size(stage.getWidth(), stage.getHeight()));
        stage.show();
        LOG.info("Window shown {} ms after the JVM started",
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        List<String> args = getParameters().getRaw();
        workbench.start(args.isEmpty() ? null : Path.of(args.get(0)));
        Thread warmUp = new Thread(() -> {
            try {
                LOG.info("Deep-learning engine ready: {}", ComputeDevices.describe());
            } catch (RuntimeException | Error e) {
                LOG.warn("The deep-learning engine did not start: {}", e.getMessage());
            }
        }, "campaign-lab-engine-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }

    /** The window's preferences, in the Campaign Lab folder ({@code $CAMPAIGN_LAB_HOME} when set). */
    static UiPreferences userPreferences() {
        return new UiPreferences(new PropertiesFilePreferenceStore(AppFolders.preferencesFile()));
    }

    /** Launches the window; a workspace folder may be given as the only argument. */
    public static void launchWindow(String... args) {
        JavaFxLogging.quietClassPathWarning();
        LogFiles.attach(AppFolders.home().resolve("logs"));
        Application.launch(WorkbenchApplication.class, args);
    }
}
