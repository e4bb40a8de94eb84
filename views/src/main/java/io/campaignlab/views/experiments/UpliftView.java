package io.campaignlab.views.experiments;

import io.campaignlab.views.experiments.charts.UpliftCharts;
import atlantafx.base.theme.Styles;
import io.campaignlab.engine.uplift.BaseLearner;
import io.campaignlab.engine.uplift.MetaLearner;
import io.campaignlab.engine.uplift.UpliftResult;
import io.campaignlab.views.charts.ChartFocus;
import io.campaignlab.views.charts.ChartPane;
import io.campaignlab.views.jobs.JobControls;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;
import java.util.Optional;

/**
 * The uplift tab: what to fit above (dataset, arm column, treated and control arms, outcome, learner and base), the
 * evaluation in one line, then the Qini curve against the random line, the uplift curve and the uplift by decile.
 * Thin code-behind over {@link UpliftViewModel}.
 */
public final class UpliftView extends BorderPane {

    private final UpliftViewModel viewModel;
    private final ChartPane qini = new ChartPane("Qini curve", "qini-chart");
    private final ChartPane curve = new ChartPane("Uplift curve", "uplift-curve-chart");
    private final ChartPane deciles = new ChartPane("Uplift by decile", "uplift-decile-chart");
    private final ChartFocus chartFocus = new ChartFocus(qini, curve, deciles);

    public UpliftView(UpliftViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("uplift-view");
        Label summary = new Label();
        summary.setId("uplift-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_SMALL);
        summary.textProperty().bind(Bindings.createStringBinding(viewModel::summary, viewModel.resultProperty()));
        summary.visibleProperty().bind(viewModel.resultProperty().isNotNull());
        summary.managedProperty().bind(summary.visibleProperty());
        summary.setPadding(new Insets(0, 12, 4, 12));
        summary.setMinHeight(Region.USE_PREF_SIZE);
        setTop(new VBox(toolbar(), summary));
        SplitPane side = new SplitPane(curve, deciles);
        side.setOrientation(Orientation.VERTICAL);
        SplitPane charts = new SplitPane(qini, side);
        charts.setDividerPositions(0.5);
        Label message = new Label();
        message.setId("uplift-message");
        message.setWrapText(true);
        message.setMaxWidth(480);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.resultProperty().isNull());
        charts.visibleProperty().bind(viewModel.resultProperty().isNotNull());
        setCenter(new StackPane(charts, message));
        for (ChartPane pane : List.of(qini, curve, deciles)) {
            pane.setMinHeight(130);
        }
        viewModel.resultProperty().addListener((o, old, now) -> showResult());
        showResult();
    }

    private Node toolbar() {
        ComboBox<String> dataset = combo("uplift-dataset", viewModel.choice().datasets(), 190);
        dataset.valueProperty().bindBidirectional(viewModel.choice().dataset());
        ComboBox<String> group = combo("uplift-group", viewModel.choice().groupColumns(), 120);
        group.valueProperty().bindBidirectional(viewModel.choice().group());
        ComboBox<String> treated = combo("uplift-treatment", viewModel.choice().arms(), 160);
        treated.valueProperty().bindBidirectional(viewModel.form().treatment());
        ComboBox<String> control = combo("uplift-control", viewModel.choice().arms(), 160);
        control.valueProperty().bindBidirectional(viewModel.choice().control());
        ComboBox<String> outcome = combo("uplift-outcome", viewModel.form().outcomes(), 120);
        outcome.valueProperty().bindBidirectional(viewModel.form().outcome());
        ComboBox<MetaLearner> learner = new ComboBox<>();
        learner.setId("uplift-learner");
        learner.getItems().setAll(MetaLearner.values());
        learner.valueProperty().bindBidirectional(viewModel.form().learner());
        learner.setConverter(converter(m -> switch (m) {
            case S -> "S-learner";
            case T -> "T-learner";
            case X -> "X-learner";
            case CT -> "class transformation";
        }));
        ComboBox<BaseLearner> base = new ComboBox<>();
        base.setId("uplift-base");
        base.getItems().setAll(BaseLearner.values());
        base.valueProperty().bindBidirectional(viewModel.form().base());
        base.setConverter(converter(b -> b == BaseLearner.LR ? "logistic regression" : "DNN"));
        Button fit = new Button("Fit", new FontIcon(MaterialDesignP.PLAY_OUTLINE));
        fit.setId("uplift-fit");
        fit.getStyleClass().add(Styles.ACCENT);
        fit.disableProperty().bind(viewModel.canFitBinding().not());
        fit.setOnAction(e -> viewModel.fit());
        fit.setTooltip(new Tooltip("Fits on 70% of the units, evaluates on the other 30% and records a run; every"
                + " unit's uplift goes to uplift_runN_<dataset> (runs as a job)"));
        FlowPane box = new FlowPane(12, 6,
                pair("Dataset", dataset), pair("Arm column", group), pair("Treated", treated),
                pair("Control", control), pair("Outcome (0/1)", outcome), pair("Learner", learner),
                pair("on", base), JobControls.of(viewModel.job(), "uplift").withStart(fit));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 12, 8, 12));
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static HBox pair(String title, Region control) {
        Label label = new Label(title);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static ComboBox<String> combo(String id, ObservableList<String> items, double width) {
        ComboBox<String> combo = new ComboBox<>(items);
        combo.setId(id);
        // as wide as its longest name (campaign_exposures), never narrower than the given width
        combo.setMinWidth(width);
        return combo;
    }

    private void showResult() {
        UpliftResult r = viewModel.resultProperty().get();
        if (r == null) {
            for (ChartPane pane : List.of(qini, curve, deciles)) {
                pane.showMessage("Fit an uplift model to see its curves.");
            }
            return;
        }
        String what = " · " + r.spec().treatmentValue() + " vs " + r.spec().controlValue();
        qini.title("Qini curve" + what);
        curve.title("Uplift curve" + what);
        deciles.title("Uplift by decile" + what);
        qini.show(text -> UpliftCharts.qini(r, text));
        curve.show(text -> UpliftCharts.uplift(r, text));
        deciles.show(text -> UpliftCharts.deciles(r, text));
    }

    /** The chart the user last clicked (the Qini curve until then), made for a file. */
    public Optional<JFreeChart> currentChart() {
        return chartFocus.forExport(qini);
    }

    public UpliftViewModel viewModel() {
        return viewModel;
    }

    ChartPane qiniPane() {
        return qini;
    }

    ChartPane decilePane() {
        return deciles;
    }
}
