package io.campaignlab.views.campaigns.serve;

import io.campaignlab.engine.campaigns.policy.BetaPosterior;
import io.campaignlab.views.campaigns.ServingPane;
import io.campaignlab.views.campaigns.SimulatedServing;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownSection;
import javafx.scene.control.TextField;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
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
import static org.assertj.core.api.Assertions.within;

/**
 * The serve pane on screen over the engine's real decision engine serving a Thompson campaign to 3,000 simulated
 * users (planted conversion rates 3%, 5%, 9% per offer): Start lights the status, the key is masked until shown,
 * and the dashboard polls the figures.
 */
@ExtendWith(ApplicationExtension.class)
class ServeViewTest {

    private final SimulatedServing serving = new SimulatedServing(1_000.0, 3).drive(3_000, 11);
    private ShownSection<ServeView> section;
    private ServeView view;

    @Start
    void start(Stage stage) {
        section = ServingPane.show(stage, (workspace, jobs, campaign) ->
                new ServeView(new ServeViewModel(() -> workspace, jobs, serving, campaign)));
        view = section.view();
    }

    @AfterEach
    void close() throws Exception {
        section.close();
    }

    @Test
    void startingLightsTheStatusAndTheDashboardFillsFromTheEngine(FxRobot robot) throws Exception {
        assertThat(fx(() -> robot.lookup("#serve-stop").queryButton().isDisabled())).isTrue();
        robot.clickOn("#serve-start");
        waitUntil(() -> view.viewModel().snapshot().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> ((Circle) robot.lookup("#serve-light").query()).getFill().toString()))
                .isEqualTo(javafx.scene.paint.Color.web("#2da44e").toString());
        String masked = fx(() -> robot.lookup("#serve-key").queryAs(TextField.class).getText());
        assertThat(masked).endsWith("cdef").doesNotContain("k3y");
        robot.clickOn("#serve-key-show");
        assertThat(fx(() -> robot.lookup("#serve-key").queryAs(TextField.class).getText()))
                .isEqualTo("k3y-0123456789abcdef");

        ServeSnapshot s = view.viewModel().snapshot().get();
        assertThat(s.decisions()).isEqualTo(3_000);
        long treated = s.arms().stream().filter(a -> a.arm().equals("treatment")).findFirst().orElseThrow()
                .decisions();
        assertThat(treated / 3000.0).as("a 10% holdout").isCloseTo(0.9, within(0.03));
        assertThat(s.spentCents()).as("the budget is never exceeded").isLessThanOrEqualTo(s.capCents());
        assertThat(fx(() -> view.figures().budget().detailText())).startsWith("of 1,000.00 (");

        CategoryDataset offers = fx(() -> view.figures().offers().shown().orElseThrow()).getCategoryPlot().getDataset();
        long shown = 0;
        for (int c = 0; c < offers.getColumnCount(); c++) {
            shown += offers.getValue(0, c).longValue();
        }
        assertThat(shown).as("every offer served is a bar").isEqualTo(s.offersServed().values().stream()
                .mapToLong(Long::longValue).sum());
        XYDataset densities = fx(() -> view.figures().posteriors().shown().orElseThrow()).getXYPlot().getDataset();
        assertThat(densities.getSeriesCount()).isEqualTo(s.posteriors().size());
        // each posterior is Beta(1 + conversions, 1 + served - conversions) of its offer: its mean is near the
        // planted rate once the offer was served often
        BetaPosterior best = s.posteriors().get("coupon_20");
        assertThat(best.alpha() + best.beta() - 2).isGreaterThan(500);
        assertThat(best.mean()).isCloseTo(SimulatedServing.RATES.get("coupon_20"), within(0.03));
        SceneSnapshots.write(section.scene(), "campaigns-serve");

        robot.clickOn("#serve-stop");
        waitUntil(() -> !view.viewModel().state().get().running());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> robot.lookup("#serve-key").queryAs(TextField.class).getText())).isEmpty();
        assertThat(fx(() -> view.figures().offers().messageText())).startsWith("Start the decision server");
    }

    @Test
    void aPortOutOfRangeIsRefusedWithAMessage(FxRobot robot) throws Exception {
        fx(() -> {
            view.viewModel().port().set("70000");
            view.viewModel().start();
            return null;
        });
        assertThat(fx(() -> view.viewModel().message().get()))
                .isEqualTo("Port must be a whole number from 0 to 65535, was '70000'.");
        assertThat(fx(() -> view.viewModel().state().get().running())).isFalse();
    }
}
