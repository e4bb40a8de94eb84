package io.campaignlab.views.explain;

import io.campaignlab.views.explain.charts.ExplainCharts;
import io.campaignlab.views.common.WhenShown;
import io.campaignlab.views.common.SectionHeader;
import io.campaignlab.views.common.Columns;
import atlantafx.base.theme.Styles;
import io.campaignlab.engine.explain.AudienceAttribution;
import io.campaignlab.engine.explain.AudienceComparison;
import io.campaignlab.engine.explain.ExplainReport;
import io.campaignlab.engine.explain.weights.FieldWeight;
import io.campaignlab.engine.explain.importance.ImportanceResult;
import io.campaignlab.engine.explain.pdp.PdCurve;
import io.campaignlab.engine.explain.RowExplanation;
import io.campaignlab.engine.explain.weights.ValueWeight;
import io.campaignlab.engine.explain.weights.WeightSummary;
import io.campaignlab.engine.explain.WhatIfResult;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.charts.ChartFocus;
import io.campaignlab.views.charts.ChartPane;
import io.campaignlab.views.common.NameCells;
import io.campaignlab.views.jobs.JobControls;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.models.RunCell;
import io.campaignlab.views.models.RunRow;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The Explain section: a run picker with the Explain action above two panes. On the left, what the model learned
 * overall (permutation importance with intervals, weights and embedding norms, partial dependence); on the right,
 * one prediction as a waterfall, what-if edits of it, and an audience against the population. Thin code-behind over
 * {@link ExplainViewModel}; reloads whenever it is shown.
 */
public final class ExplainView extends BorderPane {

    /** The tabs of the left pane, in order. */
    public enum GlobalPage { IMPORTANCE, WEIGHTS, PARTIAL_DEPENDENCE }

    /** The tabs of the right pane, in order. */
    public enum LocalPage { PREDICTION, WHAT_IF, AUDIENCE }

    private final ExplainViewModel viewModel;
    private final TabPane global = new TabPane();
    private final TabPane local = new TabPane();
    private final ToggleButton perField = new ToggleButton("Per field");
    private final ToggleButton grouped = new ToggleButton("Behaviour grouped");
    private final ChartPane importance = new ChartPane("Permutation importance",
            "importance-chart", perField, grouped);
    private final ComboBox<String> pdField = new ComboBox<>();
    private final ChartPane pd = new ChartPane("Partial dependence and ICE", "pd-chart", pdField);
    private final ChartPane waterfall = new ChartPane("One prediction, field by field",
            "waterfall-chart");
    private final ChartPane whatIf = new ChartPane("What-if: attributions before and after",
            "what-if-chart");
    private final ChartPane audience = new ChartPane("Why this audience is targeted",
            "audience-chart");
    private final TableView<FieldWeight> weights = new TableView<>();
    private final Label weightsNote = new Label();
    private final TableView<WhatIfRow> whatIfTable = new TableView<>();
    private final TableView<AudienceAttribution> audienceTable = new TableView<>();
    private final ChartFocus chartFocus;

    public ExplainView(Supplier<WorkspaceContext> workspace, JobExecutor executor, String summary) {
        this(new ExplainViewModel(workspace, executor, Platform::runLater, ExplainJobs.ENGINE), summary);
    }

    public ExplainView(ExplainViewModel viewModel, String summary) {
        this.viewModel = viewModel;
        getStyleClass().add("explain-view");
        setTop(new VBox(header(summary), toolbar()));
        SplitPane split = new SplitPane(globalPane(), localPane());
        split.setDividerPositions(0.5);
        setCenter(split);
        this.chartFocus = new ChartFocus(importance, pd, waterfall, whatIf, audience);
        // each pane is redrawn whenever anything it reads changes: the what-if pane reads the explained row and the
        // audience pane the selected run, which live in other view models than their own results
        redrawOn(this::showReport, viewModel.reportProperty(), viewModel.messageProperty());
        viewModel.groupedProperty().addListener((o, old, now) -> showImportance());
        viewModel.pdFieldProperty().addListener((o, old, now) -> showPd());
        redrawOn(this::showPrediction, viewModel.rows().row().explanation(), viewModel.rows().row().message());
        redrawOn(this::showWhatIf, viewModel.rows().whatIf().result(), viewModel.rows().whatIf().message(),
                viewModel.rows().row().explanation());
        redrawOn(this::showAudience, viewModel.audience().readout().result(), viewModel.audience().readout().message(),
                viewModel.runProperty());
        WhenShown.run(this, viewModel::refresh);
    }

