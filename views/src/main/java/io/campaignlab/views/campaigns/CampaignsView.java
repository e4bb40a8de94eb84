package io.campaignlab.views.campaigns;

import atlantafx.base.theme.Styles;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.ComputedWhenShown;
import io.campaignlab.views.common.Columns;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.common.SectionHeader;
import io.campaignlab.views.common.Selections;
import io.campaignlab.views.common.WhenShown;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.segments.RuleBuilderViewModel;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
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
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.function.Supplier;

/**
 * The Campaigns section: the campaign list with New, Duplicate, Import…, Export… and Delete above; below it the
 * selected campaign's page: the tabs Design, Forecast, Serve (with the readout of the decisions log below the dashboard) and Replay, and beside them the version shown (the draft
 * or a frozen version), Save draft, Publish and Stop. Thin code-behind over {@link CampaignsViewModel}; reloads
 * whenever it is shown.
 */
public final class CampaignsView extends BorderPane {

    private final CampaignsViewModel viewModel;
    private final TableView<CampaignRow> table = new TableView<>();
    private final TabPane tabs = new TabPane();

    public CampaignsView(Supplier<WorkspaceContext> workspace, JobExecutor executor, DialogService dialogs,
                         CampaignPanes panes, String summaryText) {
        this(new CampaignsViewModel(CampaignStore.of(workspace), executor, Platform::runLater, dialogs, pause()),
                panes, summaryText);
    }

