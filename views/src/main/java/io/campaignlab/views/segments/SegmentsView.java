package io.campaignlab.views.segments;

import io.campaignlab.views.segments.charts.SegmentCharts;
import io.campaignlab.views.common.WhenShown;
import io.campaignlab.views.common.SectionHeader;
import io.campaignlab.views.common.Selections;
import io.campaignlab.views.common.Columns;
import atlantafx.base.theme.Styles;
import io.campaignlab.engine.segments.customers.CleaningReport;
import io.campaignlab.engine.segments.SegmentationRecord;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.charts.ChartFocus;
import io.campaignlab.views.charts.ChartPane;
import io.campaignlab.views.jobs.JobControls;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Segments section: on the left, a new RFM or k-means segmentation (dataset, snapshot, k or a range of k, with
 * progress and cancel) and the stored segmentations; on the right, the selected one's segments table, cleaning
 * counts, profile index chart, segment × category heatmap and the k sweep (k-means) or the R × F grid (RFM); and a
 * rule builder tab. Thin code-behind over {@link SegmentsViewModel}; reloads whenever it is shown.
 */
public final class SegmentsView extends BorderPane {

    private final SegmentsViewModel viewModel;
    private final ListView<SegmentationRecord> list = new ListView<>();
    private final TableView<SegmentRow> table = new TableView<>();
    private final ChartPane index = new ChartPane("Profile index (100 = all customers)",
            "segment-index-chart");
    private static final String CATEGORY_TITLE = "Segment × category · share of purchase lines";
    private final ChartPane categories = new ChartPane(CATEGORY_TITLE, "segment-category-chart");
    private final ChartPane extra = new ChartPane("k sweep", "segment-extra-chart");
    private final Label summary = new Label();
    private final Label cleaning = new Label();
    private final Label note = new Label();
    private final TableColumn<SegmentRow, Double> ctr = column("CTR", 56, true, SegmentRow::ctr,
            SegmentsView::percent);
    private final TableColumn<SegmentRow, Double> conversion = column("conv.", 56, true, SegmentRow::conversion,
            SegmentsView::percent);
    private final TabPane tabs = new TabPane();
    private final ChartFocus chartFocus;

    public SegmentsView(Supplier<WorkspaceContext> workspace, JobExecutor executor, String summaryText) {
        this(new SegmentsViewModel(SegmentStore.of(workspace), executor, Platform::runLater,
                SegmentJobs.engine(workspace), pause()), summaryText);
    }

    public SegmentsView(SegmentsViewModel viewModel, String summaryText) {
        this.viewModel = viewModel;
        getStyleClass().add("segments-view");
        setTop(header(summaryText));
        Tab profile = new Tab("Profile", profile());
        Tab rules = new Tab("Rule builder", new RuleBuilderView(viewModel.rules()));
        rules.setId("segment-rules-tab");
        tabs.getTabs().setAll(profile, rules);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(left(), tabs);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        setCenter(split);
        this.chartFocus = new ChartFocus(index, categories, extra);
        viewModel.shownProperty().addListener((o, old, now) -> show(now));
        viewModel.messageProperty().addListener((o, old, now) -> show(viewModel.shownProperty().get()));
        show(null);
        WhenShown.run(this, viewModel::refresh);
    }

    /** A debouncer that waits for 400 ms without edits. */
    static RuleBuilderViewModel.Debouncer pause() {
        PauseTransition[] pause = new PauseTransition[1];
        return work -> {
            if (pause[0] == null) {
                pause[0] = new PauseTransition(Duration.millis(400));
            }
            pause[0].setOnFinished(e -> work.run());
            pause[0].playFromStart();
        };
    }

    private Node header(String text) {
        return SectionHeader.of("Segments", text, 6);
    }

