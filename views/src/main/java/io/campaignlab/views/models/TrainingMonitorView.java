package io.campaignlab.views.models;

import io.campaignlab.views.models.charts.TrainingChart;
import io.campaignlab.views.common.Columns;
import atlantafx.base.theme.Styles;
import io.campaignlab.engine.models.EpochReport;
import io.campaignlab.views.charts.ChartPane;
import io.campaignlab.views.jobs.JobControls;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The training curves beside the train form: the job's progress line with an ETA and cancel while a run trains,
 * the loss and validation AUC chart, and the epochs as numbers below it.
 */
final class TrainingMonitorView extends BorderPane {

    private final TrainingMonitorViewModel monitor;
    private final ChartPane chart = new ChartPane("Training curves", "training-chart");

    TrainingMonitorView(TrainingMonitorViewModel monitor) {
        this.monitor = monitor;
        getStyleClass().add("training-monitor");
        JobControls controls = JobControls.of(monitor.job(), "training", monitor.readout().message());
        Label message = controls.text();
        message.setId("training-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox progress = controls.node();
        progress.setPadding(new Insets(8, 12, 4, 12));
        progress.setMinHeight(40);
        setTop(progress);
        setCenter(chart);
        setBottom(epochTable());
        monitor.readout().title().addListener((o, old, now) -> chart.title(now));
        chart.title(monitor.readout().title().get());
        monitor.epochs().addListener((ListChangeListener<EpochReport>) change -> redraw());
        monitor.readout().emptyMessage().addListener((o, old, now) -> redraw());
        monitor.readout().bestEpoch().addListener((o, old, now) -> redraw());
        redraw();
    }

    Optional<JFreeChart> currentChart() {
        return chart.forExport();
    }

    ChartPane chartPane() {
        return chart;
    }

    private void redraw() {
        List<EpochReport> epochs = List.copyOf(monitor.epochs());
        if (epochs.isEmpty()) {
            chart.showMessage(monitor.readout().emptyMessage().get());
            return;
        }
        int planned = monitor.readout().maxEpochs().get();
        int best = monitor.readout().bestEpoch().get();
        chart.show(text -> TrainingChart.create(epochs, planned, best, text));
    }

    private javafx.scene.Node epochTable() {
        TableView<EpochReport> table = new TableView<>(monitor.epochs());
        table.setId("epoch-table");
        table.getStyleClass().add(Styles.DENSE);
        table.setPrefHeight(170);
        table.setMinHeight(110);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No epochs yet");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        table.getColumns().add(column("epoch", 60, e -> String.valueOf(e.epoch())));
        table.getColumns().add(column("train loss", 96, e -> ModelFormats.loss(e.trainLoss())));
        table.getColumns().add(column("val loss", 90, e -> ModelFormats.loss(e.valLoss())));
        table.getColumns().add(column("val AUC", 90, e -> ModelFormats.auc(e.valAuc())));
        table.getColumns().add(column("seconds", 80, e -> e.seconds() > 0 ? ModelFormats.seconds(e.seconds()) : ""));
        table.getColumns().add(column("rows/s", 96, e -> e.rowsPerSecond() > 0
                ? String.format(Locale.ROOT, "%,.0f", e.rowsPerSecond()) : ""));
        table.getColumns().add(column("best", 60, e -> e.epoch() == monitor.readout().bestEpoch().get() ? "✓" : ""));
        monitor.readout().bestEpoch().addListener((o, old, now) -> table.refresh());
        VBox box = new VBox(table);
        box.setPadding(new Insets(0, 8, 8, 8));
        return box;
    }

    private static TableColumn<EpochReport, String> column(String title, double width,
                                                           Function<EpochReport, String> text) {
        TableColumn<EpochReport, String> column = Columns.right(Columns.unsorted(Columns.text(title, width, text)), true);
        // never narrower than its title ("ep…", "seco…"): a narrow pane scrolls instead
        column.setMinWidth(width);
        return column;
    }
}
