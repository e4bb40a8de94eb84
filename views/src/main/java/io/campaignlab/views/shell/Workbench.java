package io.campaignlab.views.shell;

import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.audience.AudienceExportDialog;
import io.campaignlab.views.campaigns.CampaignPanes;
import io.campaignlab.views.campaigns.CampaignsView;
import io.campaignlab.views.campaigns.LivePanes;
import io.campaignlab.views.datasets.DatasetsView;
import io.campaignlab.views.experiments.ExperimentsView;
import io.campaignlab.views.explain.ExplainView;
import io.campaignlab.views.importing.ImportWizard;
import io.campaignlab.views.jobs.FxJobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import io.campaignlab.views.models.ModelsView;
import io.campaignlab.views.monitor.MonitorView;
import io.campaignlab.views.recommend.RecommendView;
import io.campaignlab.views.segments.SegmentsView;
import io.campaignlab.views.simulate.SimulateDialog;
import io.campaignlab.engine.models.DemoModel;
import io.campaignlab.views.simulate.SimulateDialogViewModel;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Puts the workbench together: the window, the job executor, the dialog service and the sections. The app
 * module creates one per stage and hands it a way to open workspaces.
 */
public final class Workbench {

    private final Stage stage;
    private final Path defaultWorkspace;
    private final FxJobExecutor jobs;
    private final FxDialogService dialogs;
    private final WorkbenchViewModel model;
    private final WorkbenchWindow window;
    /** The demo's first training run; the slot shows its failure (not a cancel). */
    private final JobSlot demoModel;
    private final Actions actions = new Actions();
    private final LivePanes campaignPanes;

    public Workbench(Stage stage, Function<Path, WorkspaceContext> opener, UiPreferences preferences,
                     Path defaultWorkspace) {
        this(stage, opener, preferences, defaultWorkspace, null);
    }

    /**
     * @param campaignPanes the ports behind the Campaigns section's Forecast, Serve and Replay tabs; null for panes
     *                      that only say what they will hold (a workbench built without the app)
     */
    public Workbench(Stage stage, Function<Path, WorkspaceContext> opener, UiPreferences preferences,
                     Path defaultWorkspace, LivePanes campaignPanes) {
        this.stage = stage;
        this.campaignPanes = campaignPanes;
        this.defaultWorkspace = defaultWorkspace;
        this.jobs = new FxJobExecutor(() -> model().workspace().runner());
        this.dialogs = new FxDialogService(() -> stage);
        this.demoModel = new JobSlot(jobs, Platform::runLater, dialogs, "Training the demo model failed");
        this.model = new WorkbenchViewModel(opener, jobs, dialogs, preferences);
        this.window = new WorkbenchWindow(model, jobs, dialogs, actions, this::createSection);
        model.beforeSwitching(window::beforeSwitching);
        if (campaignPanes != null) {
            model.beforeClosing(campaignPanes.server()::stop);
        }
    }

    private SectionContent createSection(Section section) {
        return switch (section) {
            case DATA -> data();
            case MODELS -> models();
            case EXPLAIN -> explain();
            case MONITOR -> monitor();
            case SEGMENTS -> segments();
            case RECOMMEND -> recommend();
            case EXPERIMENTS -> experiments();
            case CAMPAIGNS -> campaigns();
            default -> SectionContent.of(new PlaceholderView(section));
        };
    }

    private SectionContent data() {
        DatasetsView datasets = new DatasetsView(model::workspace, jobs, dialogs);
        return new ViewSection(datasets, datasets::refresh, datasets::currentChart).datasets(datasets::select);
    }

    private SectionContent models() {
        ModelsView models = new ModelsView(model::workspace, jobs, dialogs, this::openDataset,
                Section.MODELS.summary());
        return new ViewSection(models, models::workspaceChanged, models::currentChart).runs(models::showRuns)
                .tabs(models::showTab);
    }

    private SectionContent explain() {
        ExplainView explain = new ExplainView(model::workspace, jobs, Section.EXPLAIN.summary());
        return new ViewSection(explain, explain::workspaceChanged, explain::currentChart).runs(explain::showRuns);
    }

    private SectionContent monitor() {
        MonitorView monitor = new MonitorView(model::workspace, jobs, Section.MONITOR.summary());
        return new ViewSection(monitor, monitor::workspaceChanged, monitor::currentChart).runs(monitor::showRuns);
    }

    private SectionContent segments() {
        SegmentsView segments = new SegmentsView(model::workspace, jobs, Section.SEGMENTS.summary());
        return new ViewSection(segments, segments::workspaceChanged, segments::currentChart)
                .segmentations(segments::showSegmentation);
    }

    private SectionContent recommend() {
        RecommendView recommend = new RecommendView(model::workspace, jobs, Section.RECOMMEND.summary());
        return new ViewSection(recommend, recommend::workspaceChanged, recommend::currentChart)
                .runs(recommend::showRuns).users(recommend::showUser).tabs(recommend::showTab);
    }

