package io.campaignlab.app.gui;

import io.campaignlab.views.explain.ExplainView;
import io.campaignlab.views.monitor.MonitorView;
import io.campaignlab.views.shell.Section;
import io.campaignlab.views.shell.Workbench;
import io.campaignlab.app.testing.CommandRun;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.campaignlab.app.gui.GuiTestSupport.fx;
import static io.campaignlab.app.gui.GuiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Explain and Monitor sections of the real window over a real workspace (simulated, one trained run with its
 * explanation kept): local explanations on the engine's session (the top-scored row, a what-if, an audience), and a
 * drift check of the default window read from the run's dataset.
 */
@ExtendWith(ApplicationExtension.class)
class ExplainMonitorGuiTest {

    @TempDir
    static Path dir;

    Workbench workbench;

    @BeforeAll
    static void simulateTrainAndExplain() {
        String ws = dir.resolve("ws").toString();
        for (String[] args : new String[][]{
                {"simulate", "--workspace", ws, "--users", "1200", "--days", "14", "--drift-after", "9", "--json"},
                {"train", "--tune", "off", "--workspace", ws, "--dataset", "impressions", "--model", "lr", "--split", "time",
                        "--epochs", "2", "--json"},
                {"explain", "1", "--workspace", ws, "--rows", "2000", "--json"}}) {
            CommandRun run = CommandRun.inProcess(args);
            assertThat(run.code()).as(String.join(" ", args) + ": " + run.err()).isZero();
        }
    }

    @Start
    void start(Stage stage) {
        workbench = GuiTestSupport.show(stage, dir.resolve("ws"));
    }

    @AfterEach
    void close() throws Exception {
        GuiTestSupport.close(workbench);
    }

    @Test
    void theStoredExplanationShowsAndRowsWhatIfsAndAudiencesRunOnTheModel(FxRobot robot) throws Exception {
        waitUntil(() -> workbench.model().workspace() != null && !workbench.window().isFirstStartShown()
                && workbench.jobs().isIdle());
        robot.clickOn("#nav-explain");
        ExplainView view = (ExplainView) workbench.window().content(Section.EXPLAIN).node();
        waitUntil(() -> view.viewModel().reportProperty().get() != null);
        assertThat(view.viewModel().rows().row().explanation().get()).isNotNull();

        robot.clickOn("#explain-top-row");
        waitUntil(() -> !view.viewModel().rows().row().busy().get()
                && view.viewModel().rows().row().status().get().equals("The validation row the model scores highest."),
                120);
        long top = view.viewModel().rows().row().explanation().get().rowId();
        assertThat(top).isEqualTo(view.viewModel().reportProperty().get().example().rowId());

        robot.interact(() -> {
            view.show(ExplainView.LocalPage.WHAT_IF);
            view.viewModel().rows().whatIf().column().set("device");
            view.viewModel().rows().whatIf().value().set(
                    view.viewModel().rows().currentValue("device").equals("desktop") ? "mobile" : "desktop");
        });
        robot.clickOn("#what-if-start");
        waitUntil(() -> view.viewModel().rows().whatIf().result().get() != null, 120);
        assertThat(view.viewModel().rows().whatIf().message().get()).startsWith("device: ");
        write("explain-what-if-real");

        robot.interact(() -> {
            view.show(ExplainView.LocalPage.AUDIENCE);
            view.viewModel().audience().settings().k().set(100);
            view.viewModel().audience().settings().sample().set(50);
        });
        robot.clickOn("#audience-start");
        waitUntil(() -> view.viewModel().audience().readout().result().get() != null, 180);
        var audience = view.viewModel().audience().readout().result().get();
        assertThat(audience.audienceRows()).isEqualTo(100);
        assertThat(audience.audiencePrediction()).isGreaterThan(audience.populationPrediction());
        write("explain-audience-real");
    }

    @Test
    void aDriftCheckOfTheDefaultWindowShowsTheTableAndTheMostDriftedFeature(FxRobot robot) throws Exception {
        waitUntil(() -> workbench.model().workspace() != null && !workbench.window().isFirstStartShown()
                && workbench.jobs().isIdle());
        robot.clickOn("#nav-monitor");
        MonitorView view = (MonitorView) workbench.window().content(Section.MONITOR).node();
        waitUntil(() -> view.viewModel().form().to().get() != null && view.viewModel().canCheck());
        assertThat(view.viewModel().form().from().get()).isEqualTo(view.viewModel().form().to().get().minusDays(6));
        assertThat(view.viewModel().form().spanText().get()).startsWith("impressions spans ");

        robot.clickOn("#monitor-check");
        waitUntil(() -> view.viewModel().readout().analysis().get() != null, 120);
        assertThat(view.viewModel().readout().feature().get()).isEqualTo(view.viewModel().readout().rows().get(0));
        assertThat(view.viewModel().readout().stored()).hasSize(1);
        assertThat(view.currentChart()).isPresent();
        write("monitor-checked-real");
    }

    private void write(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = workbench.window().getScene();
        var image = fx(() -> scene.snapshot(null));
        Path file = Files.createDirectories(Path.of("target", "snapshots")).resolve(name + ".png");
        ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
