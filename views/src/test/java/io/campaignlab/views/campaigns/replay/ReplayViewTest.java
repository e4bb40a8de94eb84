package io.campaignlab.views.campaigns.replay;

import atlantafx.base.theme.PrimerLight;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionTrace;
import io.campaignlab.views.campaigns.SimulatedServing;
import io.campaignlab.views.jobs.FxJobExecutor;
import io.campaignlab.views.shell.Theme;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.WorkbenchSizes;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay pane on screen over decisions the engine's real decision engine served to 400 simulated users: a
 * decision of a German user (the coupon_20 rule fails for it) typed in shows its rules, candidates and why.
 */
@ExtendWith(ApplicationExtension.class)
class ReplayViewTest {

    private final FakeWorkspace workspace = new FakeWorkspace();
    private final SimulatedServing serving = new SimulatedServing(500.0, 5).drive(400, 13);
    private FxJobExecutor jobs;
    private Stage stage;
    private Scene scene;
    private ReplayView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        jobs = new FxJobExecutor(workspace::runner);
        view = new ReplayView(new ReplayViewModel(() -> workspace, jobs, serving,
                new SimpleObjectProperty<>(SimulatedServing.CAMPAIGN)));
        scene = new Scene(view, WorkbenchSizes.SECTION_WIDTH_1280, WorkbenchSizes.SECTION_HEIGHT_800);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            jobs.close();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aDecisionIdTypedInShowsItsTrace(FxRobot robot) throws Exception {
        waitUntil(() -> view.latestTable().getItems().size() == ReplayViewModel.LATEST);
        // user-7 is in Germany (every 7th user): the coupon_20 rule country = 'FR' fails for it
        Decision german = serving.decisions().stream().filter(d -> d.arm().equals("treatment")
                && Integer.parseInt(d.userId().substring(5)) % 7 == 0).findFirst().orElseThrow();
        robot.clickOn("#replay-id").write(german.decisionId());
        robot.clickOn("#replay-run");
        waitUntil(() -> view.viewModel().decision().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> robot.lookup("#replay-user").queryAs(Label.class).getText()))
                .isEqualTo(german.userId());
        DecisionTrace.RuleCheck rule = fx(() -> view.rulesTable().getItems().get(0));
        assertThat(rule.offer()).isEqualTo("coupon_20");
        assertThat(rule.passed()).isFalse();
        assertThat(fx(() -> view.candidatesTable().getItems().stream().map(DecisionTrace.CandidateScore::offer)
                .toList())).containsExactly("coupon_5", "coupon_10");
        assertThat(fx(() -> view.whyLabel().getText())).isEqualTo(german.trace().winner()).isNotBlank();
        SceneSnapshots.write(scene, "campaigns-replay");

        fx(() -> {
            view.viewModel().id().set("no-such-decision");
            view.viewModel().replay();
            return null;
        });
        waitUntil(() -> view.viewModel().decision().get() == null);
        assertThat(fx(() -> view.viewModel().message().get()))
                .isEqualTo("There is no logged decision 'no-such-decision'.");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
