package io.campaignlab.views.profiling;

import io.campaignlab.views.profiling.charts.HistogramChart;
import io.campaignlab.views.common.Columns;
import io.campaignlab.engine.profiling.ColumnProfile;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The profile tab: one row of statistics per column and, below, the histogram of the selected column (or a
 * note when there is nothing to plot).
 */
public final class ColumnProfileView extends BorderPane {

    private static final Color FALLBACK_TEXT = Color.GRAY;

    private final ColumnProfileViewModel viewModel;
    private final TableView<ColumnProfile> table = new TableView<>();
    private final Label chartTitle = new Label();
    private final ChartViewer viewer = new ChartViewer(null);
    private final Label nothingToPlot = new Label("No values to plot");

    public ColumnProfileView(Supplier<WorkspaceContext> workspace, JobExecutor executor, DialogService dialogs) {
        this(new ColumnProfileViewModel(workspace, executor, Platform::runLater, dialogs));
    }

    public ColumnProfileView(ColumnProfileViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("column-profile");
        setTop(header());
        SplitPane split = new SplitPane(columnTable(), chartPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        setCenter(split);
        viewModel.selectedColumnProperty().addListener((o, old, column) -> showColumn(column));
        chartTitle.textFillProperty().addListener((o, old, fill) -> showColumn(viewModel.selectedColumnProperty().get()));
        showColumn(null);
    }

    public ColumnProfileViewModel viewModel() {
        return viewModel;
    }

    /** The histogram on screen, if one is. */
    public Optional<JFreeChart> currentChart() {
        return viewer.isVisible() ? Optional.ofNullable(viewer.getChart()) : Optional.empty();
    }

    private HBox header() {
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button reprofile = new Button("Re-profile", new FontIcon(MaterialDesignR.REFRESH));
        reprofile.setOnAction(e -> viewModel.profile(viewModel.datasetProperty().get()));
        reprofile.disableProperty().bind(viewModel.datasetProperty().isNull().or(viewModel.job().runningProperty()));
        HBox header = new HBox(8, status, spacer, reprofile);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 8, 6, 8));
        return header;
    }

    private TableView<ColumnProfile> columnTable() {
        table.getStyleClass().add("column-profile-table");
        table.setItems(viewModel.columns());
        table.setPlaceholder(new Label("No profile yet"));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("column", 120, false, ColumnProfile::name));
        table.getColumns().add(column("type", 90, false, c -> c.type().id()));
        table.getColumns().add(column("role", 90, false, c -> c.role().id()));
        table.getColumns().add(column("nulls", 80, true, ProfileFormats::nulls));
        table.getColumns().add(column("distinct", 110, true, ProfileFormats::distinct));
        table.getColumns().add(column("min", 160, true, ProfileFormats::min));
        table.getColumns().add(column("max", 160, true, ProfileFormats::max));
        table.getColumns().add(column("mean", 95, true, ProfileFormats::mean));
        table.getColumns().add(column("std", 70, true, ProfileFormats::std));
        table.getColumns().add(column("top values", 200, false, ProfileFormats::topValues));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, column) -> {
            if (column != null) {
                viewModel.selectedColumnProperty().set(column);
            }
        });
        return table;
    }

    private static TableColumn<ColumnProfile, String> column(String title, double width, boolean numeric,
                                                              Function<ColumnProfile, String> text) {
        return Columns.right(Columns.atLeast(Columns.text(title, width, text), Math.min(width, 70)), numeric);
    }

    private BorderPane chartPane() {
        chartTitle.getStyleClass().add("text-bold");
        chartTitle.setPadding(new Insets(6, 8, 0, 8));
        nothingToPlot.getStyleClass().add("text-muted");
        viewer.getStyleClass().add("histogram-viewer");
        StackPane chart = new StackPane(viewer, nothingToPlot);
        chart.setMinHeight(160);
        BorderPane pane = new BorderPane(chart);
        pane.setTop(chartTitle);
        return pane;
    }

    private void showColumn(ColumnProfile column) {
        if (column != null && table.getSelectionModel().getSelectedItem() != column) {
            table.getSelectionModel().select(column);
        }
        boolean plot = ColumnProfileViewModel.hasValuesToPlot(column);
        chartTitle.setText(column == null ? "" : column.name() + (column.histogram().isEmpty()
                ? " · most frequent values" : " · histogram"));
        if (plot) {
            viewer.setChart(HistogramChart.create(column, textColour()));
        }
        viewer.setVisible(plot);
        nothingToPlot.setVisible(column != null && !plot);
    }

    private Color textColour() {
        return chartTitle.getTextFill() instanceof Color colour ? colour : FALLBACK_TEXT;
    }
}
