package io.campaignlab.views.models;

import io.campaignlab.views.common.ParamField;
import atlantafx.base.theme.Styles;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.views.common.Formats;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import io.campaignlab.views.tuning.TuneControls;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;
import java.util.function.Function;

/**
 * The train form, top to bottom: data (dataset, label, behavioural aggregates), features, model, hyper-parameters,
 * split, seed and device; the Train button stays pinned below with the first problem to fix. Thin code-behind
 * over {@link TrainFormViewModel}.
 */
final class TrainFormView extends BorderPane {

    private static final double CAPTION = 112;

    private final TrainFormViewModel form;

    TrainFormView(TrainFormViewModel form, Runnable train, javafx.beans.value.ObservableBooleanValue training) {
        this.form = form;
        getStyleClass().add("train-form");
        VBox content = new VBox(14, dataSection(), featuresSection(), modelSection(), paramsSection(),
                splitSection());
        content.setPadding(new Insets(10, 16, 16, 14));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        setBottom(trainBar(train, training));
    }

    private Node trainBar(Runnable train, javafx.beans.value.ObservableBooleanValue training) {
        Button start = new Button("Train", new FontIcon(MaterialDesignP.PLAY));
        start.setId("train-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.disableProperty().bind(form.readout().valid().not().or(Bindings.createBooleanBinding(training::get,
                training)));
        start.setOnAction(e -> train.run());
        Label problem = new Label();
        problem.setId("train-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> training.get()
                ? "" : form.readout().problem().get(), form.readout().problem(), training));
        Label busy = new Label("A run is training; follow it on the right, or cancel it there.");
        busy.getStyleClass().add(Styles.TEXT_MUTED);
        busy.setWrapText(true);
        busy.visibleProperty().bind(Bindings.createBooleanBinding(training::get, training));
        busy.managedProperty().bind(busy.visibleProperty());
        HBox bar = new HBox(12, start, problem, busy);
        HBox.setHgrow(problem, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 14));
        bar.getStyleClass().add("train-bar");
        return bar;
    }

    private Node dataSection() {
        ComboBox<DatasetInfo> dataset = new ComboBox<>(form.choices().datasets());
        dataset.setId("train-dataset");
        dataset.valueProperty().bindBidirectional(form.settings().dataset());
        dataset.setConverter(converter(d -> d.name()));
        dataset.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DatasetInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "  ·  " + item.kind().id() + "  ·  "
                        + Formats.count(item.rows()) + " rows");
            }
        });
        dataset.setPromptText("no datasets");
        dataset.setPrefWidth(230);
        ComboBox<String> label = new ComboBox<>(form.choices().labels());
        label.setId("train-label");
        label.valueProperty().bindBidirectional(form.settings().label());
        label.setPromptText("no 1/0 column");
        label.setPrefWidth(230);
        Label labelHelp = muted("1 = positive");
        label.setTooltip(tip("The 1/0 column the model predicts: 1 for a positive (a click, a conversion)."));

        CheckBox behaviour = new CheckBox("Add behavioural aggregates");
        behaviour.setId("train-behaviour");
        behaviour.selectedProperty().bindBidirectional(form.settings().behaviour());
        ComboBox<String> events = new ComboBox<>(form.choices().eventDatasets());
        events.setId("train-events");
        events.valueProperty().bindBidirectional(form.settings().eventsDataset());
        events.setPromptText("no events dataset");
        events.disableProperty().bind(form.settings().behaviour().not());
        events.setPrefWidth(170);
        TextField lastN = new TextField();
        lastN.textProperty().bindBidirectional(form.settings().lastN());
        lastN.setPrefColumnCount(3);
        lastN.disableProperty().bind(form.settings().behaviour().not());
        lastN.setTooltip(tip("How many of the user's last categories go into the multi-valued field."));
        HBox behaviourRow = new HBox(8, muted("from"), events, muted("keeping the last"), lastN,
                muted("categories"));
        behaviourRow.setAlignment(Pos.CENTER_LEFT);
        behaviourRow.setPadding(new Insets(0, 0, 0, 28));
        Label behaviourHelp = muted("Per user and item, from events strictly before each row: impressions, click"
                + " rate, views, purchases, hours since last event, category share, item popularity and click rate,"
                + " and the user's last categories.");
        behaviourHelp.setWrapText(true);
        behaviourHelp.setMinHeight(Region.USE_PREF_SIZE);

        GridPane grid = grid();
        grid.addRow(0, caption("Dataset"), dataset);
        HBox labelRow = new HBox(10, label, labelHelp);
        labelRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(1, caption("Label"), labelRow);
        behaviourHelp.setPadding(new Insets(0, 0, 0, 28));
        VBox box = new VBox(8, grid, behaviour, behaviourRow, behaviourHelp);
        return section("Data", box);
    }

    private Node featuresSection() {
        TableView<FeatureRow> table = new TableView<>(form.features());
        table.setId("train-features");
        table.getStyleClass().addAll(Styles.DENSE, "feature-table");
        table.setPlaceholder(muted("Choose a dataset to list its columns"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(252);
        table.setMinHeight(160);

        TableColumn<FeatureRow, FeatureRow> use = new TableColumn<>("use");
        use.setPrefWidth(44);
        use.setMinWidth(44);
        use.setMaxWidth(48);
        use.setSortable(false);
        use.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        use.setCellFactory(c -> new IncludeCell());
        TableColumn<FeatureRow, String> column = new TableColumn<>("column");
        column.setPrefWidth(126);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().column()));
        TableColumn<FeatureRow, String> type = new TableColumn<>("type");
        type.setPrefWidth(86);
        type.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().meta().type().id()));
        TableColumn<FeatureRow, FeatureRow> treatment = new TableColumn<>("treatment");
        treatment.setPrefWidth(156);
        treatment.setMinWidth(140);
        treatment.setSortable(false);
        treatment.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        treatment.setCellFactory(c -> new TreatmentCell());
        TableColumn<FeatureRow, String> field = new TableColumn<>("becomes");
        field.setPrefWidth(130);
        field.setCellValueFactory(data -> data.getValue().detailBinding());
        table.getColumns().setAll(List.of(use, column, type, treatment, field));

        Label summary = muted("");
        summary.setId("train-feature-summary");
        summary.textProperty().bind(form.readout().featureSummary());
        return section("Features", new VBox(6, table), summary);
    }

    private Node modelSection() {
        ComboBox<ModelKind> model = new ComboBox<>();
        model.setId("train-model");
        model.getItems().setAll(ModelKind.values());
        model.valueProperty().bindBidirectional(form.settings().model());
        model.setConverter(converter(ModelKind::label));
        model.setPrefWidth(230);
        Label description = muted("");
        description.setId("train-model-description");
        description.textProperty().bind(form.readout().modelDescription());
        description.setWrapText(true);
        description.setMinHeight(Region.USE_PREF_SIZE);
        ComboBox<String> purchase = new ComboBox<>(form.choices().purchaseLabels());
        purchase.setId("train-purchase");
        purchase.valueProperty().bindBidirectional(form.settings().purchaseLabel());
        purchase.setPromptText("choose a column");
        purchase.setPrefWidth(230);
        Tooltip purchaseTip = tip("ESMM's second label: 1 when the impression led to a purchase (click and"
                + " conversion), 0 otherwise. pCVR and pCTCVR are learned from it over all impressions.");
        purchase.setTooltip(purchaseTip);
        GridPane grid = grid();
        grid.addRow(0, caption("Model"), model);
        grid.add(description, 1, 1);
        Label purchaseCaption = caption("Purchase label");
        Tooltip.install(purchaseCaption, purchaseTip);
        grid.addRow(2, purchaseCaption, purchase);
        for (Node node : new Node[]{purchaseCaption, purchase}) {
            node.visibleProperty().bind(form.readout().purchaseNeeded());
            node.managedProperty().bind(node.visibleProperty());
        }
        return section("Model", grid);
    }

    private Node paramsSection() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints caption = new ColumnConstraints(CAPTION);
            ColumnConstraints value = new ColumnConstraints();
            value.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().addAll(caption, value);
        }
        List<ParamField<ModelKind>> params = form.params();
        for (int i = 0; i < params.size(); i++) {
            ParamField<ModelKind> p = params.get(i);
            Label caption = new Label(p.label());
            caption.setMinWidth(Region.USE_PREF_SIZE);
            TextField field = new TextField();
            field.setId("param-" + p.key());
            field.textProperty().bindBidirectional(p.entry().text());
            field.setPrefColumnCount(p.key().equals("hidden") ? 8 : 7);
            Tooltip help = tip(p.help());
            field.setTooltip(help);
            Tooltip.install(caption, help);
            field.disableProperty().bind(p.entry().relevant().not());
            caption.disableProperty().bind(p.entry().relevant().not());
            var shown = javafx.beans.binding.Bindings.createBooleanBinding(() -> form.shown(p),
                    form.settings().model());
            for (javafx.scene.Node node : new javafx.scene.Node[]{caption, field}) {
                node.visibleProperty().bind(shown);
                node.managedProperty().bind(shown);
            }
            Runnable mark = () -> field.pseudoClassStateChanged(Styles.STATE_DANGER,
                    p.entry().relevant().get() && !p.entry().error().get().isEmpty());
            p.entry().error().addListener(o -> mark.run());
            p.entry().relevant().addListener(o -> mark.run());
            mark.run();
            grid.add(caption, (i % 2) * 2, i / 2);
            grid.add(field, (i % 2) * 2 + 1, i / 2);
        }
        Label note = muted("Greyed settings are not used by the chosen model. Hover a setting for what it does.");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        return section("Hyper-parameters", new VBox(8, grid, note));
    }

    private Node splitSection() {
        ComboBox<SplitKind> split = new ComboBox<>();
        split.setId("train-split");
        split.getItems().setAll(SplitKind.values());
        split.valueProperty().bindBidirectional(form.settings().split());
        split.setConverter(converter(k -> switch (k) {
            case RANDOM -> "random (stratified)";
            case TIME -> "by time";
            case USER -> "by user";
            case COLUMN -> "by a split column";
        }));
        split.setPrefWidth(230);
        Label splitHelp = muted("");
        splitHelp.setWrapText(true);
        splitHelp.setMinHeight(Region.USE_PREF_SIZE);
        splitHelp.textProperty().bind(Bindings.createStringBinding(() -> form.settings().split().get() == null ? ""
                : TrainFormViewModel.describe(form.settings().split().get()), form.settings().split()));
        TextField seed = new TextField();
        seed.setId("train-seed");
        seed.textProperty().bindBidirectional(form.settings().seed());
        seed.setPrefColumnCount(8);
        seed.setMaxWidth(Region.USE_PREF_SIZE);
        seed.setTooltip(tip("Seeds the weights, dropout, every shuffle and the split: the same seed on the same"
                + " data and device gives the same run."));
        GridPane grid = grid();
        grid.addRow(0, caption("Split"), split);
        grid.add(splitHelp, 1, 1);
        Label columnCaption = caption("Split column");
        ComboBox<String> column = splitColumn();
        for (Node node : new Node[]{columnCaption, column}) {
            node.visibleProperty().bind(form.settings().split().isEqualTo(SplitKind.COLUMN));
            node.managedProperty().bind(node.visibleProperty());
        }
        grid.addRow(2, columnCaption, column);
        SplitChoice choice = form.splitChoice();
        ComboBox<String> test = suppliedDataset("train-test-dataset", choice.testDataset(),
                "A dataset that is the whole test part (a published test file). The training dataset then gives"
                        + " train and validation: 10% of it validates, cut the way the split says.");
        ComboBox<String> valid = suppliedDataset("train-valid-dataset", choice.validDataset(),
                "With a test dataset: a dataset that is the whole validation part. Every row of the training"
                        + " dataset then trains.");
        valid.disableProperty().bind(choice.testDataset().isEqualTo(SplitChoice.NONE));
        grid.addRow(3, caption("Test part"), test);
        grid.addRow(4, caption("Validation part"), valid);
        grid.addRow(5, caption("Seed"), seed);
        grid.addRow(6, caption("Device"), devices());
        grid.addRow(7, caption("Tune"), new TuneControls(form.tune(), "12 trials, 3–6 min"));
        return section("Split, seed, device and tuning", grid);
    }

    private ComboBox<String> splitColumn() {
        ComboBox<String> column = new ComboBox<>(form.splitChoice().columns());
        column.setId("train-split-column");
        column.valueProperty().bindBidirectional(form.splitChoice().column());
        column.setPromptText("no text column");
        column.setPrefWidth(230);
        column.setTooltip(tip("The column whose value in each row says its part: train, valid (or validation, val)"
                + " or test. It is not used as a feature."));
        return column;
    }

    private ComboBox<String> suppliedDataset(String id, javafx.beans.property.ObjectProperty<String> chosen,
                                             String help) {
        ComboBox<String> picker = new ComboBox<>(form.splitChoice().datasetNames());
        picker.setId(id);
        picker.valueProperty().bindBidirectional(chosen);
        picker.setConverter(converter(name -> name.isEmpty() ? "cut from the training dataset" : name));
        picker.setPrefWidth(290);
        picker.setTooltip(tip(help));
        return picker;
    }

    private Node devices() {
        ToggleGroup group = new ToggleGroup();
        HBox pills = new HBox();
        List<String> devices = TrainFormViewModel.DEVICES;
        for (int i = 0; i < devices.size(); i++) {
            String device = devices.get(i);
            ToggleButton button = new ToggleButton(device);
            button.setId("device-" + device);
            button.setUserData(device);
            button.setToggleGroup(group);
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == devices.size() - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            button.setSelected(device.equals(form.settings().device().get()));
            // the pills keep their words; the help beside them wraps instead
            button.setMinWidth(Region.USE_PREF_SIZE);
            pills.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                form.settings().device().set((String) now.getUserData());
            }
        });
        form.settings().device().addListener((o, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData().equals(now)).findFirst().ifPresent(t -> t.setSelected(true)));
        Label help = muted("auto takes the GPU when there is one");
        help.setWrapText(true);
        help.setMinWidth(0);
        pills.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, pills, help);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Whether a column is an input; locked columns (the labels) cannot be ticked. */
    private static final class IncludeCell extends TableCell<FeatureRow, FeatureRow> {
        private final CheckBox box = new CheckBox();
        private FeatureRow bound;

        IncludeCell() {
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(FeatureRow item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.input().included());
                box.disableProperty().unbind();
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            bound = item;
            box.selectedProperty().bindBidirectional(item.input().included());
            box.disableProperty().bind(item.input().lockedBy().isNotEmpty());
            setGraphic(box);
        }
    }

    /** How a column becomes input: a choice when there is more than one. */
    private static final class TreatmentCell extends TableCell<FeatureRow, FeatureRow> {
        private final ComboBox<FieldTreatment> choice = new ComboBox<>();
        private FeatureRow bound;

        TreatmentCell() {
            choice.getStyleClass().add(Styles.SMALL);
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setCellFactory(list -> new ListCell<>() {
                @Override
                protected void updateItem(FieldTreatment item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.caption().title());
                    setTooltip(empty || item == null ? null : tip(item.caption().help()));
                }
            });
        }

        @Override
        protected void updateItem(FeatureRow item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                choice.valueProperty().unbindBidirectional(bound.input().treatment());
                choice.disableProperty().unbind();
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            if (item.choices().size() < 2) {
                setGraphic(null);
                setText(item.input().treatment().get().caption().title());
                setTooltip(tip(item.input().treatment().get().caption().help()));
                return;
            }
            bound = item;
            setText(null);
            setTooltip(null);
            choice.getItems().setAll(item.choices());
            choice.valueProperty().bindBidirectional(item.input().treatment());
            choice.disableProperty().bind(item.input().lockedBy().isNotEmpty()
                    .or(item.input().included().not()));
            setGraphic(choice);
        }
    }

    private static Node section(String title, Node body) {
        return section(title, body, null);
    }

    private static Node section(String title, Node body, Node aside) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "form-section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = aside == null ? new HBox(heading) : new HBox(8, heading, spacer, aside);
        header.setAlignment(Pos.BASELINE_LEFT);
        VBox box = new VBox(8, header, body);
        box.getStyleClass().add("form-section");
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints caption = new ColumnConstraints(CAPTION);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setFillWidth(true);
        grid.getColumnConstraints().addAll(caption, value);
        return grid;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static Tooltip tip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setShowDuration(Duration.seconds(30));
        return tooltip;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