    private Node left() {
        Label newTitle = new Label("New segmentation");
        newTitle.getStyleClass().add(Styles.TEXT_BOLD);
        ComboBox<String> dataset = new ComboBox<>(viewModel.datasets());
        dataset.setId("segment-dataset");
        dataset.setPromptText("dataset");
        dataset.setMaxWidth(Double.MAX_VALUE);
        dataset.valueProperty().bindBidirectional(viewModel.settings().dataset());
        ComboBox<SegmentsViewModel.Method> method = new ComboBox<>();
        method.setId("segment-method");
        method.getItems().setAll(SegmentsViewModel.Method.values());
        method.valueProperty().bindBidirectional(viewModel.settings().method());
        DatePicker snapshot = new DatePicker();
        snapshot.setId("segment-snapshot");
        snapshot.setPromptText("snapshot (optional)");
        snapshot.setMaxWidth(Double.MAX_VALUE);
        snapshot.valueProperty().bindBidirectional(viewModel.settings().snapshot());
        snapshot.setTooltip(new Tooltip("Recency is measured to this day; later rows are left out. Default: the day"
                + " after the last row."));
        HBox k = kRange();
        Button run = new Button("Run", new FontIcon(MaterialDesignP.PLAY));
        run.setId("segment-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(viewModel.job().runningProperty().or(viewModel.settings().dataset().isNull()));
        run.setOnAction(e -> viewModel.run());
        VBox actions = JobControls.of(viewModel.job(), "segment").stacked(run);

        Label storedTitle = new Label("Stored segmentations");
        storedTitle.getStyleClass().add(Styles.TEXT_BOLD);
        list.setId("segment-list");
        list.setItems(viewModel.segmentations());
        list.setCellFactory(l -> new SegmentationCell());
        Selections.bind(list.getSelectionModel(), viewModel.selectedProperty());
        Label empty = new Label("None yet.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(8, newTitle, dataset, method, snapshot, k, actions, storedTitle, list);
        left.setPadding(new Insets(10));
        left.setMinWidth(240);
        left.setPrefWidth(290);
        return left;
    }

    /** k from … to …, shown for k-means only. */
    private HBox kRange() {
        Spinner<Integer> kMin = new Spinner<>(2, 50, viewModel.settings().kMin().get());
        Spinner<Integer> kMax = new Spinner<>(2, 50, viewModel.settings().kMax().get());
        kMin.setId("segment-kmin");
        kMax.setId("segment-kmax");
        for (Spinner<Integer> s : List.of(kMin, kMax)) {
            s.setPrefWidth(76);
            s.setEditable(true);
        }
        kMin.valueProperty().addListener((o, a, b) -> viewModel.settings().kMin().set(b));
        kMax.valueProperty().addListener((o, a, b) -> viewModel.settings().kMax().set(b));
        Label kLabel = new Label("k from");
        HBox k = new HBox(6, kLabel, kMin, new Label("to"), kMax);
        k.setAlignment(Pos.CENTER_LEFT);
        k.visibleProperty().bind(viewModel.settings().method().isEqualTo(SegmentsViewModel.Method.KMEANS));
        k.managedProperty().bind(k.visibleProperty());
        Tooltip.install(k, new Tooltip("Each k is fitted; the one of the highest mean silhouette is kept. The same"
                + " number twice fits exactly that k."));
        return k;
    }

    private Node profile() {
        summary.setId("segment-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.setWrapText(true);
        cleaning.setId("segment-cleaning");
        cleaning.getStyleClass().addAll(Styles.TEXT_SMALL);
        cleaning.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);
        for (Label l : List.of(summary, cleaning, note)) {
            l.managedProperty().bind(l.visibleProperty());
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox top = new VBox(3, summary, cleaning, note);
        top.setPadding(new Insets(8, 10, 6, 10));

        table.setId("segment-table");
        table.getStyleClass().add(Styles.DENSE);
        table.setStyle("-fx-font-size: 0.92em;");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SegmentRow, String> rule = column("rule", 150, false, SegmentRow::rule, s -> s);
        rule.setMinWidth(110);
        rule.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        // segment names ("Potential loyalists") are read whole; the rule column gives way, with its tooltip
        TableColumn<SegmentRow, String> name = column("segment", 140, false, SegmentRow::name, s -> s);
        name.setMinWidth(140);
        table.getColumns().setAll(List.of(name,
                column("size", 64, true, SegmentRow::customers, n -> String.format(Locale.ROOT, "%,d", n)),
                column("share", 56, true, SegmentRow::share, s -> String.format(Locale.ROOT, "%.1f%%", 100 * s)),
                ctr, conversion, rule));
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.messageProperty());
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(420);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(0, 8, 8, 8));
        ColumnConstraints wide = new ColumnConstraints();
        wide.setPercentWidth(60);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setPercentWidth(40);
        grid.getColumnConstraints().setAll(wide, narrow);
        RowConstraints upper = new RowConstraints();
        upper.setPercentHeight(50);
        upper.setVgrow(Priority.ALWAYS);
        RowConstraints lower = new RowConstraints();
        lower.setPercentHeight(50);
        lower.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().setAll(upper, lower);
        grid.add(table, 0, 0);
        grid.add(index, 1, 0);
        grid.add(categories, 0, 1);
        grid.add(extra, 1, 1);
        BorderPane pane = new BorderPane(grid);
        pane.setTop(top);
        return new StackPane(pane);
    }

    private void show(ShownSegmentation s) {
        String message = viewModel.messageProperty().get();
        if (s == null) {
            table.getItems().clear();
            summary.setText("");
            summary.setVisible(false);
            cleaning.setVisible(false);
            note.setVisible(false);
            String why = message == null || message.isEmpty() ? SegmentsViewModel.NONE : message;
            index.showMessage(why);
            categories.showMessage("");
            extra.showMessage("");
            return;
        }
        summary.setText(s.summary());
        summary.setVisible(true);
        cleaning.setText(cleaningText(s.cleaning()));
        cleaning.setVisible(s.cleaning() != null);
        note.setText(s.note());
        note.setVisible(!s.note().isEmpty());
        table.getItems().setAll(s.rows());
        boolean funnel = s.rows().stream().anyMatch(r -> r.ctr() != null || r.conversion() != null);
        ctr.setVisible(funnel);
        conversion.setVisible(funnel);
        if (s.profiles() == null) {
            index.showMessage(s.note().isEmpty() ? "No profile was stored." : s.note());
            categories.showMessage("No profile, so no categories.");
        } else {
            index.show(colour -> SegmentCharts.index(s.profiles(), colour));
            if (s.profiles().categories() == null) {
                categories.title("Share of customers and of spend per segment");
                categories.show(colour -> SegmentCharts.shares(s.profiles(), colour, "The dataset has no category"
                        + " column, so there is no segment × category heatmap."));
            } else {
                categories.title(CATEGORY_TITLE);
                categories.show(colour -> SegmentCharts.categories(s.profiles().categories(), s.profiles(), colour));
            }
        }
        if (!s.sweep().isEmpty()) {
            extra.title("k sweep · inertia and silhouette");
            extra.show(colour -> SegmentCharts.sweep(s.sweep(), s.chosenK(), colour));
        } else if (s.grid() != null) {
            extra.title("R × F grid · customers per score cell");
            extra.show(colour -> SegmentCharts.rfmGrid(s.grid(), colour));
        } else {
            extra.title("Rule");
            extra.showMessage(s.rows().isEmpty() ? "" : s.rows().get(0).rule() + "\n\n" + s.summary());
        }
    }

    /** The cleaning counts in one or two lines. */
    static String cleaningText(CleaningReport c) {
        if (c == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "Rows read %,d; purchase lines kept %,d from %,d customers.",
                c.rowsRead(), c.purchases(), c.customers()));
        parts.add(String.format(Locale.ROOT, "Removed: %,d without a customer · %,d cancellation lines (C invoices)"
                        + " · %,d returns (negative quantity) · %,d zero or missing quantity · %,d zero, negative or"
                        + " missing price%s%s.", c.missingCustomer(), c.cancellations(), c.returns(),
                c.zeroQuantity(), c.nonPositivePrice(),
                c.missingTime() > 0 ? String.format(Locale.ROOT, " · %,d without a time", c.missingTime()) : "",
                c.afterSnapshot() > 0 ? String.format(Locale.ROOT, " · %,d on or after the snapshot",
                        c.afterSnapshot()) : ""));
        if (c.otherEvents() > 0) {
            parts.add(String.format(Locale.ROOT, "Other events (views, clicks) %,d, for CTR only.", c.otherEvents()));
        }
        return String.join(" ", parts);
    }

