package io.campaignlab.views.browse;

import io.campaignlab.engine.browse.RowFilter;
import io.campaignlab.engine.browse.RowSort;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.List;
import java.util.function.Supplier;

/**
 * The rows of a dataset in a table that scrolls through millions of rows: cells show "…" until their page
 * arrives. Clicking a header sorts in the database; the bar above filters there.
 */
public final class TableBrowserView extends BorderPane {

    private static final double ROW_HEIGHT = 26;

    private final TableBrowserViewModel viewModel;
    private final TableView<BrowserRow> table = new TableView<>();

    public TableBrowserView(Supplier<WorkspaceContext> workspace, JobExecutor executor, DialogService dialogs) {
        this(new TableBrowserViewModel(workspace, executor, dialogs));
    }

    public TableBrowserView(TableBrowserViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("table-browser");
        table.getStyleClass().add("table-browser-table");
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No rows"));
        table.setItems(viewModel.rows());
        viewModel.rows().addListener((ListChangeListener<BrowserRow>) change -> table.scrollTo(0));
        table.setSortPolicy(t -> {
            viewModel.sortBy(sortOf(t.getSortOrder()));
            return true;
        });
        viewModel.table().columns().addListener((ListChangeListener<ColumnMeta>) change -> rebuildColumns());
        setTop(filterBar());
        setCenter(table);
        Label status = new Label();
        status.textProperty().bind(viewModel.table().status());
        status.getStyleClass().add("text-muted");
        status.setPadding(new Insets(4, 8, 4, 8));
        setBottom(status);
    }

    public TableBrowserViewModel viewModel() {
        return viewModel;
    }

    private VBox filterBar() {
        ComboBox<ColumnMeta> column = new ComboBox<>(viewModel.table().columns());
        column.setConverter(new HeaderConverter());
        column.valueProperty().bindBidirectional(viewModel.filterBar().column());
        column.setPromptText("column");
        column.getStyleClass().add("filter-column");
        ComboBox<RowFilter.Op> op = new ComboBox<>(FXCollections.observableArrayList(RowFilter.Op.values()));
        op.valueProperty().bindBidirectional(viewModel.filterBar().op());
        TextField value = new TextField();
        value.setPromptText("value");
        value.getStyleClass().add("filter-value");
        value.textProperty().bindBidirectional(viewModel.filterBar().value());
        value.disableProperty().bind(viewModel.filterBar().valueNeeded().not());
        value.setOnAction(e -> viewModel.applyFilter());
        Button apply = new Button("Apply", new FontIcon(MaterialDesignF.FILTER_OUTLINE));
        apply.setOnAction(e -> viewModel.applyFilter());
        apply.getStyleClass().add("filter-apply");
        Button clear = new Button("Clear", new FontIcon(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        clear.setOnAction(e -> viewModel.clearFilter());
        clear.disableProperty().bind(viewModel.table().filter().isNull().and(viewModel.filterBar().value().isEmpty()));
        Label title = new Label("Filter");
        value.setPrefColumnCount(12);
        for (Region fixed : new Region[]{title, column, op, value, apply, clear}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        // a long column name leaves the value box its width: the value and its buttons go to a second line
        HBox what = new HBox(6, title, column, op);
        HBox how = new HBox(6, value, apply, clear);
        what.setAlignment(Pos.CENTER_LEFT);
        how.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(6, 4, what, how);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().addAll("danger", "filter-error");
        error.setTextFill(Color.web("#d1242f"));
        error.textProperty().bind(viewModel.filterBar().error());
        error.setWrapText(true);
        error.visibleProperty().bind(viewModel.filterBar().error().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox top = new VBox(4, bar, error);
        top.setPadding(new Insets(6, 8, 6, 8));
        top.disableProperty().bind(viewModel.table().dataset().isNull());
        return top;
    }

    private void rebuildColumns() {
        table.getSortOrder().clear();
        table.getColumns().clear();
        TableColumn<BrowserRow, String> rowNumber = column(0, "#", "row number in the source file");
        rowNumber.setSortable(false);
        rowNumber.getStyleClass().add("row-number-column");
        rowNumber.setPrefWidth(90);
        rowNumber.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(rowNumber);
        List<ColumnMeta> columns = viewModel.table().columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnMeta meta = columns.get(i);
            TableColumn<BrowserRow, String> column = column(i + 1, meta.header(),
                    meta.header() + " · " + meta.type().id() + " · " + meta.role().id()
                            + (meta.name().equals(meta.header()) ? "" : " · stored as " + meta.name()));
            column.setUserData(meta);
            column.setPrefWidth(width(meta));
            if (meta.type().isNumeric()) {
                column.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            table.getColumns().add(column);
        }
    }

    private static double width(ColumnMeta meta) {
        double header = meta.header().length() * 9 + 40;
        return switch (meta.type()) {
            case TIMESTAMP -> Math.max(170, header);
            case BOOLEAN, INTEGER, DECIMAL -> Math.max(90, Math.min(200, header));
            case CATEGORY, TEXT -> Math.max(120, Math.min(240, header));
        };
    }

    private static TableColumn<BrowserRow, String> column(int cell, String header, String tip) {
        TableColumn<BrowserRow, String> column = new TableColumn<>();
        Label label = new Label(header);
        label.setTooltip(new Tooltip(tip));
        column.setGraphic(label);
        column.setCellValueFactory(data -> text(data.getValue(), cell));
        return column;
    }

    private static ObservableValue<String> text(BrowserRow row, int cell) {
        return row.valuesProperty().map(values -> CellFormat.format(values.get(cell)))
                .orElse(CellFormat.LOADING);
    }

    private static RowSort sortOf(List<TableColumn<BrowserRow, ?>> order) {
        if (order.isEmpty() || !(order.get(0).getUserData() instanceof ColumnMeta meta)) {
            return null;
        }
        return new RowSort(meta.name(), order.get(0).getSortType() == TableColumn.SortType.ASCENDING);
    }

    /** Shows a column by its header. */
    private static final class HeaderConverter extends StringConverter<ColumnMeta> {
        @Override
        public String toString(ColumnMeta column) {
            return column == null ? "" : column.header();
        }

        @Override
        public ColumnMeta fromString(String text) {
            return null;
        }
    }
}