    private SectionContent experiments() {
        ExperimentsView experiments = new ExperimentsView(model::workspace, jobs, Section.EXPERIMENTS.summary());
        return new ViewSection(experiments, experiments::workspaceChanged, experiments::currentChart)
                .datasets(experiments::showDataset).tabs(experiments::showTab);
    }

    private SectionContent campaigns() {
        CampaignsView campaigns = new CampaignsView(model::workspace, jobs, dialogs, campaignPanes == null
                ? CampaignPanes.placeholders() : campaignPanes.on(model::workspace, jobs),
                Section.CAMPAIGNS.summary());
        return new ViewSection(campaigns, campaigns::workspaceChanged, java.util.Optional::empty)
                .campaigns(campaigns::showCampaign).tabs(campaigns::showTab)
                .leaving(campaigns.viewModel()::mayLeave).switching(campaigns.viewModel()::beforeSwitching);
    }

    /** Shows a dataset (new scores, say) in the Data section, reloading its list first. */
    private void openDataset(String name) {
        window.select(Section.DATA);
        window.content(Section.DATA).workspaceChanged();
        window.content(Section.DATA).showDataset(name);
    }

    /**
     * Opens the requested workspace, else the last one, else the default demo one; shows the first-start choices
     * when it holds no datasets.
     */
    public void start(Path requested) {
        Path folder = requested != null ? requested : model.preferences().lastWorkspace().orElse(defaultWorkspace);
        model.open(folder, () -> jobs.background(() -> model.workspace().datasets().list().isEmpty(), empty -> {
            if (empty) {
                window.showFirstStart(this::openFolder);
            } else {
                window.select(Section.DATA);
            }
        }, error -> { }));
    }

    private void openFolder() {
        dialogs.chooseFolder("Open a workspace folder").ifPresent(folder -> model.open(folder, () -> {
            window.hideFirstStart();
            window.select(Section.DATA);
        }));
    }

    public WorkbenchWindow window() {
        return window;
    }

    /** The dialogs of the window, for the last-resort error handler. */
    public io.campaignlab.views.common.DialogService dialogs() {
        return dialogs;
    }

    public WorkbenchViewModel model() {
        return model;
    }

    public FxJobExecutor jobs() {
        return jobs;
    }

    /** Opens the import wizard, with a file already chosen when one is given (as when a file is dropped). */
    public void importFile(Path fileOrNull) {
        actions.importFile(fileOrNull);
    }

    /** Stops workers and closes the workspace (off the UI thread). */
    public void close() {
        if (campaignPanes != null) {
            campaignPanes.server().stop();
        }
        jobs.close();
        WorkspaceContext ws = model.workspace();
        if (ws != null) {
            ws.close();
        }
    }

    private final class Actions implements WorkbenchWindow.Actions {
        @Override
        public void importFile(Path fileOrNull) {
            if (model.workspace() == null) {
                return;
            }
            ImportWizard.open(stage, model::workspace, jobs, dialogs, fileOrNull, name -> {
                window.hideFirstStart();
                window.select(Section.DATA);
                window.content(Section.DATA).workspaceChanged();
                window.content(Section.DATA).showDataset(name);
            }, name -> {
                window.select(Section.DATA);
                window.content(Section.DATA).showDataset(name);
            });
        }

        @Override
        public void simulate() {
            if (model.workspace() == null) {
                return;
            }
            SimulateDialog.open(stage, model::workspace, jobs, dialogs, names -> {
                window.select(Section.DATA);
                window.content(Section.DATA).workspaceChanged();
            });
        }

        @Override
        public void exportAudience() {
            if (model.workspace() == null) {
                return;
            }
            AudienceExportDialog.open(stage, model::workspace, jobs, dialogs);
        }

        @Override
        public void createDemoWorkspace() {
            model.open(defaultWorkspace, () -> SimulateDialogViewModel.startDemo(model::workspace, jobs, dialogs, names -> {
                window.hideFirstStart();
                window.select(Section.DATA);
                window.content(Section.DATA).workspaceChanged();
                window.content(Section.DATA).showDataset("events");
                window.statusBar().showMessage("Demo workspace ready: " + String.join(", ", names)
                        + ". Training a DeepFM on the impressions in the background…");
                trainDemoModel();
            }, Platform::runLater));
            window.showJobs();
            window.statusBar().showMessage("Creating the demo workspace…");
        }

        /** The demo's first run, so that the Models section has something to show. */
        private void trainDemoModel() {
            demoModel.start(new DemoModel(model.workspace()), "Training the demo model…", outcome -> {
                window.content(Section.MODELS).workspaceChanged();
                window.statusBar().showMessage(String.format(java.util.Locale.ROOT,
                        "Demo model ready: run %d, DeepFM, test AUC %.3f (Models section)", outcome.runId(),
                        outcome.test().auc()));
            }, error -> { /* the slot shows a failure; a cancel needs no word */ });
        }

        @Override
        public void quit() {
            Platform.exit();
        }
    }
}