    public CampaignsView(CampaignsViewModel viewModel, CampaignPanes panes, String summaryText) {
        this.viewModel = viewModel;
        getStyleClass().add("campaigns-view");
        setTop(SectionHeader.of("Campaigns", summaryText, 6));
        SplitPane split = new SplitPane(list(), page(panes));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.27);
        setCenter(split);
        WhenShown.run(this, viewModel::refresh);
    }

    /** A debouncer that waits for 400 ms without edits. */
    static RuleBuilderViewModel.Debouncer pause() {
        PauseTransition pause = new PauseTransition(Duration.millis(400));
        return work -> {
            pause.setOnFinished(e -> work.run());
            pause.playFromStart();
        };
    }

    private Node list() {
        table.setId("campaign-list");
        table.setItems(viewModel.page().rows());
        table.getColumns().setAll(
                Columns.text("Campaign", 180, CampaignRow::name),
                Columns.text("Status", 170, CampaignRow::status),
                Columns.atLeast(Columns.text("Objective", 100, CampaignRow::objective), 95),
                Columns.atLeast(Columns.right(Columns.text("Audience", 100, CampaignRow::audience), true), 95),
                Columns.text("Offers", 250, CampaignRow::offers),
                Columns.text("Updated", 130, CampaignRow::updated));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(CampaignsViewModel.NONE));
        Runnable[] pull = new Runnable[1];
        pull[0] = Selections.follow(table.getSelectionModel(), viewModel.page().selected(), row -> {
            if (!viewModel.choose(row)) {
                Platform.runLater(pull[0]);
            }
        });
        Runnable reselect = pull[0];
        viewModel.page().rows().addListener((ListChangeListener<CampaignRow>) c -> reselect.run());
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<CampaignRow> row = new javafx.scene.control.TableRow<>();
            row.itemProperty().addListener((o, a, b) -> row.setTooltip(b == null ? null
                    : new Tooltip(b.name() + " · " + b.status() + " · offers " + b.offerKinds())));
            return row;
        });
        Button create = button("New", "campaign-new", new FontIcon(MaterialDesignP.PLUS), viewModel::newCampaign);
        create.getStyleClass().add(Styles.ACCENT);
        Button duplicate = button("Duplicate", "campaign-duplicate", new FontIcon(MaterialDesignC.CONTENT_COPY),
                viewModel::duplicate);
        duplicate.disableProperty().bind(viewModel.page().version().isNull());
        Button importing = button("Import…", "campaign-import", new FontIcon(MaterialDesignF.FILE_IMPORT_OUTLINE),
                viewModel::importFile);
        Button export = button("Export…", "campaign-export", new FontIcon(MaterialDesignE.EXPORT),
                viewModel::exportFile);
        export.disableProperty().bind(viewModel.page().version().isNull());
        Button delete = button("Delete", "campaign-delete", new FontIcon(MaterialDesignD.DELETE_OUTLINE),
                viewModel::delete);
        delete.disableProperty().bind(viewModel.canDelete().not());
        delete.setTooltip(new Tooltip("Deletes a draft that was never published; a published campaign is stopped"
                + " instead."));
        Label message = new Label();
        message.setId("campaign-message");
        message.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        message.textProperty().bind(viewModel.page().message());
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bar = new HBox(8, create, duplicate, importing, export, delete, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(6, 12, 6, 12));
        box.setMinHeight(120);
        return box;
    }

    private Node page(CampaignPanes panes) {
        ComboBox<VersionChoice> version = new ComboBox<>(viewModel.page().versions());
        version.setId("campaign-version");
        version.setPromptText("version");
        version.setTooltip(new Tooltip("The draft, or a frozen version (read-only)"));
        version.setPrefWidth(150);
        version.setMinWidth(120);
        Runnable[] pullVersion = new Runnable[1];
        pullVersion[0] = Selections.follow(version.getSelectionModel(), viewModel.page().version(), v -> {
            if (!viewModel.chooseVersion(v)) {
                Platform.runLater(pullVersion[0]);
            }
        });
        version.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(VersionChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.brief());
            }
        });
        Button save = button("Save draft", "campaign-save", new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE),
                viewModel::save);
        save.disableProperty().bind(viewModel.canEdit().not().or(viewModel.designer().dirtyProperty().not())
                .or(viewModel.page().busy()));
        Button publish = button("Publish…", "campaign-publish", new FontIcon(MaterialDesignP.PUBLISH),
                viewModel::publish);
        publish.getStyleClass().add(Styles.SUCCESS);
        publish.disableProperty().bind(viewModel.canEdit().not().or(viewModel.page().busy()));
        Button stop = button("Stop…", "campaign-stop", new FontIcon(MaterialDesignS.STOP_CIRCLE_OUTLINE),
                viewModel::stop);
        stop.getStyleClass().add(Styles.DANGER);
        stop.disableProperty().bind(viewModel.canStop().not().or(viewModel.page().busy()));
        HBox actions = new HBox(6, version, save, publish, stop);
        actions.setId("campaign-actions");
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setPickOnBounds(false);
        actions.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        actions.setPadding(new Insets(3, 12, 0, 0));
        StackPane.setAlignment(actions, Pos.TOP_RIGHT);

        Tab design = tab("Design", "campaign-design-tab", new DesignerView(viewModel.designer()));
        Tab forecast = tab("Forecast", "campaign-forecast-tab", panes.forecast(viewModel.page().campaign()));
        Tab serve = tab("Serve", "campaign-serve-tab", new ServedAndMeasured(panes.serve(viewModel.page().campaign()),
                panes.readout(viewModel.page().campaign())));
        Tab replay = tab("Replay", "campaign-replay-tab", panes.replay(viewModel.page().campaign()));
        tabs.getTabs().setAll(design, forecast, serve, replay);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return new StackPane(tabs, actions);
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private static Button button(String text, String id, FontIcon icon, Runnable action) {
        Button button = new Button(text, icon);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Shows a campaign by name (the snapshot command's {@code --campaign}). */
    public void showCampaign(String name) {
        viewModel.select(name);
    }

    /** Shows a tab by name (design, forecast, serve or replay), with its figures computed. */
    public void showTab(String name) {
        for (Tab tab : tabs.getTabs()) {
            if (tab.getText().equalsIgnoreCase(name)) {
                tabs.getSelectionModel().select(tab);
                if (tab.getContent() instanceof ComputedWhenShown pane) {
                    pane.computeWhenShown();
                }
                return;
            }
        }
        throw new IllegalArgumentException("the Campaigns view has no tab '" + name + "'; use design, forecast,"
                + " serve or replay");
    }

    /** Another workspace was opened. */
    public void workspaceChanged() {
        viewModel.workspaceChanged();
    }

    public CampaignsViewModel viewModel() {
        return viewModel;
    }
}
