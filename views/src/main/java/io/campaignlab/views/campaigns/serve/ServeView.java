package io.campaignlab.views.campaigns.serve;

import io.campaignlab.views.common.ComputedWhenShown;

import atlantafx.base.theme.Styles;
import io.campaignlab.views.campaigns.charts.ServeCharts;
import io.campaignlab.views.charts.ChartPane;
import io.campaignlab.views.common.FigureTile;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.engine.workspace.WorkspaceContext;
import java.util.function.Supplier;

/**
 * The serve pane: the status light, the address fields with Start and Stop, the API key, the dashboard's figures
 * (decisions/s, p50/p99 latency, decisions, fallbacks, budget spent against its cap) and charts (offers served,
 * conversions by arm, the Thompson posteriors), polled every second while the server runs.
 */
public final class ServeView extends BorderPane implements ComputedWhenShown {

    private static final Color ON = Color.web("#2da44e");
    private static final Color OFF = Color.web("#8c959f");

    private final ServeViewModel model;
    private final Circle light = new Circle(7, OFF);
    private final FigureTile rate = new FigureTile("Decisions / s", "serve-rate");
    private final FigureTile p50 = new FigureTile("p50 latency", "serve-p50");
    private final FigureTile p99 = new FigureTile("p99 latency", "serve-p99");
    private final FigureTile decisions = new FigureTile("Decisions served", "serve-decisions");
    private final FigureTile fallbacks = new FigureTile("Fallbacks", "serve-fallbacks");
    private final FigureTile budget = new FigureTile("Budget spent", "serve-budget");
    private final ProgressBar budgetBar = new ProgressBar(0);
    private final ChartPane offers = new ChartPane("Offers served", "serve-offers");
    private final ChartPane arms = new ChartPane("Conversions by arm", "serve-arms");
    private final ChartPane posteriors = new ChartPane("Thompson posteriors", "serve-posteriors");
    private final Timeline poll;

    /** The pane as the Campaigns section shows it. */
    public static ServeView create(Supplier<WorkspaceContext> workspace, JobExecutor jobs,
                                   ServeControl control, ObjectProperty<String> campaign) {
        return new ServeView(new ServeViewModel(workspace, jobs, control, campaign));
    }

