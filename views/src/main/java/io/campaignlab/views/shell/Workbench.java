package io.campaignlab.views.shell;

import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.FxJobExecutor;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;

import java.nio.file.Path;
import java.util.Optional;
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

    public Workbench(Stage stage, Function<Path, WorkspaceContext> opener, UiPreferences preferences,
                     Path defaultWorkspace) {
        this.stage = stage;
        this.defaultWorkspace = defaultWorkspace;
        this.jobs = new FxJobExecutor(() -> model().workspace().runner());
        this.dialogs = new FxDialogService(() -> stage);
        this.model = new WorkbenchViewModel(opener, jobs, dialogs, preferences);
        this.window = new WorkbenchWindow(model, jobs, dialogs, new Actions(), this::createSection);
    }

    private SectionContent createSection(Section section) {
        if (section != Section.DATA) {
            return SectionContent.of(new PlaceholderView(section));
        }
        return SectionContent.of(new javafx.scene.control.Label("data (temporary)"));
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

    public WorkbenchViewModel model() {
        return model;
    }

    public FxJobExecutor jobs() {
        return jobs;
    }

    /** Stops workers and closes the workspace (off the UI thread). */
    public void close() {
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
        }

        @Override
        public void simulate() {
            if (model.workspace() == null) {
                return;
            }
        }

        @Override
        public void createDemoWorkspace() {
            window.statusBar().showMessage("Creating the demo workspace… (see the jobs panel)");
        }

        @Override
        public void quit() {
            Platform.exit();
        }
    }
}
