package io.campaignlab.views.recommend;

import io.campaignlab.views.recommend.charts.RecommendCharts;
import atlantafx.base.theme.Styles;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;
import io.campaignlab.views.charts.ChartPane;
import io.campaignlab.views.models.ModelFormats;
import io.campaignlab.views.models.RunPalette;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Runs tab: the recommendation runs table (multi-select; the protocol of each run in its own columns), the
 * recall@K chart overlaying the selected runs with the protocol above it and a red warning when they are not
 * comparable, and the train form on the right. Thin code-behind over {@link RecommendRunsViewModel}.
 */
final class RecommendRunsPane extends BorderPane {

    /** The cell's padding left and right, which a wrapped text leaves free. */
    private static final double WRAP_PADDING = 12;

    private final RecommendRunsViewModel viewModel;
    private final TableView<RecommendRunRow> table = new TableView<>();
    private final ComboBox<CurveMetric> metric = new ComboBox<>();
    private final ChartPane chart;
    private final Label warning = new Label();
    private boolean syncing;

    RecommendRunsPane(RecommendRunsViewModel viewModel, RecommendTrainFormViewModel form) {
        this.viewModel = viewModel;
        metric.getItems().setAll(CurveMetric.values());
        metric.valueProperty().bindBidirectional(viewModel.metricProperty());
        metric.setId("recommend-curve-metric");
        metric.setTooltip(new Tooltip("The curve drawn against K"));
        chart = new ChartPane("Quality by list length K", "recommend-curve-chart", metric);
        buildTable();
        warning.setId("recommend-protocol-warning");
        warning.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
        warning.setWrapText(true);
        warning.textProperty().bind(viewModel.warningProperty());
        warning.visibleProperty().bind(viewModel.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.setPadding(new Insets(2, 10, 0, 10));
        VBox chartBox = new VBox(2, warning, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        RecommendTrainFormView formView = new RecommendTrainFormView(form);
        SplitPane bottom = new SplitPane(chartBox, formView);
        bottom.setDividerPositions(0.71);
        SplitPane.setResizableWithParent(formView, false);
        VBox tableBox = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        tableBox.setPadding(new Insets(6, 8, 4, 8));
        setCenter(RecommendView.vertical(tableBox, bottom, 0.34));
        viewModel.selected().addListener((ListChangeListener<RecommendRunRow>) c -> {
            pullSelection();
            redraw();
            table.refresh();
        });
        viewModel.metricProperty().addListener((o, old, now) -> redraw());
        viewModel.messageProperty().addListener((o, old, now) -> redraw());
        redraw();
    }

    private void buildTable() {
        table.setId("recommend-runs-table");
        table.getStyleClass().add(Styles.DENSE);
        table.setStyle("-fx-font-size: 0.92em;");
        table.setItems(viewModel.runs());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RecommendRunRow, RecommendRunRow> run = new TableColumn<>("run");
        run.setPrefWidth(58);
        run.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        run.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RecommendRunRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText("#" + item.id());
                int index = viewModel.selected().indexOf(item);
                Circle dot = new Circle(5);
                dot.setStyle(index < 0 ? "-fx-fill: transparent;" : "-fx-fill: " + RunPalette.hex(index) + ";");
                setGraphic(dot);
            }
        });
        table.getColumns().setAll(List.of(run,
                text("model", 92, r -> r.kind().map(k -> k.id()).orElse(r.model()), "The recommender (its name in"
                        + " the row's tooltip)"),
                text("dataset", 76, RecommendRunRow::dataset, "The events dataset it was trained on"),
                wrapped(text("protocol", 220, r -> r.protocol() == null ? "unknown"
                        : RecommendFormats.split(r.protocol()), "How it was evaluated: the held-out split and target."
                        + " Numbers from different protocols are not comparable")),
                text("K", 36, r -> r.protocol() == null ? "" : String.valueOf(r.protocol().k()),
                        "The cut-off of the @K columns"),
                metric("recall@K", RankingEvaluation::recall, "Mean share of a user's held-out items in the top K"),
                metric("NDCG@K", RankingEvaluation::ndcg, "Mean normalised discounted cumulative gain of the top K"),
                metric("MRR@K", RankingEvaluation::mrr, "Mean reciprocal rank of the first hit in the top K"),
                metric("hit rate", RankingEvaluation::hitRate, "Share of users with a hit in the top K"),
                metric("coverage", RankingEvaluation::coverage, "Distinct items in all top-K lists / catalogue"),
                metric("pop. bias", RankingEvaluation::popularityBias, "Mean popularity percentile of the"
                        + " recommended items: 1 only the most popular, 0.5 as popular as the median item"),
                text("users", 58, r -> r.evaluation() == null ? "" : RecommendFormats.count(r.evaluation().users()),
                        "Test users evaluated"),
                text("seconds", 66, r -> ModelFormats.seconds(r.seconds()), "Wall time of the whole run"),
                text("status", 90, r -> r.status().id(), "completed, running, failed or cancelled")));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(RecommendRunRow item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(item.label() + " · " + item.modelLabel()
                        + " · " + item.dataset() + " · " + item.protocolText()
                        + (item.record().statusReason() == null ? "" : "\n" + item.record().statusReason())));
            }
        });
        for (TableColumn<RecommendRunRow, ?> c : table.getColumns()) {
            c.setMinWidth(c == table.getColumns().get(3) ? 150 : c.getPrefWidth());
        }
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.messageProperty());
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(460);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RecommendRunRow>) c -> {
            if (!syncing) {
                syncing = true;
                try {
                    viewModel.selected().setAll(new ArrayList<>(table.getSelectionModel().getSelectedItems()));
                } finally {
                    syncing = false;
                }
            }
        });
    }

    private static TableColumn<RecommendRunRow, String> text(String title, double width,
                                                             Function<RecommendRunRow, String> value, String help) {
        TableColumn<RecommendRunRow, String> column = new TableColumn<>();
        column.setGraphic(hint(title, help));
        column.setPrefWidth(width);
        column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return column;
    }

    /**
     * A column whose text takes a second line rather than an ellipsis, the row growing to hold it: at 1280 × 800 the
     * protocol column gets less than its longer texts ("chronological (cut 80%) · purchase") need.
     */
    private static TableColumn<RecommendRunRow, String> wrapped(TableColumn<RecommendRunRow, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(WRAP_PADDING));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setText(empty ? null : item);
                setGraphic(empty ? null : text);
            }
        });
        return column;
    }

    private static TableColumn<RecommendRunRow, Double> metric(String title,
                                                               Function<RankingEvaluation, Double> value,
                                                               String help) {
        TableColumn<RecommendRunRow, Double> column = new TableColumn<>();
        column.setGraphic(hint(title, help));
        column.setPrefWidth(72);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().evaluation() == null ? null
                : value.apply(d.getValue().evaluation())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : RecommendFormats.rate(item));
            }
        });
        return column;
    }

    private static Label hint(String title, String text) {
        Label label = new Label(title);
        label.setTooltip(new Tooltip(text));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void pullSelection() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            for (RecommendRunRow row : viewModel.selected()) {
                int index = table.getItems().indexOf(row);
                if (index >= 0) {
                    table.getSelectionModel().select(index);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void redraw() {
        List<RecommendRunRow> selected = List.copyOf(viewModel.selected());
        if (selected.isEmpty()) {
            String message = viewModel.messageProperty().get();
            chart.showMessage(message.isEmpty() ? "Select runs in the table to compare their recall@K curves."
                    : message);
            return;
        }
        List<RecommendRunRow> withCurve = new ArrayList<>();
        List<Integer> colours = new ArrayList<>();
        for (int i = 0; i < selected.size(); i++) {
            if (selected.get(i).hasCurve()) {
                withCurve.add(selected.get(i));
                colours.add(i);
            }
        }
        if (withCurve.isEmpty()) {
            chart.showMessage("The selected runs have no recall@K curve: they are still running, failed, or were"
                    + " trained before curves were kept. Train them again to draw one.");
            return;
        }
        CurveMetric shown = viewModel.metricProperty().get();
        chart.title(shown.label() + " by list length K");
        String protocol = viewModel.protocolLine();
        String warn = viewModel.warningProperty().get();
        chart.show(text -> RecommendCharts.curve(withCurve, colours, shown, protocol, warn, text));
    }

    ChartPane chart() {
        return chart;
    }

    TableView<RecommendRunRow> table() {
        return table;
    }

    Label warning() {
        return warning;
    }
}
