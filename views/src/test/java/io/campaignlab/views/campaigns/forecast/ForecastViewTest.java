package io.campaignlab.views.campaigns.forecast;

import io.campaignlab.engine.campaigns.forecast.StrategyOutcome;
import io.campaignlab.engine.campaigns.policy.BanditComparison;
import io.campaignlab.views.campaigns.CampaignPanelsFixtures;
import io.campaignlab.views.campaigns.charts.ForecastCharts;
import io.campaignlab.views.testing.ShownSection;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.WorkbenchSizes;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;

import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forecast panel on screen (headless, at a section's size in a 1280 × 800 window) with real engine figures: the
 * forecast on 1,500 simulated users and the OPE on 1,500 more, then the policies' regret on short streams.
 */
@ExtendWith(ApplicationExtension.class)
class ForecastViewTest {

    private final FakeWorkspace workspace = new FakeWorkspace();
    private final SimpleObjectProperty<String> campaign = new SimpleObjectProperty<>();
    private ShownSection<ForecastView> section;
    private ForecastView view;

    @Start
    void start(Stage stage) {
        section = ShownSection.show(stage, workspace,
                jobs -> new ForecastView(new ForecastViewModel(() -> workspace, jobs, Platform::runLater,
                CampaignPanelsFixtures.source(1_500, 1_500, 7), campaign, new RegretJob(
                BanditComparison.DEFAULT_RATES, 4_000, 3))),
                WorkbenchSizes.SECTION_WIDTH_1280, WorkbenchSizes.SECTION_HEIGHT_800);
        view = section.view();
    }

    @AfterEach
    void close() throws Exception {
        section.close();
    }

    @Test
    void aForecastFillsTheFiguresAndTheThreeChartsAndTheRegretChartFollows(FxRobot robot) throws Exception {
        assertThat(fx(() -> robot.lookup("#forecast-run").queryButton().isDisabled()))
                .as("no campaign chosen").isTrue();
        fx(() -> {
            campaign.set("spring-coupons");
            return null;
        });
        robot.clickOn("#forecast-run");
        waitUntil(60, () -> view.viewModel().figures().get() != null && section.jobs().isIdle());
        robot.clickOn("#forecast-policy-run");
        waitUntil(60, () -> view.viewModel().regret().get() != null && section.jobs().isIdle());
        WaitForAsyncUtils.waitForFxEvents();

        ForecastFigures f = view.viewModel().figures().get();
        assertThat(fx(() -> view.figures().conversions().valueText())).isEqualTo(String.format(Locale.ROOT, "%,.1f",
                f.forecast().incrementalConversions().estimate()));
        assertThat(fx(() -> view.figures().conversions().detailText())).startsWith("95% CI ");

        JFreeChart curve = fx(() -> view.figures().budget().shown().orElseThrow());
        XYPlot plot = curve.getXYPlot();
        int drawn = plot.getDataset().getItemCount(0);
        assertThat(drawn).as("downsampled").isLessThanOrEqualTo(ForecastCharts.CURVE_POINTS + 1)
                .isGreaterThan(100);
        double lastSpend = f.curve().get(f.curve().size() - 1).spend();
        assertThat(plot.getDataset().getXValue(0, drawn - 1)).as("the curve runs to granting everybody")
                .isEqualTo(lastSpend);
        assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).as("the budget is marked")
                .hasSize(1);

        CategoryDataset bars = fx(() -> view.figures().targeting().shown().orElseThrow()).getCategoryPlot().getDataset();
        assertThat(bars.getColumnCount()).isEqualTo(4);
        List<StrategyOutcome> outcomes = f.targeting();
        for (int c = 0; c < 4; c++) {
            assertThat(bars.getValue(0, c).doubleValue()).isEqualTo(outcomes.get(c).trueIncrementalConversions());
        }

        IntervalXYDataset whiskers = (IntervalXYDataset) fx(() -> view.figures().ope().shown().orElseThrow())
                .getXYPlot().getDataset();
        assertThat(whiskers.getItemCount(0)).isEqualTo(3);
        assertThat(whiskers.getStartYValue(0, 2)).isEqualTo(f.ope().estimates().dr().ciLow());
        assertThat(whiskers.getEndYValue(0, 2)).isEqualTo(f.ope().estimates().dr().ciHigh());

        XYPlot regret = fx(() -> view.figures().regret().shown().orElseThrow()).getXYPlot();
        assertThat(regret.getDataset().getSeriesCount()).isEqualTo(4);
        assertThat(String.valueOf(regret.getDataset().getSeriesKey(0))).startsWith("thompson (worst stream ");
        SceneSnapshots.write(section.scene(), "campaigns-forecast");

        fx(() -> {
            campaign.set("another");
            return null;
        });
        assertThat(fx(() -> view.figures().budget().messageText())).as("another campaign's forecast is not shown")
                .isNotEmpty();
    }
}