    private Node header(String summary) {
        Label line = new Label();
        line.setId("explain-summary");
        line.textProperty().bind(viewModel.summaryProperty());
        return SectionHeader.of("Explain", summary, 2, SectionHeader.right(line));
    }

    private Node toolbar() {
        Label runLabel = new Label("Run");
        runLabel.getStyleClass().add(Styles.TEXT_BOLD);
        ComboBox<RunRow> runs = RunCell.picker("explain-run", viewModel.runs(), viewModel.runProperty(),
                row -> viewModel.isExplained(row.id()) ? " · explained" : "");
        runs.setPrefWidth(400);
        Button explain = new Button("Explain", new FontIcon(MaterialDesignL.LIGHTBULB_ON_OUTLINE));
        explain.setId("explain-start");
        explain.getStyleClass().add(Styles.ACCENT);
        explain.textProperty().bind(Bindings.when(viewModel.reportProperty().isNull()).then("Explain")
                .otherwise("Recompute"));
        explain.disableProperty().bind(viewModel.runProperty().isNull().or(viewModel.job().runningProperty()));
        explain.setOnAction(e -> viewModel.explain());
        explain.setTooltip(new Tooltip("Permutation importance, weights, partial dependence and the top-scored"
                + " prediction, kept with the run (runs as a job)"));
        runLabel.setMinWidth(Region.USE_PREF_SIZE);
        runs.setMinWidth(180);
        HBox bar0 = new HBox(8, runLabel, runs, JobControls.of(viewModel.job(), "explain").withStart(explain));
        bar0.setAlignment(Pos.CENTER_LEFT);
        bar0.setPadding(new Insets(6, 12, 8, 12));
        return bar0;
    }

    // ---- left: global explanations ----