    public ServeView(ServeViewModel model) {
        this.model = model;
        getStyleClass().add("campaign-serve");
        light.setId("serve-light");
        Label status = new Label();
        status.setId("serve-status");
        status.textProperty().bind(model.message());
        status.setMinWidth(0);
        TextField bind = field("serve-bind", 120);
        bind.textProperty().bindBidirectional(model.bind());
        TextField port = field("serve-port", 70);
        port.textProperty().bindBidirectional(model.port());
        Button start = new Button("Start");
        start.setId("serve-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(Bindings.createBooleanBinding(() -> model.busy().get()
                || model.state().get().running(), model.busy(), model.state()));
        start.setOnAction(e -> model.start());
        Button stop = new Button("Stop");
        stop.setId("serve-stop");
        stop.disableProperty().bind(Bindings.createBooleanBinding(() -> model.busy().get()
                || !model.state().get().running(), model.busy(), model.state()));
        stop.setOnAction(e -> model.stop());
        bind.disableProperty().bind(start.disableProperty());
        port.disableProperty().bind(start.disableProperty());
        HBox controls = new HBox(8, light, new Label("Address"), bind, new Label("Port"), port, start, stop, status);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, controls, keyRow(), tiles());
        top.setPadding(new Insets(8, 10, 4, 10));
        ScrollPane scroll = new ScrollPane(new VBox(top, charts()));
        scroll.setFitToWidth(true);
        setCenter(scroll);
        poll = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.poll()));
        poll.setCycleCount(Animation.INDEFINITE);
        model.state().addListener((o, old, now) -> {
            running(now.running());
            if (model.snapshot().get() == null) {
                show(null);
            }
        });
        model.snapshot().addListener((o, old, now) -> show(now));
        running(model.state().get().running());
        show(null);
    }

    private HBox keyRow() {
        TextField key = field("serve-key", 260);
        key.setEditable(false);
        key.textProperty().bind(model.key());
        key.setPromptText("shown while the server runs");
        ToggleButton reveal = new ToggleButton("Show");
        reveal.setId("serve-key-show");
        reveal.selectedProperty().bindBidirectional(model.keyShown());
        Button copy = new Button("Copy");
        copy.setId("serve-key-copy");
        copy.disableProperty().bind(model.key().isEmpty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.fullKey());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Label hint = new Label("Send it as Authorization: Bearer KEY or X-Api-Key: KEY.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox row = new HBox(8, new Label("API key"), key, reveal, copy, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private FlowPane tiles() {
        budgetBar.setId("serve-budget-bar");
        budgetBar.setPrefWidth(140);
        budget.getChildren().add(budgetBar);
        return new FlowPane(6, 6, rate, p50, p99, decisions, fallbacks, budget);
    }

    private GridPane charts() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setPadding(new Insets(4, 10, 10, 10));
        double[] widths = {28, 28, 44};
        for (double w : widths) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(w);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        grid.add(offers, 0, 0);
        grid.add(arms, 1, 0);
        grid.add(posteriors, 2, 0);
        for (ChartPane pane : List.of(offers, arms, posteriors)) {
            pane.setPrefHeight(340);
            pane.setMinHeight(280);
        }
        return grid;
    }

    private static TextField field(String id, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefWidth(width);
        f.setMinWidth(width);
        return f;
    }

    private void running(boolean on) {
        light.setFill(on ? ON : OFF);
        if (on) {
            poll.play();
        } else {
            poll.stop();
        }
    }

    private void show(ServeSnapshot s) {
        if (s == null) {
            for (FigureTile t : List.of(rate, p50, p99, decisions, fallbacks, budget)) {
                t.clear();
            }
            budgetBar.setProgress(0);
            String text = model.state().get().running() ? "Waiting for the first figures…"
                    : "Start the decision server to see its dashboard.";
            offers.showMessage(text);
            arms.showMessage(text);
            posteriors.showMessage(text);
            return;
        }
        rate.show(String.format(Locale.ROOT, "%,.1f", s.decisionsPerSecond()), "over the last 10 s");
        p50.show(millis(s.p50Ms()), "latest decisions");
        p99.show(millis(s.p99Ms()), "latest decisions");
        decisions.show(String.format(Locale.ROOT, "%,d", s.decisions()), "since the server started");
        fallbacks.show(String.format(Locale.ROOT, "%,d", s.fallbacks()), "no offer: caps, budget, none eligible");
        showBudget(s);
        showCampaign(s);
    }

    private void showBudget(ServeSnapshot s) {
        if (s.capCents() == null) {
            budget.show(s.campaign() == null ? "–" : money(s.spentCents() == null ? 0 : s.spentCents()), "no budget"
                    + " cap");
            budgetBar.setProgress(0);
            return;
        }
        long spent = s.spentCents() == null ? 0 : s.spentCents();
        budget.show(money(spent), "of " + money(s.capCents()) + String.format(Locale.ROOT, " (%.1f%%)",
                s.capCents() > 0 ? 100.0 * spent / s.capCents() : 0));
        budgetBar.setProgress(s.capCents() > 0 ? Math.min(1, spent / (double) s.capCents()) : 0);
    }

    private void showCampaign(ServeSnapshot s) {
        if (s.campaign() == null) {
            String text = model.campaign().get() == null ? "No published campaign is being served."
                    : "Campaign " + model.campaign().get() + " is not being served: publish it, then restart.";
            offers.showMessage(text);
            arms.showMessage(text);
            posteriors.showMessage(text);
            return;
        }
        String about = s.campaign() + " v" + s.version();
        offers.title("Offers served · " + about);
        if (s.offersServed().isEmpty()) {
            offers.showMessage("No offer served yet.");
        } else {
            Map<String, Long> sorted = new LinkedHashMap<>();
            s.offersServed().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            offers.show(colour -> ServeCharts.counts("decisions", "offers served", sorted, null, colour));
        }
        if (s.arms().isEmpty()) {
            arms.showMessage("No decision logged yet.");
        } else {
            Map<String, Double> rates = new LinkedHashMap<>();
            s.arms().forEach(a -> rates.put(a.arm(), Double.isNaN(a.rate()) ? 0 : 100 * a.rate()));
            String note = s.arms().stream().map(a -> String.format(Locale.ROOT, "%s %,d of %,d", a.arm(),
                    a.conversions(), a.decisions())).collect(Collectors.joining(" · "));
            arms.show(colour -> ServeCharts.counts("conversion rate (%)", "conversions", rates, note, colour));
        }
        if (s.posteriors().isEmpty()) {
            posteriors.showMessage("No posterior yet: the first offer served starts them.");
        } else {
            Map<String, io.campaignlab.engine.campaigns.policy.BetaPosterior> sorted = new java.util.TreeMap<>(
                    s.posteriors());
            posteriors.show(colour -> ServeCharts.posteriors(sorted, colour));
        }
    }

    private static String millis(Double ms) {
        return ms == null ? "–" : String.format(Locale.ROOT, "%.2f ms", ms);
    }

    private static String money(long cents) {
        return String.format(Locale.ROOT, "%,.2f", cents / 100.0);
    }

    public ServeViewModel viewModel() {
        return model;
    }

    /** The dashboard's charts and its budget tile, as shown. */
    public Figures figures() {
        return new Figures(offers, arms, posteriors, budget);
    }

    /** The charts of offers served, conversions by arm and the posteriors, and the budget spent. */
    public record Figures(ChartPane offers, ChartPane arms, ChartPane posteriors, FigureTile budget) {
    }

    /**
     * Starts the decision server on a free loopback port, so that the dashboard shows what the log and the rebuilt
     * posteriors hold (as the snapshot's {@code --tab serve} shows it).
     */
    @Override
    public void computeWhenShown() {
        model.port().set("0");
        model.start();
    }
}
