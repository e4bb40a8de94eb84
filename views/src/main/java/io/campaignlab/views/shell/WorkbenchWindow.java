package io.campaignlab.views.shell;

import io.campaignlab.views.charts.ChartExport;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.jobs.FxJobExecutor;
import io.campaignlab.views.jobs.JobsPanel;

import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The main window's content: menus, top bar (workspace, switch/new, search), left navigation, the section in
 * the centre, the jobs panel on the right, and the status bar. Files dropped on it go to the import wizard.
 */
public final class WorkbenchWindow extends BorderPane {

    /** What the window asks of the product: import, simulate, open the first-start flows. */
    public interface Actions {
        void importFile(Path fileOrNull);

        void simulate();

        /** File › Export audience: a segment, a scored list or the top users by uplift, as CSV. */
        void exportAudience();

        void createDemoWorkspace();

        void quit();
    }

    private final WorkbenchViewModel model;
    private final DialogService dialogs;
    private final Actions actions;
    private final Function<Section, SectionContent> sections;
    private final Map<Section, SectionContent> built = new EnumMap<>(Section.class);
    private final StackPane centre = new StackPane();
    private final JobsPanel jobsPanel;
    private final StatusBar statusBar;
    private final ListView<Section> navigation = new ListView<>();
    private Node firstStart;

