package io.campaignlab.views.shell;

import javafx.scene.Node;
import org.jfree.chart.JFreeChart;

import java.util.Optional;

/** What a section puts in the window's centre. */
public interface SectionContent {

    Node node();

    /** Called when the open workspace changes (on the JavaFX thread); reload in the background. */
    default void workspaceChanged() {
    }

    /** The chart the user is looking at, for File › Export chart. */
    default Optional<JFreeChart> currentChart() {
        return Optional.empty();
    }

    /** Shows one dataset, when the section has datasets (search results land here). */
    default void showDataset(String name) {
    }

    /** Shows runs by id, when the section has runs (the snapshot command's --run lands here). */
    default void showRuns(java.util.List<Long> runIds) {
    }

    /** Shows a stored segmentation by id, when the section has them (the snapshot command's --segmentation). */
    default void showSegmentation(long segmentationId) {
    }

    /** Shows one user, when the section has users (the snapshot command's --user lands here). */
    default void showUser(String user) {
    }

    /** Shows one campaign by name, when the section has campaigns (the snapshot command's --campaign). */
    default void showCampaign(String name) {
    }

    /** Shows one of the section's tabs by name, when it has tabs (the snapshot command's --tab lands here). */
    default void showTab(String name) {
        throw new IllegalArgumentException("this section has no tab '" + name + "'");
    }

    /**
     * Asked before another section is shown: false keeps this one (the user chose to stay, for example to keep
     * edits not saved yet).
     */
    default boolean mayLeave() {
        return true;
    }

    /**
     * Asked before another workspace is opened: runs {@code proceed} when the switch may go ahead (after saving
     * edits, say), or not at all when the user chose to stay.
     */
    default void beforeSwitching(Runnable proceed) {
        proceed.run();
    }

    static SectionContent of(Node node) {
        return () -> node;
    }
}
