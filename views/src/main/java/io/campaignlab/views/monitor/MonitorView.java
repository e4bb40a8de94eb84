package io.campaignlab.views.monitor;

import io.campaignlab.views.monitor.charts.MonitorCharts;
import io.campaignlab.views.common.WhenShown;
import io.campaignlab.views.common.SectionHeader;
import io.campaignlab.views.common.Selections;
import io.campaignlab.views.common.Columns;
import atlantafx.base.theme.Styles;
import io.campaignlab.engine.monitor.ColumnDrift;
import io.campaignlab.engine.monitor.DriftAnalysis;
import io.campaignlab.engine.monitor.DriftStatus;
import io.campaignlab.engine.monitor.PerformanceTimeline;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.charts.ChartFocus;
import io.campaignlab.views.charts.ChartPane;
import io.campaignlab.views.jobs.JobControls;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import io.campaignlab.views.models.RunCell;
import io.campaignlab.views.models.RunRow;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Monitor section: the run and the current sample to check above; the drift table (most drifted first, a
 * coloured status per feature) with the run's stored checks below it on the left; the selected feature's reference
 * and current distributions and the current sample's performance by day on the right. Thin code-behind over
 * {@link MonitorViewModel}; reloads whenever it is shown.
 */
public final class MonitorView extends BorderPane {

    private final MonitorViewModel viewModel;
    private final TableView<ColumnDrift> table = new TableView<>();
    private final ListView<StoredAnalysis> storedList = new ListView<>();
    private final ChartPane distribution = new ChartPane("Reference vs current", "distribution-chart");
    private final ChartPane performance = new ChartPane("Performance over time · current sample",
            "performance-chart");
    private final ChartFocus chartFocus;

    public MonitorView(Supplier<WorkspaceContext> workspace, JobExecutor executor, String summary) {
        this(new MonitorViewModel(workspace, executor, Platform::runLater, MonitorJobs.ENGINE), summary);
    }

