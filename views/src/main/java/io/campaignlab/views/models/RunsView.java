package io.campaignlab.views.models;

import io.campaignlab.views.models.charts.EvaluationCharts;
import io.campaignlab.views.common.Columns;
import atlantafx.base.theme.Styles;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.views.charts.ChartFocus;
import io.campaignlab.views.charts.ChartPane;
import io.campaignlab.views.common.NameCells;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.jfree.chart.JFreeChart;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Runs tab: the runs table (sortable, ctrl-click for several) beside the focused run's provenance, with the
 * score action above, and below them the selected runs' ROC, calibration and gain (or lift) charts overlaid.
 */
final class RunsView extends BorderPane {

    private final RunsViewModel viewModel;
    private final ScoreViewModel score;
    private final TableView<RunRow> table = new TableView<>();
    private final GridPane provenanceGrid = new GridPane();
    private final Label provenanceTitle = new Label("Provenance");
    /** The widest the provenance sheet's key column grows. */
    private static final double KEY_WIDTH = 170;

    private final Label provenanceMessage = new Label();
    private final ToggleButton provenanceJsonToggle = new ToggleButton("Show JSON");
    private final TextArea provenanceJson = new TextArea();
    private final ChartPane roc = new ChartPane("ROC · test split", "roc-chart");
    private final ChartPane calibration = new ChartPane("Calibration by score decile · test split", "calibration-chart");
    private final ToggleButton gainButton = new ToggleButton("Gain");
    private final ToggleButton liftButton = new ToggleButton("Lift");
    private final ChartPane gain = new ChartPane("Cumulative gain · test split", "gain-chart", gainButton,
            liftButton);
    private final ChartFocus chartFocus = new ChartFocus(roc, calibration, gain);
    private boolean syncing;

