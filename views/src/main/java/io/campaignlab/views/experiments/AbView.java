package io.campaignlab.views.experiments;

import io.campaignlab.views.experiments.charts.ExperimentCharts;
import io.campaignlab.views.common.Selections;
import io.campaignlab.views.common.Columns;
import atlantafx.base.theme.Styles;
import io.campaignlab.engine.experiments.AbReadout;
import io.campaignlab.engine.experiments.Correction;
import io.campaignlab.views.charts.ChartFocus;
import io.campaignlab.views.charts.ChartPane;
import io.campaignlab.views.jobs.JobControls;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.jfree.chart.JFreeChart;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The A/B readout tab: what to read out on the left; on the right the health strip first (the sample-ratio chip, χ²
 * and p, units per arm against the expected, overlap), then the readout table and its charts (forest plot,
 * posteriors and the sequential chart of the selected row). While the sample ratio is off, a red banner stands in
 * for the readout until the user acknowledges it. Thin code-behind over {@link AbViewModel}.
 */
public final class AbView extends BorderPane {

    private static final String NONE = "— none —";

    private final AbViewModel viewModel;
    private final TableView<ReadoutRow> table = new TableView<>();
    private final ChartPane forest = new ChartPane("Lift per arm × metric", "forest-chart");
    private final ChartPane posterior = new ChartPane("Posteriors", "posterior-chart");
    private final ChartPane sequential = new ChartPane("Over time", "sequential-chart");
    private final Label chip = new Label();
    private final VBox banner = new VBox(10);
    private final Label bannerText = new Label();
    private final Node readoutArea;
    private final FlowPane armsBox = new FlowPane(14, 2);
    private final ChartFocus chartFocus = new ChartFocus(forest, posterior, sequential);
    private boolean syncing;

    public AbView(AbViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("ab-view");
        ScrollPane form = new ScrollPane(form());
        form.setFitToWidth(true);
        form.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        form.setPrefWidth(238);
        form.setMinWidth(220);
        setLeft(form);
        readoutArea = readoutArea();
        Label placeholder = new Label();
        placeholder.setId("ab-message");
        placeholder.textProperty().bind(viewModel.shown().message());
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(460);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.visibleProperty().bind(viewModel.shown().readout().isNull());
        buildBanner();
        StackPane body = new StackPane(readoutArea, banner, placeholder);
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        VBox right = new VBox(6, health(), body);
        VBox.setVgrow(body, Priority.ALWAYS);
        right.setPadding(new Insets(4, 8, 6, 8));
        setCenter(right);
        readoutArea.visibleProperty().bind(viewModel.shown().readout().isNotNull()
                .and(viewModel.shown().blocked().not()));
        banner.visibleProperty().bind(viewModel.shown().blocked());
        for (ChartPane pane : List.of(forest, posterior, sequential)) {
            pane.setMinHeight(130);
        }
        viewModel.shown().readout().addListener((o, old, now) -> {
            showHealth();
            showForest();
        });
        viewModel.settings().correction().addListener((o, old, now) -> showForest());
        viewModel.shown().selected().addListener((o, old, now) -> showSelected());
        showHealth();
        showForest();
        showSelected();
    }

    // ---- the form ----

    private Node form() {
        ComboBox<String> dataset = combo("ab-dataset", viewModel.choice().datasets(), "dataset");
        dataset.valueProperty().bindBidirectional(viewModel.choice().dataset());
        ComboBox<String> group = combo("ab-group", viewModel.choice().groupColumns(), "column");
        group.valueProperty().bindBidirectional(viewModel.choice().group());
        ComboBox<String> control = combo("ab-control", viewModel.choice().arms(), "arm");
        control.valueProperty().bindBidirectional(viewModel.choice().control());

        CheckComboBox<String> metrics = new CheckComboBox<>(viewModel.settings().metricChoices());
        metrics.setId("ab-metrics");
        metrics.setMaxWidth(Double.MAX_VALUE);
        metrics.setTitle(null);
        syncMetrics(metrics);

        ComboBox<String> cuped = optional("ab-cuped", viewModel.settings().covariates(), viewModel.settings().cuped());
        ComboBox<String> unit = optional("ab-unit", viewModel.settings().unitColumns(), viewModel.settings().unit());
        ComboBox<String> time = optional("ab-time", viewModel.settings().timeColumns(), viewModel.settings().time());
        TextField allocation = new TextField();
        allocation.setId("ab-allocation");
        allocation.setPromptText("equal shares (or A=1,B=1)");
        allocation.textProperty().bindBidirectional(viewModel.settings().allocation());

        VBox box = new VBox(3,
                field("Dataset", dataset),
                field("Group column", group),
                field("Control arm", control),
                field("Metrics", metrics),
                field("CUPED covariate (pre-period)", cuped),
                field("Correction across arms × metrics", correctionPicker()),
                field("Unit id (overlap check)", unit),
                field("Time (sequential monitoring)", time),
                field("Allocation", allocation),
                field("Cost per unit · per conversion", costs()));
        box.getChildren().addAll(readOutControls());
        VBox.setMargin(box.getChildren().get(10), new Insets(8, 0, 0, 0));
        box.setPadding(new Insets(8, 10, 10, 12));
        box.setFillWidth(true);
        return box;
    }

