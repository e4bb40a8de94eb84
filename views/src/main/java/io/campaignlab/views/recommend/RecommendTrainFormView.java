package io.campaignlab.views.recommend;

import io.campaignlab.views.common.ParamField;
import atlantafx.base.theme.Styles;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.views.jobs.JobControls;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The train form beside the recall@K chart: dataset, recommender, protocol and the hyper-parameters the chosen
 * recommender reads (the others are disabled), each with a tooltip, scrolling when the pane is short; Train and
 * Cancel with progress always in sight below them. Thin code-behind
 * over {@link RecommendTrainFormViewModel}.
 */
final class RecommendTrainFormView extends javafx.scene.layout.BorderPane {

    RecommendTrainFormView(RecommendTrainFormViewModel form) {
        setId("recommend-train-form");
        setMinWidth(250);
        setPrefWidth(300);
        Label heading = new Label("Train a recommender");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        VBox fieldsBox = new VBox(8, fields(form));
        fieldsBox.setPadding(new Insets(2, 10, 6, 10));
        ScrollPane scroll = new ScrollPane(fieldsBox);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        heading.setPadding(new Insets(8, 10, 4, 10));
        VBox bottom = actions(form);
        bottom.setPadding(new Insets(6, 10, 10, 10));
        setTop(heading);
        setCenter(scroll);
        setBottom(bottom);
    }

    /** The dataset, model, protocol and its settings, and the model's hyper-parameters. */
    private static GridPane fields(RecommendTrainFormViewModel form) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(5);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(84);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;

        ComboBox<String> dataset = new ComboBox<>(form.datasets());
        dataset.setId("recommend-dataset");
        dataset.valueProperty().bindBidirectional(form.datasetProperty());
        dataset.setPromptText("events dataset");
        add(grid, row++, "Dataset", dataset, "An events dataset: user, item and timestamp columns (event type"
                + " optional; it sets the interaction weights)");

        ComboBox<RecommenderKind> model = new ComboBox<>(form.kinds());
        model.setId("recommend-model");
        model.valueProperty().bindBidirectional(form.kindProperty());
        model.setCellFactory(l -> new KindCell());
        model.setButtonCell(new KindCell());
        add(grid, row++, "Model", model, "Every recommender this build knows");
        add(grid, row++, "Protocol", protocol(form), "leave-last-out: each user's last purchase is the test, with"
                + " the user's later events hidden; chronological: one global time cut. The numbers differ a lot"
                + " between them");
        add(grid, row++, "Target", target(form), "The held-out events: purchases, or interactions of any type");

        TextField k = field(form.kParam(), "recommend-k");
        add(grid, row++, form.kParam().label(), k, form.kParam().help());
        TextField cut = field(form.cutParam(), "recommend-cut");
        cut.disableProperty().bind(form.protocolProperty().isNotEqualTo(EvaluationProtocol.Kind.CHRONOLOGICAL));
        add(grid, row++, form.cutParam().label(), cut, form.cutParam().help());

        ComboBox<RecommendTrainFormViewModel.TuneMode> tune = new ComboBox<>();
        tune.getItems().setAll(RecommendTrainFormViewModel.TuneMode.values());
        tune.setId("recommend-tune");
        tune.valueProperty().bindBidirectional(form.tuneProperty());
        add(grid, row++, "Tune", tune, "auto: choose the settings that matter (ALS λ, α, factors; BPR factors, L2;"
                + " item-kNN neighbours, shrinkage) by NDCG@K on a validation part inside training, then evaluate"
                + " the test part once. A setting you change below stays fixed. off: train once as set below");
        TextField budget = new TextField();
        budget.setId("recommend-budget");
        budget.setPromptText("model default");
        budget.textProperty().bindBidirectional(form.budgetProperty());
        budget.disableProperty().bind(form.tuneProperty().isNotEqualTo(RecommendTrainFormViewModel.TuneMode.AUTO));
        add(grid, row++, "Budget", budget, "How much to search: trials (10), a time (5m, 90s) or both (10,5m);"
                + " blank for the model's default (10 trials, 6 for BPR)");

        for (ParamField<RecommenderKind> p : form.params()) {
            TextField f = field(p, "recommend-" + p.key());
            f.disableProperty().bind(Bindings.createBooleanBinding(() -> !p.usedBy(form.kindProperty().get()),
                    form.kindProperty()));
            add(grid, row++, p.label(), f, p.help());
        }
        return grid;
    }

    private static ComboBox<EvaluationProtocol.Kind> protocol(RecommendTrainFormViewModel form) {
        ComboBox<EvaluationProtocol.Kind> protocol = new ComboBox<>();
        protocol.getItems().setAll(EvaluationProtocol.Kind.values());
        protocol.setId("recommend-protocol");
        protocol.valueProperty().bindBidirectional(form.protocolProperty());
        protocol.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EvaluationProtocol.Kind k) {
                return k == null ? "" : k.id();
            }

            @Override
            public EvaluationProtocol.Kind fromString(String s) {
                return EvaluationProtocol.Kind.parse(s);
            }
        });
        return protocol;
    }

    private static ComboBox<EvaluationProtocol.Target> target(RecommendTrainFormViewModel form) {
        ComboBox<EvaluationProtocol.Target> target = new ComboBox<>();
        target.getItems().setAll(EvaluationProtocol.Target.values());
        target.valueProperty().bindBidirectional(form.targetProperty());
        target.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EvaluationProtocol.Target t) {
                return t == null ? "" : t.id();
            }

            @Override
            public EvaluationProtocol.Target fromString(String s) {
                return EvaluationProtocol.Target.parse(s);
            }
        });
        return target;
    }

    /** Train, Cancel and the progress bar; below them why training cannot start, else what the job says. */
    private static VBox actions(RecommendTrainFormViewModel form) {
        Button train = new Button("Train", new FontIcon(MaterialDesignP.PLAY_OUTLINE));
        train.setId("recommend-train");
        train.getStyleClass().add(Styles.ACCENT);
        train.disableProperty().bind(form.canTrainBinding().not());
        train.setOnAction(e -> form.train());
        train.setTooltip(new Tooltip("Fits the recommender on the protocol's training part, ranks every unseen item"
                + " for every test user and records the run (runs as a job)"));
        StringBinding status = Bindings.createStringBinding(() -> form.problemProperty().get().isEmpty()
                        ? form.training().messageProperty().get() : form.problemProperty().get(),
                form.problemProperty(), form.training().messageProperty());
        JobControls controls = JobControls.of(form.training(), "recommend", status);
        controls.text().setId("recommend-train-status");
        controls.text().getStyleClass().remove(Styles.TEXT_MUTED);
        return controls.stacked(train);
    }

    private static TextField field(ParamField<RecommenderKind> p, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p.entry().text());
        f.setPrefColumnCount(6);
        p.entry().error().addListener((o, old, now) -> f.pseudoClassStateChanged(Styles.STATE_DANGER,
                !now.isEmpty()));
        return f;
    }

    private static void add(GridPane grid, int row, String label, javafx.scene.control.Control field, String help) {
        Label l = new Label(label);
        Tooltip tip = new Tooltip(help);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        l.setTooltip(tip);
        field.setTooltip(tip);
        field.setMaxWidth(Double.MAX_VALUE);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
    }

    /** A recommender by its id and name. */
    private static final class KindCell extends ListCell<RecommenderKind> {
        @Override
        protected void updateItem(RecommenderKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.id() + " · " + item.label());
            // the form is narrow: the whole name on hover when it is elided
            setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(getText()));
        }
    }
}
