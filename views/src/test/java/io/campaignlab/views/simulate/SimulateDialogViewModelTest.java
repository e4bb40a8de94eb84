package io.campaignlab.views.simulate;

import io.campaignlab.views.importing.MemoryWorkspace;
import io.campaignlab.views.importing.RecordingDialogService;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimulateDialogViewModelTest {

    private final MemoryWorkspace workspace = new MemoryWorkspace();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ImmediateJobExecutor jobs = new ImmediateJobExecutor(workspace::runner);
    private final List<List<String>> created = new ArrayList<>();
    private final SimulateDialogViewModel viewModel =
            new SimulateDialogViewModel(() -> workspace, jobs, dialogs, created::add, Runnable::run);

    @Test
    void theDefaultsAreValid() {
        assertThat(viewModel.settings().users().entry().text().get()).isEqualTo("50,000");
        assertThat(viewModel.settings().days().entry().text().get()).isEqualTo("30");
        assertThat(viewModel.settings().seed().entry().text().get()).isEqualTo("42");
        assertThat(viewModel.settings().prefix().entry().text().get()).isEmpty();
        assertThat(viewModel.validProperty().get()).isTrue();
        assertThat(viewModel.createsProperty().get())
                .isEqualTo("Creates 'users', 'items', 'events', 'impressions', 'campaign_exposures', 'discount_test'.");
    }

    @Test
    void fieldsTakeWholeNumbersInRange() {
        viewModel.settings().users().entry().text().set("9");
        assertThat(viewModel.settings().users().entry().error().get()).isEqualTo("Users must be at least 10.");
        viewModel.settings().users().entry().text().set("lots");
        assertThat(viewModel.settings().users().entry().error().get()).isEqualTo("Users must be a whole number.");
        viewModel.settings().users().entry().text().set("3000000000");
        assertThat(viewModel.settings().users().entry().error().get()).isEqualTo("Users must be at most 2,147,483,647.");
        viewModel.settings().days().entry().text().set("0");
        assertThat(viewModel.settings().days().entry().error().get()).isEqualTo("Days must be at least 1.");
        viewModel.settings().seed().entry().text().set("4.2");
        assertThat(viewModel.settings().seed().entry().error().get()).isEqualTo("The seed must be a whole number.");
        assertThat(viewModel.validProperty().get()).isFalse();

        viewModel.settings().users().entry().text().set("1_000");
        viewModel.settings().days().entry().text().set("7");
        viewModel.settings().seed().entry().text().set("-3");
        assertThat(viewModel.validProperty().get()).isTrue();
    }

    @Test
    void aPrefixMustNotClashWithExistingDatasets() {
        workspace.withDataset("users").withDataset("sim2_items");
        viewModel.loadExistingNames();

        assertThat(viewModel.settings().prefix().entry().error().get()).isEqualTo("The workspace already has 'users'; give a name"
                + " prefix such as 'sim3_'.");
        assertThat(viewModel.validProperty().get()).isFalse();

        viewModel.settings().prefix().entry().text().set("jan_");
        assertThat(viewModel.settings().prefix().entry().error().get()).isEmpty();
        assertThat(viewModel.createsProperty().get()).startsWith("Creates 'jan_users', 'jan_items',");
    }

    @Test
    void simulateRunsTheJobAndReportsTheDatasets() {
        viewModel.settings().users().entry().text().set("20");
        viewModel.settings().days().entry().text().set("2");
        viewModel.settings().prefix().entry().text().set("t_");

        viewModel.start();

        assertThat(created).containsExactly(List.of("t_users", "t_items", "t_events", "t_impressions",
                "t_campaign_exposures", "t_discount_test"));
        assertThat(workspace.rows("t_users")).hasSize(20);
        assertThat(workspace.jobRecords()).singleElement()
                .satisfies(job -> assertThat(job.title()).isEqualTo("Simulate 20 users over 2 days (seed 42)"));
    }

    @Test
    void anInvalidFormStartsNothing() {
        viewModel.settings().days().entry().text().set("");

        viewModel.start();

        assertThat(workspace.jobRecords()).isEmpty();
    }

    @Test
    void theDemoRunsTheDefaultsAndShowsAFailure() {
        workspace.failOnBegin(new IllegalStateException("the disk is full"));

        SimulateDialogViewModel.startDemo(() -> workspace, jobs, dialogs, created::add, Runnable::run);

        assertThat(workspace.jobRecords()).singleElement()
                .satisfies(job -> assertThat(job.title()).isEqualTo("Simulate 50,000 users over 30 days (seed 42)"));
        assertThat(dialogs.errors()).singleElement()
                .satisfies(shown -> assertThat(shown.sentence()).isEqualTo("the disk is full"));
        assertThat(created).isEmpty();
    }
}