    public WorkbenchWindow(WorkbenchViewModel model, FxJobExecutor jobs, DialogService dialogs, Actions actions,
                           Function<Section, SectionContent> sections) {
        this.model = model;
        this.dialogs = dialogs;
        this.actions = actions;
        this.sections = sections;
        this.jobsPanel = new JobsPanel(jobs, dialogs);
        this.statusBar = new StatusBar(jobs.runningCount(), this::toggleJobs);
        setTop(new VBox(menus(), topBar()));
        setLeft(navigation());
        setCenter(centre);
        setBottom(statusBar);
        getStylesheets().add(Theme.STYLESHEET);
        model.sectionProperty().addListener((obs, old, now) -> show(now));
        model.workspaceProperty().addListener((obs, old, now) -> {
            built.values().forEach(SectionContent::workspaceChanged);
            if (now != null) {
                jobs.background(() -> now.jobs().recent(50), records -> jobsPanel.showEarlier(records, jobs), e -> { });
            }
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (!files.isEmpty()) {
                actions.importFile(files.get(0).toPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
        show(model.sectionProperty().get());
    }

    /** Shows the first-start choices in the centre until a workspace with data is chosen. */
    public void showFirstStart(Runnable openFolder) {
        firstStart = new ScrollPane(new FirstStartView(actions::createDemoWorkspace, openFolder, () -> actions.importFile(null)));
        ((ScrollPane) firstStart).setFitToWidth(true);
        centre.getChildren().setAll(firstStart);
    }

    /** Leaves the first-start choices and shows the current section. */
    public void hideFirstStart() {
        firstStart = null;
        show(model.sectionProperty().get());
    }

    public boolean isFirstStartShown() {
        return firstStart != null;
    }

    /** Shows a section, unless the one shown asks to stay (edits not saved yet, and the user cancelled). */
    public void select(Section section) {
        Section current = model.sectionProperty().get();
        SectionContent shown = built.get(current);
        if (current != section && shown != null && firstStart == null && !shown.mayLeave()) {
            javafx.application.Platform.runLater(() -> navigation.getSelectionModel().select(current));
            return;
        }
        navigation.getSelectionModel().select(section);
        model.sectionProperty().set(section);
        if (firstStart != null) {
            hideFirstStart();
        }
    }

    /**
     * Asks each section built so far whether another workspace may be opened (edits not saved), one after the other;
     * {@code proceed} runs when every one agreed.
     */
    public void beforeSwitching(Runnable proceed) {
        ask(new java.util.ArrayList<>(built.values()).iterator(), proceed);
    }

    private static void ask(java.util.Iterator<SectionContent> sections, Runnable proceed) {
        if (!sections.hasNext()) {
            proceed.run();
            return;
        }
        sections.next().beforeSwitching(() -> ask(sections, proceed));
    }

    /** The content of a section, built on first use. */
    public SectionContent content(Section section) {
        return built.computeIfAbsent(section, sections);
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    private void show(Section section) {
        if (firstStart != null) {
            return;
        }
        centre.getChildren().setAll(content(section).node());
    }

    /** Opens the jobs panel (long work the user just started shows there). */
    public void showJobs() {
        setRight(jobsPanel);
    }

    private void toggleJobs() {
        setRight(getRight() == null ? jobsPanel : null);
    }

    private Node navigation() {
        navigation.getItems().setAll(Section.values());
        navigation.getStyleClass().add("nav-list");
        navigation.setPrefWidth(190);
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Section item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(item.title());
                    FontIcon icon = new FontIcon(item.icon());
                    icon.setIconSize(18);
                    setGraphic(icon);
                    setGraphicTextGap(12);
                    setId("nav-" + item.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        navigation.getSelectionModel().select(model.sectionProperty().get());
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                select(now);
            }
        });
        return navigation;
    }

    private Node topBar() {
        Label title = new Label("Campaign Lab");
        title.getStyleClass().add("app-title");
        Label workspace = new Label();
        workspace.textProperty().bind(model.workspaceLabelProperty());
        workspace.setGraphic(new FontIcon(MaterialDesignF.FOLDER_OUTLINE));
        workspace.getStyleClass().add("text-muted");
        Button open = new Button("Open…");
        open.setOnAction(e -> openWorkspace());
        Button create = new Button("New…");
        create.setOnAction(e -> newWorkspace());
        TextField search = new TextField();
        search.setId("global-search");
        search.setPromptText("Search datasets and runs");
        search.setPrefWidth(280);
        ContextMenu results = new ContextMenu();
        search.textProperty().addListener((obs, old, text) -> model.search(text, hits -> {
            results.getItems().clear();
            for (SearchHit hit : hits) {
                MenuItem item = new MenuItem(hit.text());
                // names hold underscores (scores_run1_impressions): they are text, not mnemonic markers
                item.setMnemonicParsing(false);
                item.setOnAction(e -> open(hit));
                results.getItems().add(item);
            }
            if (hits.isEmpty()) {
                results.hide();
            } else if (!results.isShowing() && search.getScene() != null && search.getScene().getWindow() != null) {
                results.show(search, Side.BOTTOM, 0, 0);
            }
        }));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(title, workspace, open, create, spacer, new FontIcon(MaterialDesignM.MAGNIFY), search);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    /** Opens a search result in its section: the dataset, the run selected, or the Experiments' uplift tab. */
    void open(SearchHit hit) {
        select(hit.section());
        SectionContent content = content(hit.section());
        if (hit.dataset() != null) {
            content.showDataset(hit.dataset());
        } else if (hit.section() == Section.EXPERIMENTS) {
            content.showTab("uplift");
        } else {
            content.showRuns(List.of(hit.runId()));
        }
    }

    private MenuBar menus() {
        MenuItem open = item("Open Workspace…", "Shortcut+O", this::openWorkspace);
        MenuItem create = item("New Workspace…", "Shortcut+N", this::newWorkspace);
        MenuItem importFile = item("Import File…", "Shortcut+I", () -> actions.importFile(null));
        MenuItem simulate = item("Simulate Demo Data…", null, actions::simulate);
        MenuItem audience = item("Export Audience…", "Shortcut+Shift+A", actions::exportAudience);
        MenuItem png = item("Export Chart as PNG…", "Shortcut+E", () -> exportChart(false));
        MenuItem svg = item("Export Chart as SVG…", "Shortcut+Shift+E", () -> exportChart(true));
        MenuItem quit = item("Quit", "Shortcut+Q", actions::quit);
        Menu file = new Menu("File", null, open, create, new SeparatorMenuItem(), importFile, simulate,
                new SeparatorMenuItem(), audience, png, svg, new SeparatorMenuItem(), quit);
        CheckMenuItem dark = new CheckMenuItem("Dark Mode");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        dark.setSelected(model.preferences().dark());
        dark.selectedProperty().addListener((obs, old, now) -> {
            model.preferences().dark(now);
            Theme.apply(now);
        });
        MenuItem jobs = item("Jobs Panel", "Shortcut+J", this::toggleJobs);
        Menu view = new Menu("View", null, dark, jobs);
        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void openWorkspace() {
        dialogs.chooseFolder("Open a workspace folder").ifPresent(folder -> model.open(folder, this::hideFirstStart));
    }

    private void newWorkspace() {
        dialogs.chooseFolder("Choose an empty folder for the new workspace")
                .ifPresent(folder -> model.open(folder, this::hideFirstStart));
    }

    private void exportChart(boolean svg) {
        Optional<org.jfree.chart.JFreeChart> chart = content(model.sectionProperty().get()).currentChart();
        if (chart.isEmpty()) {
            dialogs.showInfo("Export chart", "There is no chart on screen to export. Select a column in a dataset's"
                    + " Profile tab, or a completed run in Models, to show one.");
            return;
        }
        dialogs.chooseSaveFile("Export chart", svg ? "chart.svg" : "chart.png").ifPresent(file -> {
            try {
                if (svg) {
                    ChartExport.svg(chart.get(), file);
                } else {
                    ChartExport.png(chart.get(), file);
                }
                statusBar.showMessage("Chart saved to " + file);
            } catch (java.io.IOException e) {
                dialogs.showError("Export chart", "cannot write " + file + ": " + e.getMessage(), null);
            }
        });
    }

    /** True when a section's content has been built (for tests). */
    boolean isBuilt(Section section) {
        return built.containsKey(section);
    }

}