    private static String percent(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static <T> TableColumn<SegmentRow, T> column(String title, double width, boolean right,
                                                         Function<SegmentRow, T> value, Function<T, String> text) {
        return Columns.right(Columns.atLeast(Columns.typed(title, width, value, text, "–"), Math.min(width, 56)),
                right);
    }

    /** The chart the user touched last, for File › Export chart. */
    public Optional<JFreeChart> currentChart() {
        return chartFocus.forExport(index, categories, extra);
    }

    /** Shows a stored segmentation (the snapshot command's {@code --segmentation}). */
    public void showSegmentation(long id) {
        viewModel.select(id);
    }

    /** Another workspace was opened. */
    public void workspaceChanged() {
        viewModel.workspaceChanged();
    }

    public SegmentsViewModel viewModel() {
        return viewModel;
    }

    TableView<SegmentRow> table() {
        return table;
    }

    ChartPane indexPane() {
        return index;
    }

    ChartPane categoryPane() {
        return categories;
    }

    ChartPane extraPane() {
        return extra;
    }

    /** A stored segmentation: its name, then kind, users and date. */
    private static final class SegmentationCell extends ListCell<SegmentationRecord> {
        SegmentationCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SegmentationRecord item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(item.name());
            name.setWrapText(true);
            name.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            name.prefWidthProperty().bind(name.maxWidthProperty());
            name.setMinHeight(Region.USE_PREF_SIZE);
            Label detail = new Label(String.format(Locale.ROOT, "#%d · %s · %,d users · %d segment%s", item.id(),
                    item.kind().id(), item.members(), item.segments().size(), item.segments().size() == 1 ? "" : "s"));
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            detail.setWrapText(true);
            detail.maxWidthProperty().bind(name.maxWidthProperty());
            detail.setMinHeight(Region.USE_PREF_SIZE);
            setText(null);
            setGraphic(new VBox(1, name, detail));
        }
    }
}
