package io.campaignlab.views.campaigns.forecast;

import atlantafx.base.theme.Styles;
import io.campaignlab.engine.campaigns.forecast.CampaignForecast;
import io.campaignlab.engine.campaigns.forecast.Interval;
import io.campaignlab.views.campaigns.charts.ForecastCharts;
import io.campaignlab.views.campaigns.charts.RegretCharts;
import io.campaignlab.views.charts.ChartPane;
import io.campaignlab.views.common.FigureTile;
import io.campaignlab.views.jobs.JobControls;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import io.campaignlab.views.common.ComputedWhenShown;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.engine.workspace.WorkspaceContext;
import java.util.function.Supplier;

/**
 * The forecast panel: Forecast with its job controls, the figures with their 95% intervals, the table of the
 * campaign's offers (each offer's reach, incremental conversions with their interval, revenue, margin, cost and
 * ROI), and four charts (the
 * budget curve, the targeting comparison, the off-policy estimates and, under "Policy", the regret of the bandit
 * policies with its own Simulate button).
 */
public final class ForecastView extends BorderPane implements ComputedWhenShown {

    private final ForecastViewModel model;
    private final FigureTile reach = new FigureTile("Reach", "forecast-reach");
    private final FigureTile conversions = new FigureTile("Incremental conversions", "forecast-conversions");
    private final FigureTile revenue = new FigureTile("Incremental revenue", "forecast-revenue");
    private final FigureTile margin = new FigureTile("Incremental margin", "forecast-margin");
    private final FigureTile cost = new FigureTile("Cost", "forecast-cost");
    private final FigureTile roi = new FigureTile("ROI (margin / cost)", "forecast-roi");
    private final Label source = new Label();
    private final javafx.scene.control.TableView<io.campaignlab.engine.campaigns.forecast.OfferForecast> offers =
            OfferTable.create();
    private final ChartPane budget = new ChartPane("Budget curve", "forecast-budget-curve");
    private final ChartPane targeting = new ChartPane("Targeting comparison, same budget", "forecast-targeting");
    private final ChartPane ope = new ChartPane("Off-policy estimates", "forecast-ope");
    private final ChartPane regret;

    /** The pane as the Campaigns section shows it: jobs report on the JavaFX thread; the default policy streams. */
    public static ForecastView create(Supplier<WorkspaceContext> workspace, JobExecutor jobs,
                                      ForecastSource source, ObjectProperty<String> campaign) {
        return new ForecastView(new ForecastViewModel(workspace, jobs, Platform::runLater, source,
                campaign, RegretJob.defaults()));
    }

