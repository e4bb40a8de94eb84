package io.campaignlab.views.campaigns;

import io.campaignlab.views.jobs.FxJobExecutor;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.ShownSection;
import io.campaignlab.views.testing.WorkbenchSizes;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * A campaign pane that reads a {@link SimulatedServing} (serve, replay) on the headless stage: shown on
 * {@link SimulatedServing#CAMPAIGN}, over a workspace in memory, at a section's size in a 1280 × 800 window.
 */
public final class ServingPane {

    private ServingPane() {
    }

    /** Makes the pane from the workspace, the executor its view model runs jobs on and the campaign it shows. */
    @FunctionalInterface
    public interface Factory<V extends Parent> {
        V make(FakeWorkspace workspace, FxJobExecutor jobs, ObjectProperty<String> campaign);
    }

    /** Shows the pane; {@link ShownSection#close} it after each test. */
    public static <V extends Parent> ShownSection<V> show(Stage stage, Factory<V> pane) {
        FakeWorkspace workspace = new FakeWorkspace();
        return ShownSection.show(stage, workspace,
                jobs -> pane.make(workspace, jobs, new SimpleObjectProperty<>(SimulatedServing.CAMPAIGN)),
                WorkbenchSizes.SECTION_WIDTH_1280, WorkbenchSizes.SECTION_HEIGHT_800);
    }
}
