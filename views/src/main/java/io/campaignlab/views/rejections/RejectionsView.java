package io.campaignlab.views.rejections;

import io.campaignlab.views.common.Columns;
import io.campaignlab.engine.importing.Rejection;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.function.Function;
import java.util.function.Supplier;

/** The rejections tab: what the import of the selected dataset could not load, and why. */
public final class RejectionsView extends BorderPane {

    private final RejectionsViewModel viewModel;

    public RejectionsView(Supplier<WorkspaceContext> workspace, JobExecutor executor, DialogService dialogs) {
        this(new RejectionsViewModel(workspace, executor, dialogs));
    }

    public RejectionsView(RejectionsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("rejections");
        setTop(toolbar());
        setCenter(table());
        Label message = new Label();
        message.textProperty().bind(viewModel.list().message());
        message.getStyleClass().add("text-muted");
        message.setPadding(new Insets(4, 8, 4, 8));
        setBottom(message);
    }

    public RejectionsViewModel viewModel() {
        return viewModel;
    }

    private HBox toolbar() {
        TextField filter = new TextField();
        filter.setPromptText("Filter: any field contains…");
        filter.setPrefColumnCount(24);
        filter.textProperty().bindBidirectional(viewModel.list().filterText());
        Label count = new Label();
        count.textProperty().bind(viewModel.list().countText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button export = new Button("Export CSV…", new FontIcon(MaterialDesignF.FILE_EXPORT_OUTLINE));
        export.setOnAction(e -> viewModel.exportCsv());
        export.disableProperty().bind(viewModel.list().dataset().isNull());
        HBox bar = new HBox(8, filter, count, spacer, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private TableView<Rejection> table() {
        SortedList<Rejection> sorted = new SortedList<>(viewModel.list().shown());
        TableView<Rejection> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.getStyleClass().add("rejections-table");
        table.setPlaceholder(new Label("No rejected values"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Rejection, Long> line = new TableColumn<>("line");
        line.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().line()));
        line.setStyle("-fx-alignment: CENTER-RIGHT;");
        line.setPrefWidth(70);
        table.getColumns().add(line);
        table.getColumns().add(column("column", 120, RejectionsViewModel::columnLabel));
        table.getColumns().add(column("raw value", 160, Rejection::rawValue));
        table.getColumns().add(column("reason", 260, Rejection::reason));
        table.getColumns().add(column("raw record", 300, Rejection::rawRecord));
        return table;
    }

    private static TableColumn<Rejection, String> column(String title, double width, Function<Rejection, String> text) {
        return Columns.text(title, width, text);
    }
}