    RunsView(RunsViewModel viewModel, ScoreViewModel score) {
        this.viewModel = viewModel;
        this.score = score;
        getStyleClass().add("runs-view");
        setTop(toolbar());
        SplitPane upper = new SplitPane(runsTable(), provenance());
        upper.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(upper.getItems().get(1), false);
        SplitPane split = new SplitPane(upper, charts());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.43);
        setCenter(split);
        viewModel.charts().curves().addListener((ListChangeListener<RunCurves>) change -> showCurves());
        viewModel.charts().message().addListener((o, old, now) -> showCurves());
        viewModel.provenance().shown().addListener((o, old, now) -> showProvenance());
        viewModel.provenance().message().addListener((o, old, now) -> showProvenance());
        showCurves();
        showProvenance();
    }

    /** The chart the user last clicked (ROC until then), made for a file. */
    Optional<JFreeChart> currentChart() {
        return chartFocus.forExport(roc, calibration, gain);
    }

    ChartPane rocPane() {
        return roc;
    }

    ChartPane calibrationPane() {
        return calibration;
    }

    ChartPane gainPane() {
        return gain;
    }

    TableView<RunRow> table() {
        return table;
    }

    private Node toolbar() {
        Button refresh = new Button("Refresh", new FontIcon(MaterialDesignR.REFRESH));
        refresh.setOnAction(e -> viewModel.refresh());
        refresh.disableProperty().bind(viewModel.table().loading());
        Label summary = new Label();
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.table().summary());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label scoreLabel = new Label("Score");
        scoreLabel.getStyleClass().add(Styles.TEXT_BOLD);
        ComboBox<String> dataset = new ComboBox<>(score.datasets());
        dataset.setId("score-dataset");
        dataset.valueProperty().bindBidirectional(score.datasetProperty());
        dataset.setPrefWidth(170);
        dataset.setPromptText("dataset");
        Label with = new Label();
        with.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> score.runProperty().get()
                == null ? "with the selected run" : "with " + score.runProperty().get().label(), score.runProperty()));
        Button start = new Button("Score", new FontIcon(MaterialDesignP.PLAY_OUTLINE));
        start.setId("score-start");
        start.disableProperty().bind(score.canScoreBinding().not());
        start.setOnAction(e -> score.start());
        Tooltip why = new Tooltip();
        why.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> score.whyNotProperty().get()
                .isEmpty() ? "Writes the run's scores for every row as a new dataset" : score.whyNotProperty().get(),
                score.whyNotProperty()));
        Label status = new Label();
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(score.scoring().messageProperty());
        status.setMaxWidth(260);
        StackPane startHolder = new StackPane(start);
        Tooltip.install(startHolder, why);
        // when the window is narrow (the jobs panel open), the texts give way and the controls keep their labels
        for (Region fixed : List.of(refresh, scoreLabel, start)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        dataset.setMinWidth(110);
        summary.setMinWidth(0);
        with.setMinWidth(0);
        HBox bar = new HBox(8, refresh, summary, spacer, status, scoreLabel, dataset, with, startHolder);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        return bar;
    }

    private TableView<RunRow> runsTable() {
        table.setId("runs-table");
        table.getStyleClass().addAll("runs-table", Styles.DENSE);
        SortedList<RunRow> sorted = new SortedList<>(viewModel.runs());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.table().placeholder());
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RunRow, Long> id = column("run", 56, true, RunRow::id, n -> "#" + n);
        id.setCellFactory(c -> new IdCell());
        TableColumn<RunRow, RunStatus> status = column("status", 90, false, RunRow::status, RunStatus::id);
        status.setCellFactory(c -> new StatusCell());
        TableColumn<RunRow, Void> validation = group("val",
                column("AUC", 64, true, RunRow::valAuc, ModelFormats::auc));
        TableColumn<RunRow, Void> test = group("test",
                column("AUC", 64, true, RunRow::testAuc, ModelFormats::auc),
                column("±CI", 72, true, RunRow::testAucHalfWidth,
                        v -> v == null ? "" : String.format(Locale.ROOT, "±%.3f", v)),
                column("log loss", 76, true, RunRow::testLogLoss, ModelFormats::loss),
                column("ECE", 64, true, RunRow::testEce, ModelFormats::loss));
        TableColumn<RunRow, String> dataset = column("dataset", 116, false, RunRow::dataset, s -> s);
        NameCells.elideInMiddle(dataset);
        table.getColumns().addAll(List.of(id,
                column("model", 76, false, RunRow::model, s -> s),
                dataset,
                status,
                column("device", 72, false, RunRow::device, s -> s),
                validation, test,
                column("seconds", 78, true, RunRow::seconds, ModelFormats::seconds),
                column("started", 104, false, RunRow::startedAt, (Instant at) -> ModelFormats.started(at))));
        table.getSortOrder().clear();
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunRow>) change -> pushSelection());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> pushSelection());
        viewModel.selection().addListener((ListChangeListener<RunRow>) change -> pullSelection());
        viewModel.focusedProperty().addListener((o, old, now) -> pullSelection());
        return table;
    }

    /** The table's selection into the view model. */
    private void pushSelection() {
        if (syncing) {
            return;
        }
        List<RunRow> chosen = new ArrayList<>(table.getSelectionModel().getSelectedItems());
        chosen.removeIf(java.util.Objects::isNull);
        RunRow focus = table.getSelectionModel().getSelectedItem();
        if (focus == null && !chosen.isEmpty()) {
            focus = chosen.get(chosen.size() - 1);
        }
        syncing = true;
        try {
            viewModel.select(chosen, focus);
        } finally {
            syncing = false;
        }
    }

    /** The view model's selection (after a refresh, or chosen by code) onto the table. */
    private void pullSelection() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            List<Long> wanted = viewModel.selection().stream().map(RunRow::id).toList();
            List<Long> shown = table.getSelectionModel().getSelectedItems().stream()
                    .filter(java.util.Objects::nonNull).map(RunRow::id).toList();
            RunRow focus = viewModel.focusedProperty().get();
            if (!wanted.equals(shown)) {
                table.getSelectionModel().clearSelection();
                for (RunRow row : viewModel.selection()) {
                    if (focus == null || row.id() != focus.id()) {
                        table.getSelectionModel().select(row);
                    }
                }
                if (focus != null) {
                    table.getSelectionModel().select(focus);
                }
                if (focus != null) {
                    table.scrollTo(focus);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static TableColumn<RunRow, Void> group(String title, TableColumn<RunRow, ?>... children) {
        TableColumn<RunRow, Void> group = new TableColumn<>(title);
        group.getColumns().addAll(children);
        return group;
    }

    private static <T> TableColumn<RunRow, T> column(String title, double width, boolean right,
                                                     Function<RunRow, T> value, Function<T, String> text) {
        return Columns.right(Columns.atLeast(Columns.typed(title, width, value, text), width), right);
    }

    /** The run id, with the run's colour in the charts when they show it. */
    private final class IdCell extends TableCell<RunRow, Long> {
        private final Circle dot = new Circle(5);

        @Override
        protected void updateItem(Long item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText("#" + item);
            int colour = viewModel.colourOf(item);
            dot.setFill(colour < 0 ? Color.TRANSPARENT : Color.web(RunPalette.hex(colour)));
            setGraphic(dot);
        }
    }

    /** The status, coloured: completed green, running blue, failed red, cancelled or interrupted amber. */
    private static final class StatusCell extends TableCell<RunRow, RunStatus> {
        @Override
        protected void updateItem(RunStatus item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith("run-status-"));
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.id());
            getStyleClass().add("run-status-" + item.id());
        }
    }

    private Node provenance() {
        provenanceTitle.getStyleClass().add(Styles.TITLE_4);
        provenanceMessage.getStyleClass().add(Styles.TEXT_MUTED);
        provenanceMessage.setWrapText(true);
        provenanceGrid.setId("provenance");
        provenanceGrid.getStyleClass().add("provenance-grid");
        provenanceGrid.setHgap(10);
        provenanceGrid.setVgap(5);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        // a long parameter name (hyperparameters.embeddingDim) wraps at its dots rather than push the values out
        keys.setMaxWidth(KEY_WIDTH);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        values.setMinWidth(120);
        provenanceGrid.getColumnConstraints().setAll(keys, values);
        provenanceJsonToggle.setId("provenance-json-toggle");
        provenanceJsonToggle.getStyleClass().add(Styles.SMALL);
        provenanceJsonToggle.setTooltip(new Tooltip("The provenance as stored, as JSON"));
        provenanceJsonToggle.setMinWidth(Region.USE_PREF_SIZE);
        Button copyJson = new Button("Copy JSON");
        copyJson.setId("provenance-copy-json");
        copyJson.getStyleClass().add(Styles.SMALL);
        copyJson.setMinWidth(Region.USE_PREF_SIZE);
        copyJson.setOnAction(e -> copy(provenanceJson.getText()));
        for (javafx.scene.Node n : List.of(provenanceJsonToggle, copyJson)) {
            n.disableProperty().bind(viewModel.provenance().shown().isNull());
        }
        provenanceJson.setId("provenance-json");
        provenanceJson.setEditable(false);
        provenanceJson.setWrapText(true);
        provenanceJson.getStyleClass().add("provenance-code");
        provenanceJson.setPrefRowCount(24);
        provenanceJson.visibleProperty().bind(provenanceJsonToggle.selectedProperty());
        provenanceJson.managedProperty().bind(provenanceJson.visibleProperty());
        provenanceGrid.visibleProperty().bind(provenanceJsonToggle.selectedProperty().not());
        provenanceGrid.managedProperty().bind(provenanceGrid.visibleProperty());
        HBox asJson = new HBox(6, provenanceJsonToggle, copyJson);
        asJson.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, provenanceTitle, asJson, provenanceMessage, provenanceGrid, provenanceJson);
        box.setPadding(new Insets(8, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("provenance-panel");
        scroll.setMinWidth(300);
        return scroll;
    }

    private void showProvenance() {
        RunProvenance shown = viewModel.provenance().shown().get();
        String message = viewModel.provenance().message().get();
        provenanceMessage.setText(message);
        provenanceMessage.setVisible(!message.isEmpty());
        provenanceMessage.setManaged(!message.isEmpty());
        provenanceGrid.getChildren().clear();
        if (shown == null) {
            provenanceTitle.setText("Provenance");
            provenanceJson.clear();
            return;
        }
        provenanceJson.setText(ProvenanceLines.json(shown));
        provenanceTitle.setText("Provenance · #" + shown.record().id() + " " + shown.record().spec().modelKind());
        int row = 0;
        String heading = "";
        for (ProvenanceLines.Line line : ProvenanceLines.of(shown)) {
            Label key = new Label(line.key());
            key.getStyleClass().addAll(Styles.TEXT_MUTED, line.detail() ? "provenance-subkey" : "provenance-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            if (line.detail()) {
                key.setText(line.key().replace(".", ".\u200B"));
                key.setWrapText(true);
                key.setMinWidth(0);
                key.setMinHeight(Region.USE_PREF_SIZE);
                key.setPadding(new Insets(0, 0, 0, 14));
            } else {
                heading = line.key();
            }
            Label value = new Label(line.value());
            value.setWrapText(true);
            value.setMinHeight(Region.USE_PREF_SIZE);
            value.getStyleClass().add(line.code() ? "provenance-code" : "provenance-value");
            String id = line.detail() ? heading + "-" + line.key() : line.key();
            value.setId("provenance-" + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            MenuItem copy = new MenuItem("Copy");
            copy.setOnAction(e -> copy(line.value()));
            value.setContextMenu(new ContextMenu(copy));
            GridPane.setValignment(key, javafx.geometry.VPos.TOP);
            provenanceGrid.addRow(row++, key, value);
        }
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private Node charts() {
        ToggleGroup mode = new ToggleGroup();
        gainButton.setToggleGroup(mode);
        liftButton.setToggleGroup(mode);
        gainButton.setSelected(true);
        gainButton.getStyleClass().addAll(Styles.LEFT_PILL, Styles.SMALL);
        liftButton.getStyleClass().addAll(Styles.RIGHT_PILL, Styles.SMALL);
        gainButton.setId("gain-mode");
        liftButton.setId("lift-mode");
        mode.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                nameGainPane();
                showCurves();
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(6);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints third = new ColumnConstraints();
            third.setPercentWidth(100.0 / 3);
            third.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(third);
        }
        ChartPane[] panes = {roc, calibration, gain};
        for (int i = 0; i < panes.length; i++) {
            ChartPane pane = panes[i];
            GridPane.setVgrow(pane, Priority.ALWAYS);
            GridPane.setHgrow(pane, Priority.ALWAYS);
            grid.add(pane, i, 0);
        }
        javafx.scene.layout.RowConstraints fill = new javafx.scene.layout.RowConstraints();
        fill.setVgrow(Priority.ALWAYS);
        fill.setFillHeight(true);
        grid.getRowConstraints().add(fill);
        Label note = new Label();
        note.setId("chart-note");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.textProperty().bind(viewModel.charts().note());
        note.visibleProperty().bind(viewModel.charts().note().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        note.setPadding(new Insets(4, 10, 0, 10));
        VBox box = new VBox(note, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        box.setPadding(new Insets(0, 4, 4, 4));
        box.setMinHeight(240);
        return box;
    }

    private void showCurves() {
        List<RunCurves> curves = List.copyOf(viewModel.charts().curves());
        table.refresh();
        if (curves.isEmpty()) {
            String message = viewModel.charts().message().get();
            String text = message.isEmpty() ? RunsViewModel.SELECT : message;
            roc.showMessage(forPane(text, "its ROC curve against chance"));
            calibration.showMessage(forPane(text, "how well its scores match observed rates"));
            gain.showMessage(forPane(text, liftButton.isSelected() ? "its lift by score decile"
                    : "the share of positives its top scores capture"));
            return;
        }
        roc.show(text -> EvaluationCharts.roc(curves, text));
        calibration.show(text -> EvaluationCharts.calibration(curves, text));
        if (liftButton.isSelected()) {
            gain.show(text -> EvaluationCharts.lift(curves, text));
        } else {
            gain.show(text -> EvaluationCharts.gain(curves, text));
        }
    }

    /** The general "select a run" sentences, worded for one chart; anything else as it is. */
    private static String forPane(String message, String what) {
        if (message.equals(RunsViewModel.SELECT)) {
            return "Select a completed run to see " + what + ".";
        }
        if (message.equals(RunsViewModel.NO_COMPLETED)) {
            return "No completed run yet. Train one in the Train tab to see " + what + " here.";
        }
        return message;
    }

    private void nameGainPane() {
        gain.title(liftButton.isSelected() ? "Lift by decile · test split" : "Cumulative gain · test split");
    }
}
