package io.campaignlab.views.datasets;

import io.campaignlab.views.common.Columns;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.browse.TableBrowserView;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.common.Formats;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.profiling.ColumnProfileView;
import io.campaignlab.views.rejections.RejectionsView;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Data section's main screen: the datasets table above, with delete, rename and re-profile as buttons and in
 * a context menu, and below it the selected dataset's rows beside its column profile and histogram, and its
 * rejections in a second tab.
 */
public final class DatasetsView extends BorderPane {

    private static final DateTimeFormatter IMPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    /** The most rows the datasets table shows before it scrolls. */
    static final int VISIBLE_ROWS = 5;

    private final DatasetsViewModel viewModel;
    private final TableView<DatasetSummary> table = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final ColumnProfileView profileView;

    public DatasetsView(Supplier<WorkspaceContext> workspace, JobExecutor executor, DialogService dialogs) {
        this.viewModel = new DatasetsViewModel(workspace, executor, Platform::runLater, dialogs);
        this.profileView = new ColumnProfileView(viewModel.profile());
        getStyleClass().add("datasets-view");
        setTop(toolbar());
        SplitPane split = new SplitPane(datasetsTable(), details());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(table, false);
        setCenter(split);
        // the table shows whole rows: sized when it is first laid out and whenever the list changes
        split.heightProperty().addListener((o, old, now) -> {
            if (old.doubleValue() <= 0 && now.doubleValue() > 0) {
                Platform.runLater(() -> fitWholeRows(split));
            }
        });
        viewModel.datasets().addListener((ListChangeListener<DatasetSummary>) c ->
                Platform.runLater(() -> fitWholeRows(split)));
    }

    /**
     * Moves the divider so that the datasets table shows whole rows, as many as there are datasets up to
     * {@value #VISIBLE_ROWS}: a row cut in half reads as a missing dataset. The user can drag it afterwards.
     */
    private void fitWholeRows(SplitPane split) {
        for (int attempt = 0; attempt < 3 && split.getHeight() > 0; attempt++) {
            split.applyCss();
            split.layout();
            Region header = (Region) table.lookup(".column-header-background");
            Region row = (Region) table.lookup(".table-row-cell");
            if (header == null || row == null || row.getHeight() <= 0) {
                return;
            }
            int rows = Math.max(1, Math.min(VISIBLE_ROWS, table.getItems().size()));
            double wanted = table.snappedTopInset() + header.getHeight() + rows * row.getHeight()
                    + table.snappedBottomInset();
            double off = wanted - table.getHeight();
            if (Math.abs(off) < 0.5) {
                return;
            }
            split.setDividerPositions(split.getDividerPositions()[0] + off / split.getHeight());
        }
    }

    /** Reloads the list of datasets in the background. */
    public void refresh() {
        viewModel.refresh();
    }

    /** Selects a dataset and shows its rows, as soon as the list holds it. */
    public void select(String datasetName) {
        viewModel.detailTabProperty().set(DetailTab.OVERVIEW);
        viewModel.select(datasetName);
    }

    /** The histogram the profile tab shows, for "export chart". */
    public Optional<JFreeChart> currentChart() {
        return viewModel.detailTabProperty().get() == DetailTab.OVERVIEW ? profileView.currentChart() : Optional.empty();
    }

    public DatasetsViewModel viewModel() {
        return viewModel;
    }

    private HBox toolbar() {
        Label title = new Label("Datasets");
        title.getStyleClass().add("title-3");
        Button refresh = button("Refresh", MaterialDesignR.REFRESH, viewModel::refresh);
        refresh.disableProperty().bind(viewModel.loadingProperty());
        Button rename = button("Rename…", MaterialDesignR.RENAME_BOX, viewModel::rename);
        Button reprofile = button("Re-profile", MaterialDesignC.CHART_BAR, viewModel::reprofile);
        Button delete = button("Delete…", MaterialDesignD.DELETE_OUTLINE, viewModel::delete);
        delete.getStyleClass().add("danger");
        for (Button b : new Button[]{rename, delete}) {
            b.disableProperty().bind(viewModel.hasSelectionBinding().not());
        }
        reprofile.disableProperty().bind(viewModel.hasSelectionBinding().not()
                .or(viewModel.profile().job().runningProperty()));
        HBox bar = new HBox(8, title, refresh, rename, reprofile, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        return bar;
    }

    private static Button button(String text, Ikon icon, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setOnAction(e -> action.run());
        return button;
    }

    private TableView<DatasetSummary> datasetsTable() {
        table.getStyleClass().add("datasets-table");
        table.setItems(viewModel.datasets());
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("name", 180, false, DatasetSummary::name, name -> name));
        table.getColumns().add(column("kind", 100, false, DatasetSummary::kind, kind -> kind));
        table.getColumns().add(column("rows", 100, true, DatasetSummary::rows, Formats::count));
        table.getColumns().add(column("size", 90, true, DatasetSummary::sizeBytes, Formats::bytes));
        table.getColumns().add(column("imported at", 140, false, DatasetSummary::importedAt,
                (Instant at) -> at == null ? "" : IMPORTED.format(at)));
        table.getColumns().add(column("source file", 260, false, DatasetSummary::sourceFile, file -> file));
        table.setContextMenu(new ContextMenu(
                menuItem("Rename…", viewModel::rename),
                menuItem("Re-profile", viewModel::reprofile),
                menuItem("Delete…", viewModel::delete)));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.select(now);
            }
        });
        viewModel.selectedProperty().addListener((o, old, now) -> showSelection());
        viewModel.datasets().addListener((ListChangeListener<DatasetSummary>) change -> showSelection());
        return table;
    }

    private MenuItem menuItem(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(viewModel.hasSelectionBinding().not());
        return item;
    }

    private static <T> TableColumn<DatasetSummary, T> column(String title, double width, boolean right,
                                                             Function<DatasetSummary, T> value,
                                                             Function<T, String> text) {
        return Columns.right(Columns.typed(title, width, value, text), right);
    }

    private Node details() {
        Label nothing = new Label("Select a dataset to see its rows, profile and rejections");
        nothing.getStyleClass().add("text-muted");
        tabs.getTabs().addAll(
                tab(DetailTab.OVERVIEW, overview()),
                tab(DetailTab.REJECTIONS, new RejectionsView(viewModel.rejections())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) ->
                viewModel.detailTabProperty().set((DetailTab) tab.getUserData()));
        viewModel.detailTabProperty().addListener((o, old, tab) ->
                tabs.getSelectionModel().select(tab.ordinal()));
        tabs.visibleProperty().bind(viewModel.hasSelectionBinding());
        nothing.visibleProperty().bind(viewModel.hasSelectionBinding().not());
        return new StackPane(nothing, tabs);
    }

    /** The rows on the left, the column profile with its histogram on the right. */
    private Node overview() {
        TableBrowserView browser = new TableBrowserView(viewModel.browser());
        browser.setMinWidth(320);
        profileView.setMinWidth(380);
        SplitPane split = new SplitPane(browser, profileView);
        split.setDividerPositions(0.58);
        return split;
    }

    private static Tab tab(DetailTab which, Node content) {
        Tab tab = new Tab(which.title(), content);
        tab.setUserData(which);
        return tab;
    }

    private void showSelection() {
        DatasetSummary selected = viewModel.selectedProperty().get();
        if (selected == null) {
            table.getSelectionModel().clearSelection();
        } else if (table.getSelectionModel().getSelectedItem() != selected) {
            table.getSelectionModel().select(selected);
            table.scrollTo(selected);
        }
    }
}