    public ForecastView(ForecastViewModel model) {
        this.model = model;
        getStyleClass().add("campaign-forecast");
        Button run = new Button("Forecast");
        run.setId("forecast-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.canForecast().not());
        run.setOnAction(e -> model.forecast());
        Button simulate = new Button("Simulate");
        simulate.setId("forecast-policy-run");
        simulate.disableProperty().bind(model.policySlot().runningProperty());
        simulate.setOnAction(e -> model.simulatePolicies());
        regret = new ChartPane("Policy: cumulative regret", "forecast-regret", simulate);
        FlowPane figures = new FlowPane(6, 6, reach, conversions, revenue, margin, cost, roi);
        source.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        source.setWrapText(true);
        VBox top = new VBox(6, JobControls.of(model.forecastSlot(), "forecast").withStart(run), figures, offers,
                source);
        top.setPadding(new Insets(8, 10, 4, 10));
        GridPane charts = new GridPane();
        charts.setHgap(8);
        charts.setVgap(8);
        charts.setPadding(new Insets(4, 10, 10, 10));
        for (int c = 0; c < 2; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            charts.getColumnConstraints().add(column);
        }
        charts.add(budget, 0, 0);
        charts.add(targeting, 1, 0);
        charts.add(ope, 0, 1);
        charts.add(new VBox(4, regret, JobControls.of(model.policySlot(), "forecast-policy").node()), 1, 1);
        for (ChartPane pane : List.of(budget, targeting, ope, regret)) {
            pane.setPrefHeight(270);
            pane.setMinHeight(240);
            VBox.setVgrow(pane, Priority.ALWAYS);
        }
        ScrollPane scroll = new ScrollPane(new VBox(top, charts));
        scroll.setFitToWidth(true);
        setCenter(scroll);
        model.figures().addListener((o, old, now) -> show(now));
        model.regret().addListener((o, old, now) -> {
            if (now != null) {
                regret.show(colour -> RegretCharts.regret(now, colour));
            }
        });
        show(null);
        regret.showMessage("Simulate runs Thompson sampling, ε-greedy, greedy and uniform through simulated"
                + " streams of decisions.");
    }

    private void show(ForecastFigures f) {
        if (f == null) {
            ope.title("Off-policy estimates");
            for (FigureTile tile : List.of(reach, conversions, revenue, margin, cost, roi)) {
                tile.clear();
            }
            source.setText("");
            OfferTable.show(offers, List.of());
            String text = "Forecast the campaign to see this chart.";
            budget.showMessage(text);
            targeting.showMessage(text);
            ope.showMessage(text);
            return;
        }
        CampaignForecast fc = f.forecast();
        reach.show(String.format(Locale.ROOT, "%,d", fc.reach()), "users granted");
        conversions.show(number(fc.incrementalConversions().estimate(), 1), ci(fc.incrementalConversions(), 1));
        revenue.show(number(fc.incrementalRevenue().estimate(), 2), ci(fc.incrementalRevenue(), 2));
        margin.show(number(fc.incrementalMargin().estimate(), 2), ci(fc.incrementalMargin(), 2));
        cost.show(number(fc.cost().estimate(), 2), ci(fc.cost(), 2));
        roi.show(number(fc.roi().estimate(), 2), ci(fc.roi(), 2));
        source.setText(f.source());
        OfferTable.show(offers, f.offers());
        budget.show(colour -> ForecastCharts.budgetCurve(f.curve(), f.budget(), f.atBudget(), f.breakEven(),
                colour));
        if (f.targeting().isEmpty()) {
            targeting.showMessage("This forecast compares no targeting strategies.");
        } else {
            double studyBudget = f.targeting().stream().mapToDouble(o -> o.spend()).max().orElse(0);
            targeting.show(colour -> ForecastCharts.targeting(f.targeting(), studyBudget, colour));
        }
        if (f.ope() == null) {
            ope.showMessage(f.opeMissing() == null ? "No off-policy evaluation." : f.opeMissing());
        } else {
            OpeFigures o = f.ope();
            ope.title(String.format(Locale.ROOT, "Off-policy estimates: %s (%,d units of %s)", o.policy(), o.units(),
                    o.dataset()));
            ope.show(colour -> ForecastCharts.ope(o.estimates(), o.loggedMean(), colour));
        }
    }

    private static String number(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,." + decimals + "f", v) : "n/a";
    }

    private static String ci(Interval i, int decimals) {
        return "95% CI " + number(i.ciLow(), decimals) + " to " + number(i.ciHigh(), decimals);
    }

    public ForecastViewModel viewModel() {
        return model;
    }

    /** The chart the user is looking at, for File › Export chart: the budget curve, else the regret. */
    public Optional<JFreeChart> currentChart() {
        return budget.forExport().or(regret::forExport);
    }

    /** The panes and the tile a reader checks: budget curve, targeting, off-policy estimates, regret, conversions. */
    public Figures figures() {
        return new Figures(budget, targeting, ope, regret, conversions);
    }

    /** The forecast's charts and its headline figure, as shown. */
    public record Figures(ChartPane budget, ChartPane targeting, ChartPane ope, ChartPane regret,
                          FigureTile conversions) {
    }

    /** The forecast and the policies' regret, as their buttons would compute them; the forecast once a campaign is chosen. */
    @Override
    public void computeWhenShown() {
        model.simulatePolicies();
        if (model.canForecast().get()) {
            model.forecast();
            return;
        }
        model.campaign().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> o, String was, String now) {
                if (now != null) {
                    o.removeListener(this);
                    javafx.application.Platform.runLater(model::forecast);
                }
            }
        });
    }
}
