package io.campaignlab.views.datasets;

import io.campaignlab.engine.jobs.JobRecord;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RecordingDialogService;
import io.campaignlab.views.testing.SampleData;
import org.junit.jupiter.api.Test;

import static io.campaignlab.views.testing.SampleData.CLICKS;
import static io.campaignlab.views.testing.SampleData.NOTES;
import static io.campaignlab.views.testing.SampleData.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

class DatasetsViewModelTest {

    private final FakeWorkspace workspace = SampleData.workspace();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final DatasetsViewModel datasets = viewModel(workspace);

    private DatasetsViewModel viewModel(FakeWorkspace on) {
        return new DatasetsViewModel(() -> on, new ImmediateJobExecutor(on::runner), Runnable::run, dialogs);
    }

    @Test
    void listsTheDatasetsWithTheirSizes() {
        datasets.refresh();

        assertThat(datasets.datasets()).extracting(DatasetSummary::name).containsExactly(ORDERS, CLICKS, NOTES);
        DatasetSummary orders = datasets.datasets().get(0);
        assertThat(orders.rows()).isEqualTo(SampleData.ORDER_ROWS);
        assertThat(orders.sizeBytes()).isEqualTo(48L * 1_200 * 8);
        assertThat(orders.kind()).isEqualTo("transactions");
        assertThat(datasets.loadingProperty().get()).isFalse();
    }

    @Test
    void anEmptyWorkspaceSaysWhatToDo() {
        DatasetsViewModel empty = viewModel(new FakeWorkspace());

        empty.refresh();

        assertThat(empty.datasets()).isEmpty();
        assertThat(empty.placeholderProperty().get())
                .isEqualTo("No datasets yet — import a file or create the demo data");
    }

    @Test
    void selectingShowsRowsBesideTheProfileAndLoadsRejectionsOnlyWhenShown() {
        datasets.refresh();

        datasets.select(ORDERS);

        assertThat(datasets.browser().table().dataset().get()).isEqualTo(ORDERS);
        assertThat(datasets.profile().datasetProperty().get()).isEqualTo(ORDERS);
        assertThat(datasets.rejections().list().dataset().get()).isNull();

        datasets.detailTabProperty().set(DetailTab.REJECTIONS);

        assertThat(datasets.rejections().list().shown()).hasSize(SampleData.ORDER_REJECTIONS);
    }

    @Test
    void aSelectionAskedForEarlyWaitsForTheList() {
        datasets.select(NOTES);

        datasets.refresh();

        assertThat(datasets.selectedProperty().get().name()).isEqualTo(NOTES);
    }

    @Test
    void deleteDoesNothingWhenNotConfirmed() {
        datasets.refresh();
        datasets.select(ORDERS);
        dialogs.confirming(false);

        datasets.delete();

        assertThat(dialogs.shown("confirm")).singleElement().satisfies(d -> assertThat(d.text())
                .isEqualTo("Delete 'orders' (1,200 rows) with its profile and rejections? This cannot be undone."));
        assertThat(datasets.datasets()).hasSize(3);
        assertThat(workspace.datasets().findByName(ORDERS)).isPresent();
    }

    @Test
    void deleteRemovesTheDatasetOnceConfirmed() {
        datasets.refresh();
        datasets.select(ORDERS);
        dialogs.confirming(true);

        datasets.delete();

        assertThat(datasets.datasets()).extracting(DatasetSummary::name).containsExactly(CLICKS, NOTES);
        assertThat(datasets.selectedProperty().get()).isNull();
        assertThat(datasets.browser().table().dataset().get()).isNull();
    }

    @Test
    void renameAsksForTheNameAndKeepsTheSelection() {
        datasets.refresh();
        datasets.select(ORDERS);
        dialogs.answering("  orders_2025 ");

        datasets.rename();

        assertThat(datasets.datasets()).extracting(DatasetSummary::name).containsExactly("orders_2025", CLICKS, NOTES);
        assertThat(datasets.selectedProperty().get().name()).isEqualTo("orders_2025");
        assertThat(datasets.browser().table().dataset().get()).isEqualTo("orders_2025");
    }

    @Test
    void renameExplainsWhyItFailed() {
        datasets.refresh();
        datasets.select(ORDERS);
        dialogs.answering(CLICKS);

        datasets.rename();

        assertThat(dialogs.shown("error")).singleElement().satisfies(d -> assertThat(d.text())
                .isEqualTo("Could not rename 'orders': there is already a dataset named 'clicks'"));
        assertThat(datasets.selectedProperty().get().name()).isEqualTo(ORDERS);
    }

    @Test
    void renameCancelledOrUnchangedDoesNothing() {
        datasets.refresh();
        datasets.select(ORDERS);

        datasets.rename();
        dialogs.answering(ORDERS);
        datasets.rename();

        assertThat(dialogs.shown("ask")).hasSize(2);
        assertThat(datasets.datasets()).extracting(DatasetSummary::name).containsExactly(ORDERS, CLICKS, NOTES);
    }

    @Test
    void reprofileRunsAProfileJobAndShowsIt() {
        datasets.refresh();
        datasets.select(NOTES);

        datasets.reprofile();

        assertThat(workspace.jobHistory().recent(5)).extracting(JobRecord::kind).containsOnly("profile").hasSize(2);
        assertThat(datasets.detailTabProperty().get()).isEqualTo(DetailTab.OVERVIEW);
        assertThat(datasets.profile().columns()).hasSize(2);
        assertThat(workspace.fakeProfiler().timesProfiled()).isEqualTo(2);
    }
}