    /** The two costs side by side; with one, the readout is also read net of cost, with the ROI. */
    private HBox costs() {
        TextField unit = new TextField();
        unit.setId("ab-cost-unit");
        unit.setPromptText("none");
        unit.textProperty().bindBidirectional(viewModel.costPerUnitProperty());
        unit.setTooltip(new javafx.scene.control.Tooltip("What treating one unit costs (a mailing, a banner); the"
                + " readout is then also read net of cost, with the ROI, from the dataset's revenue column"));
        TextField conversion = new TextField();
        conversion.setId("ab-cost-conversion");
        conversion.setPromptText("none");
        conversion.textProperty().bindBidirectional(viewModel.costPerConversionProperty());
        conversion.setTooltip(new javafx.scene.control.Tooltip("What each treated conversion costs (a coupon"
                + " redeemed), counted on the dataset's label column"));
        HBox.setHgrow(unit, Priority.ALWAYS);
        HBox.setHgrow(conversion, Priority.ALWAYS);
        return new HBox(6, unit, conversion);
    }

    /**
     * The correction picker: the list says what each correction controls; the picker, in a 238 px form, names it
     * only, and its tooltip says what the chosen one controls.
     */
    private ComboBox<Correction> correctionPicker() {
        ComboBox<Correction> correction = new ComboBox<>();
        correction.setId("ab-correction");
        correction.getItems().setAll(Correction.HOLM, Correction.BH, Correction.NONE);
        correction.valueProperty().bindBidirectional(viewModel.settings().correction());
        correction.setConverter(new StringConverter<>() {
            @Override
            public String toString(Correction c) {
                return c == null ? "" : describe(c);
            }

            @Override
            public Correction fromString(String s) {
                return null;
            }
        });
        correction.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Correction c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : name(c));
            }
        });
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> correction.getValue() == null ? ""
                : describe(correction.getValue()), correction.valueProperty()));
        correction.setTooltip(tip);
        correction.setMaxWidth(Double.MAX_VALUE);
        return correction;
    }

    /** Read out and Cancel, the progress bar, what the job is doing, and why it cannot start. */
    private List<Node> readOutControls() {
        Button run = new Button("Read out", new FontIcon(MaterialDesignP.PLAY_OUTLINE));
        run.setId("ab-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(true);
        run.disableProperty().bind(viewModel.canRunBinding().not());
        run.setOnAction(e -> viewModel.readOut());
        run.setTooltip(new Tooltip("Sample-ratio check, then every treatment × metric against control, with CUPED,"
                + " the Bayesian view and confidence sequences (runs as a job)"));
        // the form is narrow: Cancel beside Read out, the bar and the message each on a line of their own
        JobControls job = JobControls.of(viewModel.job(), "ab");
        job.bar().setMaxWidth(Double.MAX_VALUE);
        job.text().setWrapText(true);
        Label problem = new Label();
        problem.setId("ab-problem");
        problem.setWrapText(true);
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.textProperty().bind(viewModel.shown().problem());
        problem.visibleProperty().bind(viewModel.shown().problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return List.of(new HBox(8, run, job.cancel()), job.bar(), job.text(), problem);
    }

    /** A correction's name alone, for the picker's closed face. */
    static String name(Correction c) {
        return switch (c) {
            case HOLM -> "Holm";
            case BH -> "Benjamini–Hochberg";
            case NONE -> "none";
        };
    }

    static String describe(Correction c) {
        return switch (c) {
            case HOLM -> "Holm (family-wise error)";
            case BH -> "Benjamini–Hochberg (false discoveries)";
            case NONE -> "none";
        };
    }

    private static VBox field(String title, Region control) {
        Label label = new Label(title);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        control.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(1, label, control);
        box.setPadding(new Insets(3, 0, 0, 0));
        return box;
    }

    private static ComboBox<String> combo(String id, ObservableList<String> items, String prompt) {
        ComboBox<String> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setPromptText(prompt);
        combo.setMaxWidth(Double.MAX_VALUE);
        return combo;
    }

    /** A column picker whose first item, {@value #NONE}, stands for no column (null in the view model). */
    private ComboBox<String> optional(String id, ObservableList<String> source, ObjectProperty<String> target) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        Runnable fill = () -> {
            syncing = true;
            try {
                combo.getItems().setAll(source);
                combo.getItems().add(0, NONE);
                combo.setValue(target.get() == null ? NONE : target.get());
            } finally {
                syncing = false;
            }
        };
        source.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        target.addListener((o, old, now) -> {
            if (!syncing) {
                combo.setValue(now == null ? NONE : now);
            }
        });
        combo.valueProperty().addListener((o, old, now) -> {
            if (!syncing) {
                target.set(now == null || NONE.equals(now) ? null : now);
            }
        });
        return combo;
    }

    /** Keeps the metric checks and the view model's chosen metrics the same, both ways. */
    private void syncMetrics(CheckComboBox<String> box) {
        Runnable push = () -> {
            syncing = true;
            try {
                box.getCheckModel().clearChecks();
                for (String m : viewModel.settings().metrics()) {
                    box.getCheckModel().check(m);
                }
            } finally {
                syncing = false;
            }
        };
        viewModel.settings().metrics().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                push.run();
            }
        });
        viewModel.settings().metricChoices().addListener((ListChangeListener<String>) c -> push.run());
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                syncing = true;
                try {
                    viewModel.settings().metrics().setAll(viewModel.settings().metricChoices().stream()
                            .filter(box.getCheckModel()::isChecked).toList());
                } finally {
                    syncing = false;
                }
            }
        });
        push.run();
    }

    // ---- health ----

    private Node health() {
        chip.setId("srm-chip");
        Label srm = new Label();
        srm.setId("srm-line");
        srm.getStyleClass().add(Styles.TEXT_SMALL);
        srm.setMinWidth(Region.USE_PREF_SIZE);
        Label overlap = new Label();
        overlap.setId("overlap-line");
        overlap.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        overlap.setMinWidth(Region.USE_PREF_SIZE);
        viewModel.shown().readout().addListener((o, old, now) -> {
            srm.setText(viewModel.srmLine());
            overlap.setText(viewModel.overlapLine());
        });
        Label title = new Label("Health");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setMinWidth(Region.USE_PREF_SIZE);
        VBox lines = new VBox(1, srm, overlap);
        armsBox.setId("srm-arms");
        HBox.setHgrow(armsBox, Priority.ALWAYS);
        HBox box = new HBox(12, title, chip, lines, armsBox);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.getStyleClass().add("ab-health");
        box.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6;"
                + " -fx-border-color: -color-border-muted; -fx-border-radius: 6;");
        box.visibleProperty().bind(viewModel.shown().readout().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void showHealth() {
        AbReadout r = viewModel.shown().readout().get();
        armsBox.getChildren().clear();
        chip.getStyleClass().removeAll("srm-ok", "srm-mismatch", Styles.SUCCESS, Styles.DANGER);
        if (r == null) {
            chip.setText("");
            chip.setGraphic(null);
            return;
        }
        boolean bad = r.blocked();
        FontIcon icon = new FontIcon(bad ? MaterialDesignA.ALERT_OCTAGON : MaterialDesignC.CHECK_CIRCLE);
        icon.setIconSize(14);
        chip.setGraphic(icon);
        chip.setText(bad ? "Sample ratio mismatch" : "Sample ratio OK");
        chip.getStyleClass().addAll(bad ? "srm-mismatch" : "srm-ok", bad ? Styles.DANGER : Styles.SUCCESS);
        chip.setStyle("-fx-background-color: -color-" + (bad ? "danger" : "success") + "-subtle;"
                + " -fx-background-radius: 10; -fx-padding: 2 9 2 7; -fx-graphic-text-gap: 5; -fx-font-weight: bold;");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        for (String line : viewModel.armLines()) {
            Label arm = new Label(line);
            arm.getStyleClass().add(Styles.TEXT_SMALL);
            armsBox.getChildren().add(arm);
        }
        bannerText.setText(String.format(java.util.Locale.ROOT, "The arms did not get the units the allocation"
                + " promises: %s. An SRM this strong (p < %s) almost always means broken assignment, logging or"
                + " filtering, and every lift computed on these units may be biased. Find the cause before trusting"
                + " any number below.", viewModel.srmLine(), "0.001"));
    }

    private void buildBanner() {
        banner.setId("srm-banner");
        banner.setMaxWidth(720);
        banner.setMaxHeight(Region.USE_PREF_SIZE);
        banner.setPadding(new Insets(16, 20, 16, 20));
        banner.setStyle("-fx-background-color: -color-danger-subtle; -fx-border-color: -color-danger-emphasis;"
                + " -fx-border-width: 2; -fx-border-radius: 6; -fx-background-radius: 6;");
        FontIcon icon = new FontIcon(MaterialDesignA.ALERT_OCTAGON);
        icon.setIconSize(22);
        Label title = new Label("Sample ratio mismatch: the readout is blocked", icon);
        title.getStyleClass().addAll(Styles.TITLE_4, Styles.DANGER);
        title.setWrapText(true);
        bannerText.setWrapText(true);
        Button acknowledge = new Button("I understand, show the readout");
        acknowledge.setId("ab-acknowledge");
        acknowledge.getStyleClass().add(Styles.DANGER);
        acknowledge.setOnAction(e -> viewModel.acknowledge());
        banner.getChildren().setAll(title, bannerText, acknowledge);
        StackPane.setMargin(banner, new Insets(30, 20, 0, 20));
    }

    // ---- the readout ----

    private Node readoutArea() {
        table.setId("ab-table");
        table.getStyleClass().add(Styles.DENSE);
        table.setStyle("-fx-font-size: 0.9em;");
        table.setItems(viewModel.shown().rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                NameCell.widening(column("arm", 82, false, ReadoutRow::arm)),
                NameCell.widening(column("metric", 72, false, ReadoutRow::metric)),
                column("control\n→ treatment", 102, true, r -> ExperimentFormats.number(r.comparison().meanControl())
                        + "\n→ " + ExperimentFormats.number(r.comparison().meanTreatment())),
                column("diff\n[95% CI]", 118, true, r -> ExperimentFormats.stacked(r.comparison().diff(),
                        r.comparison().ciLow(), r.comparison().ciHigh())),
                adjusted(),
                column("rel. lift\n[95% CI]", 100, true, r -> ExperimentFormats.stackedPercent(
                        r.comparison().relLift(), r.comparison().relCiLow(), r.comparison().relCiHigh())),
                column("CUPED diff\n[95% CI]", 118, true, r -> r.cuped() == null ? "—" : ExperimentFormats.stacked(
                        r.cuped().comparison().diff(), r.cuped().comparison().ciLow(),
                        r.cuped().comparison().ciHigh())),
                column("CUPED\nvar. red.", 72, true, r -> r.cuped() == null ? "—"
                        : ExperimentFormats.share(r.cuped().varianceReduction())),
                column("P(beat)\nexp. loss", 84, true, r -> r.bayesian() == null ? "—"
                        : ExperimentFormats.share(r.bayesian().chanceToBeat()) + "\n"
                        + ExperimentFormats.number(r.bayesian().expectedLoss()))));
        Selections.bind(table.getSelectionModel(), viewModel.shown().selected());
        Label method = new Label();
        method.setId("ab-method");
        method.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        method.setWrapText(true);
        method.setMinHeight(Region.USE_PREF_SIZE);
        method.textProperty().bind(Bindings.createStringBinding(this::methodLine, viewModel.shown().readout()));
        Label plain = new Label();
        plain.setId("ab-plain");
        plain.setWrapText(true);
        plain.getStyleClass().add(Styles.TEXT_SMALL);
        plain.setMinHeight(Region.USE_PREF_SIZE);
        plain.textProperty().bind(Bindings.createStringBinding(viewModel::plainText, viewModel.shown().readout(),
                viewModel.settings().correction(), viewModel.netProperty()));
        ScrollPane plainScroll = new ScrollPane(plain);
        plainScroll.setId("ab-plain-scroll");
        plainScroll.setFitToWidth(true);
        plainScroll.setPrefViewportHeight(64);
        plainScroll.setMinViewportHeight(40);
        VBox top = new VBox(3, table, method, plainScroll);
        VBox.setVgrow(table, Priority.ALWAYS);
        top.setMinHeight(150);

        SplitPane side = new SplitPane(posterior, sequential);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.5);
        SplitPane charts = new SplitPane(forest, side);
        charts.setDividerPositions(0.5);
        SplitPane all = new SplitPane(top, charts);
        all.setOrientation(Orientation.VERTICAL);
        all.setDividerPositions(0.46);
        return all;
    }

    private String methodLine() {
        AbReadout r = viewModel.shown().readout().get();
        if (r == null || r.comparisons().isEmpty()) {
            return "";
        }
        String methods = r.comparisons().stream().map(c -> c.metric() + ": " + c.method()).distinct()
                .reduce((a, b) -> a + " · " + b).orElse("");
        return methods + (r.skippedRows() > 0 ? " · " + ExperimentFormats.count(r.skippedRows())
                + " rows without an arm left out" : "") + " · Bayesian: Beta posteriors for 0/1 metrics, normal"
                + " otherwise. Select a row for its posteriors and its course over time.";
    }

    /** The p-value over the adjusted one; bold and green when the adjusted one is below the level. */
    private TableColumn<ReadoutRow, String> adjusted() {
        TableColumn<ReadoutRow, String> column = column("p\np adj.", 70, true,
                r -> ExperimentFormats.pValue(r.comparison().pValue()) + "\n"
                        + ExperimentFormats.pValue(r.comparison().pAdjusted()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("significant", Styles.SUCCESS, Styles.TEXT_BOLD);
                ReadoutRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                if (row != null && row.comparison().significant(AbViewModel.ALPHA)) {
                    getStyleClass().addAll("significant", Styles.SUCCESS, Styles.TEXT_BOLD);
                }
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static TableColumn<ReadoutRow, String> column(String title, double width, boolean right,
                                                          Function<ReadoutRow, String> text) {
        return Columns.right(Columns.unsorted(Columns.atLeast(Columns.text(title, width, text), Math.min(width, 56))),
                right);
    }

    /**
     * A cell of a name column (arm, metric) that widens its column to the whole name when laid out, taking the room
     * from the last column, and keeps it at least that wide: a column name has no fixed length, and "conver…" says
     * nothing.
     */
    private static final class NameCell extends TableCell<ReadoutRow, String> {

        private final Text measure = new Text();

        static TableColumn<ReadoutRow, String> widening(TableColumn<ReadoutRow, String> column) {
            column.setCellFactory(c -> new NameCell());
            return column;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            TableColumn<ReadoutRow, ?> column = getTableColumn();
            if (isEmpty() || getText() == null || column == null || getTableView() == null) {
                return;
            }
            measure.setFont(getFont());
            measure.setText(getText());
            double needed = Math.ceil(measure.getLayoutBounds().getWidth() + snappedLeftInset() + snappedRightInset()
                    + 2);
            if (needed > column.getWidth()) {
                getTableView().resizeColumn(column, needed - column.getWidth());
            }
            if (needed > column.getMinWidth()) {
                column.setMinWidth(needed);
            }
        }
    }

    private void showForest() {
        AbReadout r = viewModel.shown().readout().get();
        if (r == null || r.comparisons().isEmpty()) {
            forest.showMessage("Read out an experiment to see the lift of every arm × metric.");
            return;
        }
        List<ReadoutRow> rows = List.copyOf(viewModel.shown().rows());
        Correction correction = r.spec().correction();
        forest.show(text -> ExperimentCharts.forest(rows, AbViewModel.ALPHA, correction, text));
    }

    private void showSelected() {
        ReadoutRow row = viewModel.shown().selected().get();
        if (row == null) {
            posterior.title("Posteriors");
            sequential.title("Over time");
            posterior.showMessage("Select a row to see the posteriors of control and treatment.");
            sequential.showMessage("Select a row to see its cumulative lift over time.");
            return;
        }
        posterior.title("Posteriors · " + row.label());
        if (row.bayesian() == null) {
            posterior.showMessage("Ratio metrics have no Bayesian view here; choose a 0/1 or continuous metric.");
        } else {
            posterior.show(text -> ExperimentCharts.posterior(row, text));
        }
        sequential.title("Over time · " + row.label());
        if (row.sequential() == null) {
            sequential.showMessage("Choose a time column and read out again to see the cumulative lift inside its"
                    + " confidence sequence.");
        } else if (row.sequential().points().size() < 2) {
            sequential.showMessage("Too few looks over time to draw.");
        } else {
            sequential.show(text -> ExperimentCharts.sequential(row, text));
        }
    }

    // ---- for the section ----

    /** The chart the user last clicked (the forest plot until then), made for a file. */
    public Optional<JFreeChart> currentChart() {
        return chartFocus.forExport(forest);
    }

    public AbViewModel viewModel() {
        return viewModel;
    }

    ChartPane forestPane() {
        return forest;
    }

    ChartPane posteriorPane() {
        return posterior;
    }

    ChartPane sequentialPane() {
        return sequential;
    }

    TableView<ReadoutRow> table() {
        return table;
    }

    Node readoutNode() {
        return readoutArea;
    }

    Node bannerNode() {
        return banner;
    }
}
