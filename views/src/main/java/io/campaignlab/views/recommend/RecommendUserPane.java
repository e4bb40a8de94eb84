package io.campaignlab.views.recommend;

import io.campaignlab.views.common.Columns;
import atlantafx.base.theme.Styles;
import io.campaignlab.views.jobs.JobControls;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
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
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.Locale;
import java.util.function.Function;

/**
 * The User tab: a run and a user id (with suggestions from the run's dataset) above; the user's history (latest
 * first) on the left and the run's recommendations with their reasons on the right. Thin code-behind over
 * {@link RecommendUserViewModel}.
 */
final class RecommendUserPane extends BorderPane {

    private final RecommendUserViewModel viewModel;
    private final ComboBox<RecommendRunRow> run;
    private final TextField user = new TextField();
    private final TableView<HistoryRow> history = new TableView<>();
    private final TableView<RecommendationRow> recommendations = new TableView<>();

    RecommendUserPane(RecommendUserViewModel viewModel) {
        this.viewModel = viewModel;
        run = new ComboBox<>(viewModel.runs());
        run.setId("recommend-user-run");
        run.valueProperty().bindBidirectional(viewModel.runProperty());
        run.setCellFactory(l -> new RunCell(false));
        run.setButtonCell(new RunCell(true));
        run.setPrefWidth(420);
        run.setMinWidth(180);
        run.setPromptText("completed run");

        user.setId("recommend-user-id");
        user.setPromptText("user id");
        user.setPrefColumnCount(12);
        user.textProperty().bindBidirectional(viewModel.userProperty());
        user.setOnAction(e -> viewModel.show());
        user.setTooltip(new Tooltip("A user id of the run's dataset; suggestions appear as you type"));
        TextFields.bindAutoCompletion(user, request -> viewModel.suggest(request.getUserText()));
        Spinner<Integer> count = new Spinner<>(1, 100, viewModel.countProperty().get());
        count.setId("recommend-user-count");
        count.setPrefWidth(76);
        count.setEditable(true);
        count.valueProperty().addListener((o, old, now) -> viewModel.countProperty().set(now));
        count.setTooltip(new Tooltip("How many recommendations to show"));
        Button show = new Button("Show", new FontIcon(MaterialDesignA.ACCOUNT_SEARCH_OUTLINE));
        show.setId("recommend-user-show");
        show.getStyleClass().add(Styles.ACCENT);
        show.disableProperty().bind(viewModel.serving().runningProperty().or(viewModel.runProperty().isNull()));
        show.setOnAction(e -> viewModel.show());
        show.setTooltip(new Tooltip("Reads the user's history, folds it into the run's model and ranks every item"
                + " the user has not interacted with (runs as a job)"));
        JobControls serving = JobControls.of(viewModel.serving(), "recommend-user");
        serving.text().setMinWidth(0);
        Label runLabel = bold("Run");
        Label userLabel = bold("User");
        Label topLabel = bold("Top");
        for (Region fixed : new Region[]{runLabel, userLabel, topLabel, show}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        TextField items = new TextField();
        items.setId("recommend-user-items");
        items.setPromptText("items");
        items.setPrefColumnCount(7);
        items.textProperty().bindBidirectional(viewModel.itemsProperty());
        items.setTooltip(new Tooltip("The items dataset that names items and their categories (default: the dataset"
                + " named items, when its id column matches the run's item column)"));
        Label itemsLabel = bold("Names from");
        itemsLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox runPicker = new HBox(8, runLabel, run, itemsLabel, items);
        runPicker.setAlignment(Pos.CENTER_LEFT);
        HBox userPicker = new HBox(8, userLabel, user, topLabel, count, serving.withStart(show));
        userPicker.setAlignment(Pos.CENTER_LEFT);
        FlowPane toolbar = new FlowPane(14, 6, runPicker, userPicker);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(8, 12, 4, 12));

        Label summary = new Label();
        summary.setId("recommend-user-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.visibleProperty().bind(viewModel.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        summary.setPadding(new Insets(0, 12, 2, 12));

        buildHistory();
        buildRecommendations();
        VBox left = titled("History · latest first", history);
        VBox right = titled("Recommendations · with the reason for each", recommendations);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.42);
        setTop(new VBox(toolbar, summary));
        setCenter(split);
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static VBox titled(String title, TableView<?> table) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(4, heading, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(4, 8, 8, 10));
        return box;
    }

    private void buildHistory() {
        history.setId("recommend-history");
        history.getStyleClass().add(Styles.DENSE);
        history.setItems(viewModel.history());
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.getColumns().setAll(java.util.List.of(
                column("item", 180, HistoryRow::item),
                column("event", 60, HistoryRow::type),
                column("time (UTC)", 130, HistoryRow::time)));
        history.setPlaceholder(placeholder());
    }

    private void buildRecommendations() {
        recommendations.setId("recommend-recommendations");
        recommendations.getStyleClass().add(Styles.DENSE);
        recommendations.setItems(viewModel.recommendations());
        recommendations.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RecommendationRow, String> rank = column("#", 36, r -> String.valueOf(r.rank()));
        rank.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<RecommendationRow, String> score = column("score", 70,
                r -> String.format(Locale.ROOT, Math.abs(r.score()) >= 100 ? "%.1f" : "%.4f", r.score()));
        score.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<RecommendationRow, String> why = column("why", 300, RecommendationRow::explanation);
        why.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        recommendations.getColumns().setAll(java.util.List.of(rank, column("item", 190, RecommendationRow::item),
                score, why));
        recommendations.setPlaceholder(placeholder());
    }

    private Label placeholder() {
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> viewModel.messageProperty().get(),
                viewModel.messageProperty()));
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(380);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        return placeholder;
    }

    private static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        return Columns.atLeast(Columns.text(title, width, value), Math.min(width, 50));
    }

    TableView<HistoryRow> history() {
        return history;
    }

    TableView<RecommendationRow> recommendations() {
        return recommendations;
    }

    TextField user() {
        return user;
    }

    /** A run in the picker: id, model, dataset, protocol, and in the list recall@K too. */
    private static final class RunCell extends ListCell<RecommendRunRow> {
        private final boolean brief;

        RunCell(boolean brief) {
            this.brief = brief;
        }

        @Override
        protected void updateItem(RecommendRunRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String recall = brief || item.evaluation() == null ? "" : String.format(Locale.ROOT, " · recall@%d %.4f",
                    item.evaluation().k(), item.evaluation().recall());
            setText(item.label() + " · " + item.dataset() + " · " + item.protocolText() + recall);
        }
    }
}
