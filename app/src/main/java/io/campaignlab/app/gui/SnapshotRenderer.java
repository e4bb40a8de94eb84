package io.campaignlab.app.gui;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.views.shell.PreferenceStore;
import io.campaignlab.views.shell.Section;
import io.campaignlab.views.shell.Theme;
import io.campaignlab.views.shell.UiPreferences;
import io.campaignlab.views.shell.Workbench;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Renders one view of the workbench, populated from a workspace, to a PNG with no display: JavaFX runs on Monocle's
 * headless platform with software rendering. It waits until every background load and job has finished.
 */
public final class SnapshotRenderer {

    private static final long TIMEOUT_SECONDS = 120;

    private SnapshotRenderer() {
    }

    /** Must run before the JavaFX toolkit starts in this process. */
    public static void useHeadlessPlatform(int width, int height) {
        System.setProperty("headless.geometry", width + "x" + height + "-32");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("testfx.headless", "true");
    }

    /**
     * @param dataset a dataset to select in the Data view, or null
     * @param dark    dark theme instead of light
     */
    public static Path render(Path workspace, Section section, String dataset, int width, int height, boolean dark,
                              Path out) throws Exception {
        return render(workspace, section, dataset, List.of(), width, height, dark, out);
    }

    /**
     * @param dataset a dataset to select in the Data view, or null
     * @param runs    runs to select (and overlay) in the Models view; empty selects the newest completed run
     * @param dark    dark theme instead of light
     */
    public static Path render(Path workspace, Section section, String dataset, List<Long> runs, int width,
                              int height, boolean dark, Path out) throws Exception {
        return render(workspace, section, dataset, runs, null, null, null, null, width, height, dark, out);
    }

    /**
     * @param dataset a dataset to select in the Data view, or to read out in the Experiments view; or null
     * @param runs    runs to select (and overlay) in the Models and Recommend views; empty selects the default
     * @param user    a user to open in the Recommend view's User tab, or null
     * @param tab     a tab of the section to show (the Experiments view's ab, planner or uplift), or null
     * @param segmentation a segmentation to show in the Segments view, or null for the newest
     * @param campaign a campaign to show in the Campaigns view, or null for the first
     * @param dark    dark theme instead of light
     */
    public static Path render(Path workspace, Section section, String dataset, List<Long> runs, String user, String tab,
                              Long segmentation, String campaign,
                              int width, int height, boolean dark, Path out) throws Exception {
        // opened here, before any window: a workspace that cannot be opened (another process holds it) fails now,
        // in one sentence, instead of leaving a window that waits for it
        WorkspaceServices opened = WorkspaceServices.open(workspace, FxThreadGuard::check);
        try {
            return render(opened, section, dataset, runs, user, tab, segmentation, campaign, width, height, dark,
                    out);
        } catch (Exception | Error e) {
            opened.close();
            throw e;
        }
    }

    private static Path render(WorkspaceServices opened, Section section, String dataset, List<Long> runs, String user,
                               String tab, Long segmentation, String campaign, int width, int height, boolean dark,
                               Path out)
            throws Exception {
        Path workspace = opened.folder();
        useHeadlessPlatform(width, height);
        JavaFxLogging.quietClassPathWarning();
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
        // the window is hidden after the snapshot; the toolkit must outlive it for a next snapshot in this process
        Platform.setImplicitExit(false);
        CompletableFuture<Workbench> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Theme.apply(dark);
                Stage stage = new Stage();
                UiPreferences preferences = new UiPreferences(PreferenceStore.inMemory());
                Workbench workbench = new Workbench(stage, folder -> opened, preferences, workspace,
                        CampaignPorts.live());
                stage.setScene(new Scene(workbench.window(), width, height));
                stage.show();
                workbench.model().open(workspace, () -> {
                    workbench.window().select(section);
                    if (dataset != null) {
                        workbench.window().content(section).showDataset(dataset);
                    }
                    if (!runs.isEmpty()) {
                        workbench.window().content(section).showRuns(runs);
                    }
                    if (user != null) {
                        workbench.window().content(section).showUser(user);
                    }
                    if (tab != null) {
                        workbench.window().content(section).showTab(tab);
                    }
                    if (segmentation != null) {
                        workbench.window().content(section).showSegmentation(segmentation);
                    }
                    if (campaign != null) {
                        workbench.window().content(section).showCampaign(campaign);
                    }
                    shown.complete(workbench);
                });
            } catch (RuntimeException | Error e) {
                shown.completeExceptionally(e);
            }
        });
        Workbench workbench = shown.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        waitUntilIdle(workbench);
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> image.complete(workbench.window().getScene().snapshot(null)));
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(30, TimeUnit.SECONDS), null), "png", out.toFile());
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            workbench.jobs().close();
            // in a process that goes on (tests), the window must not stay on screen over later ones
            workbench.window().getScene().getWindow().hide();
            closed.complete(null);
        });
        closed.get(10, TimeUnit.SECONDS);
        workbench.model().workspace().close();
        return out;
    }

    /** Waits until no job or background load has been in flight for a few consecutive pulses. */
    private static void waitUntilIdle(Workbench workbench) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        int quiet = 0;
        while (quiet < 5) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the view was still loading after " + TIMEOUT_SECONDS + " s");
            }
            CompletableFuture<Boolean> idle = new CompletableFuture<>();
            Platform.runLater(() -> idle.complete(workbench.jobs().isIdle()));
            quiet = idle.get(10, TimeUnit.SECONDS) ? quiet + 1 : 0;
            Thread.sleep(150);
        }
    }

    static void check(Path out) throws IOException {
        if (!Files.exists(out) || Files.size(out) == 0) {
            throw new IOException("no image was written to " + out);
        }
    }
}
