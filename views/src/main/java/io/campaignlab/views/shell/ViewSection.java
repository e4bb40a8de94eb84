package io.campaignlab.views.shell;

import javafx.scene.Node;
import org.jfree.chart.JFreeChart;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * A section's content made of its view and the calls of the view that the workbench makes: every section reloads
 * when the workspace changes and has a chart to export; each takes the requests (a dataset, runs, a user…) its view
 * can show, and ignores the rest.
 */
final class ViewSection implements SectionContent {

    private final Node node;
    private final Runnable workspaceChanged;
    private final Supplier<Optional<JFreeChart>> chart;
    private Consumer<String> dataset = name -> { };
    private Consumer<List<Long>> runs = ids -> { };
    private LongConsumer segmentation = id -> { };
    private Consumer<String> user = name -> { };
    private Consumer<String> tab;
    private Consumer<String> campaign = name -> { };
    private java.util.function.BooleanSupplier mayLeave = () -> true;
    private Consumer<Runnable> switching = Runnable::run;

    ViewSection(Node node, Runnable workspaceChanged, Supplier<Optional<JFreeChart>> chart) {
        this.node = node;
        this.workspaceChanged = workspaceChanged;
        this.chart = chart;
    }

    ViewSection datasets(Consumer<String> show) {
        this.dataset = show;
        return this;
    }

    ViewSection runs(Consumer<List<Long>> show) {
        this.runs = show;
        return this;
    }

    ViewSection segmentations(LongConsumer show) {
        this.segmentation = show;
        return this;
    }

    ViewSection users(Consumer<String> show) {
        this.user = show;
        return this;
    }

    ViewSection campaigns(Consumer<String> show) {
        this.campaign = show;
        return this;
    }

    /** What answers whether the section may be left. */
    ViewSection leaving(java.util.function.BooleanSupplier ask) {
        this.mayLeave = ask;
        return this;
    }

    /** What is asked before another workspace is opened; it runs the switch it is given, or not. */
    ViewSection switching(Consumer<Runnable> ask) {
        this.switching = ask;
        return this;
    }

    ViewSection tabs(Consumer<String> show) {
        this.tab = show;
        return this;
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void workspaceChanged() {
        workspaceChanged.run();
    }

    @Override
    public Optional<JFreeChart> currentChart() {
        return chart.get();
    }

    @Override
    public void showDataset(String name) {
        dataset.accept(name);
    }

    @Override
    public void showRuns(List<Long> runIds) {
        runs.accept(runIds);
    }

    @Override
    public void showSegmentation(long segmentationId) {
        segmentation.accept(segmentationId);
    }

    @Override
    public void showUser(String name) {
        user.accept(name);
    }

    @Override
    public void showCampaign(String name) {
        campaign.accept(name);
    }

    @Override
    public boolean mayLeave() {
        return mayLeave.getAsBoolean();
    }

    @Override
    public void beforeSwitching(Runnable proceed) {
        switching.accept(proceed);
    }

    @Override
    public void showTab(String name) {
        if (tab == null) {
            SectionContent.super.showTab(name);
        } else {
            tab.accept(name);
        }
    }
}