    private Node globalPane() {
        ToggleGroup mode = new ToggleGroup();
        perField.setToggleGroup(mode);
        grouped.setToggleGroup(mode);
        perField.setSelected(true);
        perField.setId("importance-per-field");
        grouped.setId("importance-grouped");
        perField.getStyleClass().addAll(Styles.LEFT_PILL, Styles.SMALL);
        grouped.getStyleClass().addAll(Styles.RIGHT_PILL, Styles.SMALL);
        grouped.setTooltip(new Tooltip("Every behavioural aggregate shuffled together, as one group"));
        mode.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.groupedProperty().set(now == grouped);
            }
        });
        viewModel.groupedProperty().addListener((o, old, now) -> (now ? grouped : perField).setSelected(true));
        grouped.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.reportProperty().get() == null
                || viewModel.reportProperty().get().groupedImportance() == null, viewModel.reportProperty()));

        pdField.setItems(viewModel.pdFields());
        pdField.valueProperty().bindBidirectional(viewModel.pdFieldProperty());
        pdField.setId("pd-field");
        pdField.setPromptText("field");
        pdField.getStyleClass().add(Styles.SMALL);

        Tab importanceTab = new Tab("Importance", importance);
        importanceTab.setId("explain-importance-tab");
        Tab weightsTab = new Tab("Weights", weightsPane());
        weightsTab.setId("explain-weights-tab");
        Tab pdTab = new Tab("Partial dependence", pd);
        pdTab.setId("explain-pd-tab");
        global.getTabs().setAll(importanceTab, weightsTab, pdTab);
        global.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        global.setMinWidth(360);
        return global;
    }

    private Node weightsPane() {
        weights.setId("weights-table");
        weights.getStyleClass().add(Styles.DENSE);
        weights.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // behavioural fields share long prefixes (bh_user_...): a wider column, elided in the middle, named in full
        // on hover
        TableColumn<FieldWeight, String> field = column("field", 190, false, FieldWeight::field, s -> s);
        NameCells.elideInMiddle(field);
        field.setMinWidth(170);
        weights.getColumns().setAll(List.of(
                field,
                column("importance", 108, true, FieldWeight::importance, ExplainFormats::plain),
                column("linear spread", 126, true, FieldWeight::linearSpread, ExplainFormats::plain),
                column("embedding norm", 152, true, FieldWeight::embeddingNorm, ExplainFormats::plain),
                column("strongest values (weight · ‖embedding‖)", 340, false, FieldWeight::topValues,
                        ExplainView::topValues)));
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.messageProperty());
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        weights.setPlaceholder(placeholder);
        weightsNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        weightsNote.setWrapText(true);
        VBox box = new VBox(6, weightsNote, weights);
        VBox.setVgrow(weights, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private static String topValues(List<ValueWeight> values) {
        return values.stream().limit(5).map(v -> v.value() + " " + ExplainFormats.signed(v.linear())
                + (v.embeddingNorm() > 0 ? " · " + String.format(Locale.ROOT, "%.3f", v.embeddingNorm()) : ""))
                .collect(Collectors.joining(",  "));
    }

    // ---- right: local explanations ----

    private Node localPane() {
        Tab prediction = new Tab("Prediction", predictionPane());
        prediction.setId("explain-prediction-tab");
        Tab edit = new Tab("What-if", whatIfPane());
        edit.setId("explain-what-if-tab");
        Tab targeted = new Tab("Audience", audiencePane());
        targeted.setId("explain-audience-tab");
        local.getTabs().setAll(prediction, edit, targeted);
        local.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        local.setMinWidth(360);
        return local;
    }

    private Node predictionPane() {
        RowExplainViewModel rows = viewModel.rows();
        Label rowLabel = new Label("Explain");
        TextField row = new TextField();
        row.setId("explain-row");
        row.setPrefColumnCount(8);
        row.textProperty().bindBidirectional(rows.row().rowText());
        row.setOnAction(e -> rows.explainRow());
        Button go = new Button("Row", new FontIcon(MaterialDesignP.PLAY_OUTLINE));
        go.setTooltip(new javafx.scene.control.Tooltip("Explain the row whose _row number is typed"));
        go.setId("explain-row-start");
        go.setOnAction(e -> rows.explainRow());
        Button user = new Button("User", new FontIcon(MaterialDesignA.ACCOUNT_OUTLINE));
        user.setId("explain-user-start");
        user.setTooltip(new javafx.scene.control.Tooltip("Explain the latest row of the user whose id is typed"));
        user.setOnAction(e -> rows.explainUser());
        row.setPromptText("_row or user id");
        Button top = new Button("Top-scored", new FontIcon(MaterialDesignA.ARROW_COLLAPSE_UP));
        top.setTooltip(new javafx.scene.control.Tooltip("Explain the validation row the model scores highest"));
        top.setId("explain-top-row");
        top.setOnAction(e -> rows.explainTopRow());
        for (Button b : List.of(go, user, top)) {
            b.disableProperty().bind(viewModel.runProperty().isNull().or(rows.row().busy()));
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label status = new Label();
        status.setId("explain-row-status");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(rows.row().status());
        status.setMinWidth(0);
        rowLabel.setMinWidth(Region.USE_PREF_SIZE);
        row.setMinWidth(90);
        HBox controls = new HBox(8, rowLabel, row, go, user, top);
        controls.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(0, 0, 0, 2));
        VBox box = new VBox(4, controls, status);
        box.setPadding(new Insets(8, 8, 0, 10));
        BorderPane pane = new BorderPane(waterfall);
        pane.setTop(box);
        return pane;
    }

    private Node whatIfPane() {
        RowExplainViewModel rows = viewModel.rows();
        Label set = new Label("Set");
        ComboBox<String> column = new ComboBox<>(rows.whatIf().columns());
        column.setId("what-if-column");
        column.valueProperty().bindBidirectional(rows.whatIf().column());
        column.setPrefWidth(150);
        Label equals = new Label("=");
        TextField value = new TextField();
        value.setId("what-if-value");
        value.setPrefColumnCount(12);
        value.textProperty().bindBidirectional(rows.whatIf().value());
        value.setOnAction(e -> rows.tryWhatIf());
        Button go = new Button("Try", new FontIcon(MaterialDesignP.PLAY_OUTLINE));
        go.setId("what-if-start");
        go.disableProperty().bind(rows.row().explanation().isNull().or(rows.whatIf().busy())
                .or(rows.whatIf().column().isNull()));
        go.setOnAction(e -> rows.tryWhatIf());
        Label of = new Label();
        of.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        of.textProperty().bind(Bindings.createStringBinding(() -> rows.row().explanation().get() == null ? ""
                : "in row " + rows.row().explanation().get().rowId(), rows.row().explanation()));
        for (Region fixed : List.of(set, equals, go)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        column.setMinWidth(110);
        value.setMinWidth(80);
        of.setMinWidth(0);
        HBox controls = new HBox(8, set, column, equals, value, go, of);
        whatIfTable.getColumns().setAll(List.of(
                whatIfColumn("field", 96, false, WhatIfRow::field, s -> s),
                whatIfColumn("before", 80, false, WhatIfRow::was, s -> s),
                whatIfColumn("push", 76, true, WhatIfRow::before, ExplainFormats::signed),
                whatIfColumn("after", 80, false, WhatIfRow::now, s -> s),
                whatIfColumn("push", 76, true, WhatIfRow::after, ExplainFormats::signed),
                whatIfColumn("change", 76, true, WhatIfRow::change, ExplainFormats::signed)));
        return chartOverTable(controls, message("what-if-message", rows.whatIf().message()), whatIf,
                whatIfTable, "what-if-table");
    }

    private Node audiencePane() {
        AudienceViewModel model = viewModel.audience();
        Label topLabel = new Label("Top");
        ComboBox<Integer> k = new ComboBox<>(model.settings().sizes());
        k.setId("audience-k");
        k.valueProperty().bindBidirectional(model.settings().k());
        k.setTooltip(new Tooltip("The audience: this many validation rows, highest scores first"));
        Label rowsLabel = new Label("rows by score · explain");
        ComboBox<Integer> sample = new ComboBox<>(model.settings().samples());
        sample.setId("audience-sample");
        sample.valueProperty().bindBidirectional(model.settings().sample());
        sample.setTooltip(new Tooltip("Rows explained in the audience and in the population, each (more is slower"
                + " and steadier)"));
        Label each = new Label("each");
        for (Region fixed : List.of(topLabel, k, rowsLabel, sample, each)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        Button go = new Button("Compare", new FontIcon(MaterialDesignP.PLAY_OUTLINE));
        go.setId("audience-start");
        go.disableProperty().bind(viewModel.runProperty().isNull().or(model.readout().busy()));
        go.setOnAction(e -> model.compare());
        go.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(8, topLabel, k, rowsLabel, sample, each, go);
        audienceTable.getColumns().setAll(List.of(
                audienceColumn("field", 110, false, AudienceAttribution::player, s -> s),
                audienceColumn("in audience", 100, true, AudienceAttribution::audienceMean, ExplainFormats::signed),
                audienceColumn("in population", 110, true, AudienceAttribution::populationMean,
                        ExplainFormats::signed),
                audienceColumn("difference", 96, true, AudienceAttribution::difference, ExplainFormats::signed)));
        return chartOverTable(controls, message("audience-message", model.readout().message()), audience,
                audienceTable, "audience-table");
    }

    /** A tab of the right pane: its controls and their message above, its chart over its table below. */
    private static BorderPane chartOverTable(HBox controls, Label message, ChartPane chart, TableView<?> table,
                                             String tableId) {
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(8, 8, 2, 10));
        table.setId(tableId);
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setStyle("-fx-font-size: 0.92em;");
        table.setPlaceholder(new Label(""));
        SplitPane body = new SplitPane(chart, table);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.62);
        BorderPane pane = new BorderPane(body);
        pane.setTop(new VBox(4, controls, message));
        return pane;
    }

    /** A small wrapping line that says what a tab's job did, or why it did nothing. */
    private static Label message(String id, ObservableValue<String> text) {
        Label message = new Label();
        message.setId(id);
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.textProperty().bind(text);
        message.setPadding(new Insets(0, 10, 0, 10));
        return message;
    }

    // ---- showing what the view model holds ----

    /** Draws now, and again whenever one of the inputs changes. */
    private static void redrawOn(Runnable redraw, ObservableValue<?>... inputs) {
        for (ObservableValue<?> input : inputs) {
            input.addListener((o, old, now) -> redraw.run());
        }
        redraw.run();
    }

    private void showReport() {
        ExplainReport report = viewModel.reportProperty().get();
        showImportance();
        showPd();
        if (report == null) {
            weights.getItems().clear();
            weightsNote.setText("");
            return;
        }
        WeightSummary summary = report.weights();
        if (summary == null) {
            weights.getItems().clear();
            weightsNote.setText("The model has no first-order weights or embeddings to read (gradient-boosted"
                    + " trees): its permutation importance, partial dependence and per-row Shapley values show what"
                    + " it learned.");
            return;
        }
        weights.getItems().setAll(summary.fields());
        weightsNote.setText(String.format(Locale.ROOT, "%s · %s over %,d validation rows. Importance is the"
                        + " embedding norm where the model has embeddings, else the spread of the linear term.",
                summary.kind(), summary.linear() && summary.embedding() ? "first-order weights and embedding norms"
                        : summary.linear() ? "first-order weights" : "embedding norms", summary.rows()));
    }

    private void showImportance() {
        ImportanceResult result = viewModel.importance();
        if (result == null) {
            importance.showMessage(viewModel.messageProperty().get());
            return;
        }
        importance.title(viewModel.groupedProperty().get() && viewModel.reportProperty().get()
                .groupedImportance() != null ? "Permutation importance · behaviour grouped"
                : "Permutation importance");
        importance.show(text -> ExplainCharts.importance(result, text));
    }

    private void showPd() {
        PdCurve curve = viewModel.pdCurve();
        if (curve == null) {
            ExplainReport report = viewModel.reportProperty().get();
            pd.showMessage(report == null ? viewModel.messageProperty().get()
                    : report.partialDependence().isEmpty() ? "The model reads no numeric field, so there is no"
                    + " partial dependence to show." : "Choose a field.");
            return;
        }
        pd.title("Partial dependence and ICE · " + curve.field());
        pd.show(text -> ExplainCharts.partialDependence(curve, text));
    }

    private void showPrediction() {
        RowExplanation row = viewModel.rows().row().explanation().get();
        if (row == null) {
            String message = viewModel.rows().row().message().get();
            waterfall.title("One prediction, field by field");
            waterfall.showMessage(message.isEmpty() ? RowExplainViewModel.ASK : message);
            return;
        }
        waterfall.title("Why row " + row.rowId() + " scores " + ExplainFormats.score(row.shapley().prediction()));
        waterfall.show(text -> ExplainCharts.waterfall(row, text));
    }

    private void showWhatIf() {
        WhatIfResult result = viewModel.rows().whatIf().result().get();
        if (result == null) {
            whatIfTable.getItems().clear();
            whatIf.showMessage(viewModel.rows().row().explanation().get() == null
                    ? "Explain a row first (Prediction tab)." : "No edit tried yet.");
            return;
        }
        whatIfTable.getItems().setAll(WhatIfRow.of(result));
        whatIf.show(text -> ExplainCharts.whatIf(result, text));
    }

    private void showAudience() {
        AudienceComparison result = viewModel.audience().readout().result().get();
        if (result == null) {
            audienceTable.getItems().clear();
            audience.showMessage(viewModel.runProperty().get() == null ? ExplainViewModel.SELECT
                    : "No audience compared yet.");
            return;
        }
        int k = viewModel.audience().readout().shownK().get();
        audienceTable.getItems().setAll(result.attributions());
        audience.show(text -> ExplainCharts.audience(result, k, text));
    }

    // ---- tables ----

    private static <T> TableColumn<FieldWeight, T> column(String title, double width, boolean right,
                                                          Function<FieldWeight, T> value, Function<T, String> text) {
        return typed(title, width, right, value, text);
    }

    private static <T> TableColumn<WhatIfRow, T> whatIfColumn(String title, double width, boolean right,
                                                             Function<WhatIfRow, T> value, Function<T, String> text) {
        return typed(title, width, right, value, text);
    }

    private static <T> TableColumn<AudienceAttribution, T> audienceColumn(String title, double width, boolean right,
                                                                         Function<AudienceAttribution, T> value,
                                                                         Function<T, String> text) {
        return typed(title, width, right, value, text);
    }

    private static <S, T> TableColumn<S, T> typed(String title, double width, boolean right, Function<S, T> value,
                                                  Function<T, String> text) {
        return Columns.right(Columns.atLeast(Columns.typed(title, width, value, text), right ? width
                : Math.min(width, 70)), right);
    }

    // ---- for the workbench ----

    /** Reloads the runs in the background. */
    public void refresh() {
        viewModel.refresh();
    }

    /** Another workspace was opened. */
    public void workspaceChanged() {
        viewModel.workspaceChanged();
    }

    /** Shows a run (the first of the ids), once it is listed. */
    public void showRuns(List<Long> runIds) {
        if (!runIds.isEmpty()) {
            viewModel.selectRun(runIds.get(0));
        }
    }

    public void show(GlobalPage page) {
        global.getSelectionModel().select(page.ordinal());
    }

    public void show(LocalPage page) {
        local.getSelectionModel().select(page.ordinal());
    }

    /** The chart the user last clicked (importance until then), made for a file. */
    public Optional<JFreeChart> currentChart() {
        return chartFocus.forExport(importance, waterfall);
    }

    public ExplainViewModel viewModel() {
        return viewModel;
    }

    /** The chart of a left tab (the Weights tab is a table: {@link #weightsTable()}). */
    ChartPane chart(GlobalPage page) {
        return switch (page) {
            case IMPORTANCE -> importance;
            case PARTIAL_DEPENDENCE -> pd;
            case WEIGHTS -> throw new IllegalArgumentException("the Weights tab shows a table, not a chart");
        };
    }

    /** The chart of a right tab. */
    ChartPane chart(LocalPage page) {
        return switch (page) {
            case PREDICTION -> waterfall;
            case WHAT_IF -> whatIf;
            case AUDIENCE -> audience;
        };
    }

    TableView<FieldWeight> weightsTable() {
        return weights;
    }
}
