package io.campaignlab.views.campaigns.replay;

import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionTrace;
import io.campaignlab.views.campaigns.ServingPane;
import io.campaignlab.views.campaigns.SimulatedServing;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownSection;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;


import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay pane on screen over decisions the engine's real decision engine served to 400 simulated users: a
 * decision of a German user (the coupon_20 rule fails for it) typed in shows its rules, candidates and why.
 */
@ExtendWith(ApplicationExtension.class)
class ReplayViewTest {

    private final SimulatedServing serving = new SimulatedServing(500.0, 5).drive(400, 13);
    private ShownSection<ReplayView> section;
    private ReplayView view;

    @Start
    void start(Stage stage) {
        section = ServingPane.show(stage, (workspace, jobs, campaign) ->
                new ReplayView(new ReplayViewModel(() -> workspace, jobs, serving, campaign)));
        view = section.view();
    }

    @AfterEach
    void close() throws Exception {
        section.close();
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
        SceneSnapshots.write(section.scene(), "campaigns-replay");

        fx(() -> {
            view.viewModel().id().set("no-such-decision");
            view.viewModel().replay();
            return null;
        });
        waitUntil(() -> view.viewModel().decision().get() == null);
        assertThat(fx(() -> view.viewModel().message().get()))
                .isEqualTo("There is no logged decision 'no-such-decision'.");
    }
}