    public MonitorView(MonitorViewModel viewModel, String summary) {
        this.viewModel = viewModel;
        getStyleClass().add("monitor-view");
        setTop(new VBox(header(summary), toolbar()));
        SplitPane charts = new SplitPane(distribution, performance);
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.5);
        SplitPane split = new SplitPane(left(), charts);
        split.setDividerPositions(0.565);
        setCenter(split);
        this.chartFocus = new ChartFocus(distribution, performance);
        viewModel.readout().feature().addListener((o, old, now) -> showFeature());
        viewModel.readout().analysis().addListener((o, old, now) -> showPerformance());
        viewModel.readout().message().addListener((o, old, now) -> {
            showFeature();
            showPerformance();
        });
        showFeature();
        showPerformance();
        WhenShown.run(this, viewModel::refresh);
    }

    private Node header(String summary) {
        Label span = new Label();
        span.setId("monitor-span");
        span.textProperty().bind(viewModel.form().spanText());
        return SectionHeader.of("Monitor", summary, 2, SectionHeader.right(span));
    }

    private Node toolbar() {
        // wraps onto a second line when the section is narrow (the jobs panel open beside it)
        FlowPane box = new FlowPane(12, 6, runPicker(), currentSample(), actions());
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 12, 8, 12));
        return box;
    }

    /** The run to check. */
    private HBox runPicker() {
        Label runLabel = new Label("Run");
        runLabel.getStyleClass().add(Styles.TEXT_BOLD);
        runLabel.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<RunRow> runs = RunCell.picker("monitor-run", viewModel.runs(), viewModel.runProperty(), row -> "");
        runs.setPrefWidth(320);
        runs.setMinWidth(160);
        HBox runPicker = new HBox(8, runLabel, runs);
        runPicker.setAlignment(Pos.CENTER_LEFT);
        return runPicker;
    }

    /** What the run's training rows are compared with: a date window of its dataset, or another dataset. */
    private HBox currentSample() {
        Label against = new Label("against");
        DatePicker from = datePicker("monitor-from");
        from.valueProperty().bindBidirectional(viewModel.form().from());
        Label dash = new Label("to");
        DatePicker to = datePicker("monitor-to");
        to.valueProperty().bindBidirectional(viewModel.form().to());
        HBox dates = new HBox(6, from, dash, to);
        dates.setAlignment(Pos.CENTER_LEFT);
        dates.visibleProperty().bind(viewModel.form().mode().isEqualTo(MonitorViewModel.Mode.WINDOW));
        dates.managedProperty().bind(dates.visibleProperty());
        ComboBox<String> dataset = new ComboBox<>(viewModel.form().datasets());
        dataset.setId("monitor-dataset");
        dataset.valueProperty().bindBidirectional(viewModel.form().dataset());
        dataset.setPromptText("dataset");
        dataset.setPrefWidth(200);
        dataset.visibleProperty().bind(viewModel.form().mode().isEqualTo(MonitorViewModel.Mode.DATASET));
        dataset.managedProperty().bind(dataset.visibleProperty());
        for (Region fixed : List.of(against, dash)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox current = new HBox(8, against, modeToggle(), dates, dataset);
        current.setAlignment(Pos.CENTER_LEFT);
        return current;
    }

    /** Date window or Dataset, as two pills. */
    private HBox modeToggle() {
        ToggleButton window = new ToggleButton("Date window");
        ToggleButton other = new ToggleButton("Dataset");
        window.setId("monitor-mode-window");
        other.setId("monitor-mode-dataset");
        window.getStyleClass().addAll(Styles.LEFT_PILL);
        other.getStyleClass().addAll(Styles.RIGHT_PILL);
        ToggleGroup mode = new ToggleGroup();
        window.setToggleGroup(mode);
        other.setToggleGroup(mode);
        window.setSelected(viewModel.form().mode().get() == MonitorViewModel.Mode.WINDOW);
        other.setSelected(!window.isSelected());
        mode.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.form().mode().set(now == window ? MonitorViewModel.Mode.WINDOW
                        : MonitorViewModel.Mode.DATASET);
            }
        });
        viewModel.form().mode().addListener((o, old, now) -> (now == MonitorViewModel.Mode.WINDOW ? window : other)
                .setSelected(true));
        window.setMinWidth(Region.USE_PREF_SIZE);
        other.setMinWidth(Region.USE_PREF_SIZE);
        return new HBox(window, other);
    }

    /** Check drift, Cancel, the progress bar, and what the check is doing or why it cannot start. */
    private HBox actions() {
        Button check = new Button("Check drift", new FontIcon(MaterialDesignP.PLAY_OUTLINE));
        check.setId("monitor-check");
        check.getStyleClass().add(Styles.ACCENT);
        check.disableProperty().bind(viewModel.canCheckBinding().not());
        check.setOnAction(e -> viewModel.checkDrift());
        Tooltip why = new Tooltip();
        why.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                viewModel.form().problem().get().isEmpty() ? "Compares every feature the model reads and its score"
                        + " with the training rows, and keeps the result with the run (runs as a job)"
                        : viewModel.form().problem().get(), viewModel.form().problem()));
        check.setTooltip(why);
        // why the check cannot start, else what the check is doing
        JobSlot job = viewModel.job();
        return JobControls.of(job, "monitor", javafx.beans.binding.Bindings.createStringBinding(() ->
                        viewModel.form().problem().get().isEmpty() ? job.messageProperty().get()
                                : viewModel.form().problem().get(), viewModel.form().problem(),
                job.messageProperty())).withStart(check);
    }

    private DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(152);
        picker.setMinWidth(152);
        picker.setShowWeekNumbers(false);
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        picker.setPromptText("yyyy-mm-dd");
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                DatasetSpan span = viewModel.form().span().get();
                boolean outside = span != null && item != null && (item.isBefore(span.first())
                        || item.isAfter(span.last()));
                setDisable(empty || outside);
            }
        });
        return picker;
    }

    private Node left() {
        Label summary = summaryLine();
        Label performanceLine = performanceLine();

        table.setId("drift-table");
        table.getStyleClass().add(Styles.DENSE);
        table.setStyle("-fx-font-size: 0.92em;");
        table.setItems(viewModel.readout().rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ColumnDrift, DriftStatus> status = column("status", 80, false, ColumnDrift::status,
                MonitorFormats::status);
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().setAll(List.of(status,
                column("feature", 100, false, ColumnDrift::feature, s -> s),
                column("test", 106, false, ColumnDrift::test, MonitorView::shortTest),
                column("statistic", 74, true, ColumnDrift::statistic, MonitorFormats::number),
                column("p-value", 74, true, ColumnDrift::pValue, MonitorFormats::pValue),
                column("PSI", 62, true, ColumnDrift::psi, MonitorFormats::number),
                column("JS", 62, true, ColumnDrift::jensenShannon, MonitorFormats::number),
                column("drift", 62, true, ColumnDrift::score, v -> String.format(Locale.ROOT, "%.2f", v))));
        TableColumn<ColumnDrift, ?> drift = table.getColumns().get(table.getColumns().size() - 1);
        drift.setText(null);
        drift.setGraphic(hint("drift", "The drift score the table is sorted by: 1 is the alert line (distance /"
                + " threshold, or ln p / ln threshold)"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ColumnDrift item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(MonitorFormats.kind(item.kind()) + " · "
                        + MonitorFormats.testLine(item) + (item.note().isEmpty() ? "" : "\n" + item.note())));
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.readout().message());
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(420);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);
        Selections.bind(table.getSelectionModel(), viewModel.readout().feature());

        Label storedTitle = new Label("Stored checks of this run · click one to reopen it");
        storedTitle.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        storedList.setId("monitor-stored");
        storedList.getStyleClass().add(Styles.DENSE);
        storedList.setItems(viewModel.readout().stored());
        storedList.setPrefHeight(74);
        storedList.setMinHeight(52);
        storedList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(StoredAnalysis item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(MonitorViewModel.describe(item));
                setGraphic(badge(item.alerts() > 0 ? DriftStatus.ALERT : item.warnings() > 0 ? DriftStatus.WARN
                        : DriftStatus.OK));
            }
        });
        Label none = new Label("None yet.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        storedList.setPlaceholder(none);
        Runnable pullStored = Selections.follow(storedList.getSelectionModel(), viewModel.readout().shown(),
                viewModel::open);
        viewModel.readout().stored().addListener((ListChangeListener<StoredAnalysis>) c -> pullStored.run());
        VBox box = new VBox(6, summary, performanceLine, table, storedTitle, storedList);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(4, 6, 6, 10));
        box.setMinWidth(420);
        return box;
    }

    /** One line on the analysis shown: window, rows, alerts. */
    private Label summaryLine() {
        Label summary = new Label();
        summary.setId("monitor-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(viewModel.readout().summary());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.visibleProperty().bind(viewModel.readout().summary().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        return summary;
    }

    /** Performance drift, the signal that matters, in one line above the feature drift table. */
    private Label performanceLine() {
        Label line = new Label();
        line.setId("monitor-performance");
        line.textProperty().bind(viewModel.performanceLine());
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.visibleProperty().bind(viewModel.performanceLine().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        line.graphicProperty().bind(javafx.beans.binding.Bindings.when(viewModel.performanceAlert())
                .then((Node) icon(DriftStatus.ALERT)).otherwise((Node) icon(DriftStatus.OK)));
        return line;
    }

    private static Node hint(String title, String text) {
        Label label = new Label(title);
        label.setTooltip(new Tooltip(text));
        return label;
    }

    private static String shortTest(String test) {
        return switch (test) {
            case "ks" -> "KS";
            case "chi_square" -> "χ²";
            case "wasserstein_normed" -> "Wasserstein";
            case "jensen_shannon" -> "JS distance";
            case "none" -> "—";
            default -> test;
        };
    }

    private void showFeature() {
        ColumnDrift feature = viewModel.readout().feature().get();
        if (feature == null) {
            distribution.title("Reference vs current");
            String message = viewModel.readout().message().get();
            distribution.showMessage(message.isEmpty() ? "Select a feature in the table to compare its"
                    + " distributions." : message);
            return;
        }
        distribution.title("Reference vs current · " + feature.feature());
        if (feature.distribution().isEmpty()) {
            distribution.showMessage(feature.note().isEmpty() ? "No distribution was kept for " + feature.feature()
                    + "." : feature.note());
            return;
        }
        distribution.show(text -> MonitorCharts.distribution(feature, text));
    }

    private void showPerformance() {
        DriftAnalysis analysis = viewModel.readout().analysis().get();
        if (analysis == null) {
            String message = viewModel.readout().message().get();
            performance.showMessage(message.isEmpty() ? "Check drift to see the model's performance day by day."
                    : message);
            return;
        }
        PerformanceTimeline timeline = analysis.timeline();
        if (timeline == null || timeline.buckets().isEmpty()) {
            performance.showMessage("The current sample has no timestamps, so there is no performance over time.");
            return;
        }
        RunRow run = viewModel.runProperty().get();
        double auc = run == null || run.testAuc() == null ? Double.NaN : run.testAuc();
        double ece = run == null || run.testEce() == null ? Double.NaN : run.testEce();
        performance.show(text -> MonitorCharts.performance(timeline, auc, ece, text));
    }

    /** The status as a coloured chip: icon and word. */
    private static final class StatusCell extends TableCell<ColumnDrift, DriftStatus> {
        @Override
        protected void updateItem(DriftStatus item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(null);
            setGraphic(chip(item));
        }

        /** Widens the column to the chip's whole word ("skipped" is wider than the column's start). */
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            TableColumn<ColumnDrift, ?> column = getTableColumn();
            if (isEmpty() || getGraphic() == null || column == null || getTableView() == null) {
                return;
            }
            double needed = Math.ceil(getGraphic().prefWidth(-1) + snappedLeftInset() + snappedRightInset() + 2);
            if (needed > column.getWidth()) {
                getTableView().resizeColumn(column, needed - column.getWidth());
            }
            if (needed > column.getMinWidth()) {
                column.setMinWidth(needed);
            }
        }
    }

    private static String colour(DriftStatus status) {
        return switch (status) {
            case ALERT -> "danger";
            case WARN -> "warning";
            case OK -> "success";
            case SKIPPED -> "neutral";
        };
    }

    /** A status as a chip: its icon and word on a tinted background, coloured by the theme. */
    static Label chip(DriftStatus status) {
        Label chip = new Label(MonitorFormats.status(status), icon(status));
        chip.getStyleClass().addAll("drift-status", "drift-status-" + MonitorFormats.status(status));
        String colour = colour(status);
        if (!colour.equals("neutral")) {
            chip.getStyleClass().add(colour);
        } else {
            chip.getStyleClass().add(Styles.TEXT_MUTED);
        }
        chip.setStyle("-fx-background-color: -color-" + colour + "-subtle; -fx-background-radius: 9;"
                + " -fx-padding: 0 7 0 5; -fx-graphic-text-gap: 4;");
        return chip;
    }

    /** A status's icon, coloured by the label it sits in. */
    static Label badge(DriftStatus status) {
        Label badge = new Label(null, icon(status));
        String colour = colour(status);
        badge.getStyleClass().add(colour.equals("neutral") ? Styles.TEXT_MUTED : colour);
        return badge;
    }

    private static FontIcon icon(DriftStatus status) {
        Ikon ikon = switch (status) {
            case ALERT -> MaterialDesignA.ALERT_OCTAGON;
            case WARN -> MaterialDesignA.ALERT;
            case OK -> MaterialDesignC.CHECK_CIRCLE;
            case SKIPPED -> MaterialDesignM.MINUS_CIRCLE_OUTLINE;
        };
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(13);
        return icon;
    }

    private static <T> TableColumn<ColumnDrift, T> column(String title, double width, boolean right,
                                                          Function<ColumnDrift, T> value, Function<T, String> text) {
        return Columns.right(Columns.atLeast(Columns.typed(title, width, value, text), width), right);
    }

    // ---- for the workbench ----

    public void refresh() {
        viewModel.refresh();
    }

    public void workspaceChanged() {
        viewModel.workspaceChanged();
    }

    /** Shows a run (the first of the ids), once it is listed. */
    public void showRuns(List<Long> runIds) {
        if (!runIds.isEmpty()) {
            viewModel.selectRun(runIds.get(0));
        }
    }

    /** The chart the user last clicked (the distributions until then), made for a file. */
    public Optional<JFreeChart> currentChart() {
        return chartFocus.forExport(distribution, performance);
    }

    public MonitorViewModel viewModel() {
        return viewModel;
    }

    ChartPane distributionPane() {
        return distribution;
    }

    ChartPane performancePane() {
        return performance;
    }

    TableView<ColumnDrift> table() {
        return table;
    }
}
