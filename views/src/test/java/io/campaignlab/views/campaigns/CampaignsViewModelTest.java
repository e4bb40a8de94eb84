package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignFileException;
import io.campaignlab.engine.campaigns.CampaignJson;
import io.campaignlab.engine.campaigns.CampaignStatus;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The campaign list and page: new, save, publish and stop with confirmation, versions, import, export, delete. */
class CampaignsViewModelTest {

    @TempDir
    Path dir;

    private final FakeCampaignStore store = new FakeCampaignStore();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CampaignsViewModel model = new CampaignsViewModel(store,
            new ImmediateJobExecutor(new FakeWorkspace()::runner), Runnable::run, dialogs, Runnable::run);

    @Test
    void aNewDraftIsEditedSavedPublishedAndStoppedOnlyAfterConfirmation() {
        model.refresh();
        assertThat(model.page().message().get()).isEqualTo(CampaignsViewModel.NONE);
        dialogs.answering("Spring");
        model.newCampaign();
        assertThat(model.page().selected().get().status()).isEqualTo("draft");
        assertThat(model.page().campaign().get()).isEqualTo("Spring");
        DesignerViewModel designer = model.designer();
        assertThat(designer.editableProperty().get()).isTrue();
        assertThat(designer.sizeProperty().get()).startsWith("1,000 users · counted in");

        designer.form().limits().fields().budget().set("2500");
        model.save();
        assertThat(store.stored("Spring").draft().constraints().budget()).isEqualTo(2500.0);
        assertThat(designer.dirtyProperty().get()).isFalse();

        dialogs.confirming(false);
        model.publish();
        assertThat(store.stored("Spring").status()).isEqualTo(CampaignStatus.DRAFT);
        dialogs.confirming(true);
        model.publish();
        assertThat(dialogs.shown("confirm")).hasSize(2);
        assertThat(dialogs.shown("confirm").get(1).text()).startsWith("Publish 'Spring' as version 1?");
        assertThat(store.stored("Spring").status()).isEqualTo(CampaignStatus.PUBLISHED);
        assertThat(model.page().selected().get().status()).isEqualTo("published v1");
        assertThat(model.page().message().get()).isEqualTo("Published 'Spring' as version 1.");
        assertThat(model.page().versions()).extracting(VersionChoice::version).containsExactly(0, 1);

        model.page().version().set(model.page().versions().get(1));
        assertThat(designer.editableProperty().get()).isFalse();
        assertThat(designer.built().campaign().constraints().budget()).isEqualTo(2500.0);
        assertThat(model.canDelete().get()).isFalse();

        model.stop();
        assertThat(store.stored("Spring").status()).isEqualTo(CampaignStatus.STOPPED);
        assertThat(model.page().selected().get().status()).isEqualTo("stopped (v1)");
        assertThat(model.page().versions()).extracting(VersionChoice::editable).containsOnly(false);
    }

    @Test
    void editsNotSavedAreSavedDiscardedOrKeptBeforeAnotherCampaignOrVersionIsShownOrTheSectionIsLeft() {
        dialogs.answering("Spring");
        model.newCampaign();
        dialogs.answering("Autumn");
        model.newCampaign();
        CampaignRow spring = model.page().rows().stream().filter(r -> r.name().equals("Spring")).findFirst().orElseThrow();
        CampaignRow autumn = model.page().selected().get();
        assertThat(autumn.name()).isEqualTo("Autumn");
        LimitsForm limits = model.designer().form().limits();
        assertThat(model.mayLeave()).isTrue();
        assertThat(model.choose(spring)).isTrue();
        assertThat(dialogs.shown("unsaved")).isEmpty();
        model.choose(model.page().rows().stream().filter(r -> r.name().equals("Autumn")).findFirst().orElseThrow());
        assertThat(model.page().campaign().get()).isEqualTo("Autumn");

        limits.fields().budget().set("900");
        dialogs.onUnsaved(DialogService.Unsaved.CANCEL);
        assertThat(model.choose(spring)).isFalse();
        assertThat(model.mayLeave()).isFalse();
        assertThat(model.page().campaign().get()).isEqualTo("Autumn");
        assertThat(limits.fields().budget().get()).isEqualTo("900");
        assertThat(dialogs.shown("unsaved")).hasSize(2);
        assertThat(dialogs.shown("unsaved").get(0).text()).isEqualTo("The draft of 'Autumn' has edits not saved."
                + " Save them before showing 'Spring', discard them, or cancel to keep editing?");

        dialogs.onUnsaved(DialogService.Unsaved.SAVE);
        assertThat(model.choose(spring)).isTrue();
        assertThat(store.stored("Autumn").draft().constraints().budget()).isEqualTo(900.0);
        assertThat(model.page().campaign().get()).isEqualTo("Spring");

        limits.fields().budget().set("700");
        dialogs.onUnsaved(DialogService.Unsaved.DISCARD);
        CampaignRow back = model.page().rows().stream().filter(r -> r.name().equals("Autumn")).findFirst().orElseThrow();
        assertThat(model.choose(back)).isTrue();
        assertThat(model.page().campaign().get()).isEqualTo("Autumn");
        assertThat(store.stored("Spring").draft().constraints().budget()).isNull();
        assertThat(limits.fields().budget().get()).isEqualTo("900");
        assertThat(model.unsaved()).isFalse();

        limits.fields().budget().set("650");
        assertThat(model.mayLeave()).isTrue();
        assertThat(limits.fields().budget().get()).isEqualTo("900");
        assertThat(dialogs.shown("unsaved")).hasSize(5);

        limits.fields().budget().set("abc");
        dialogs.onUnsaved(DialogService.Unsaved.SAVE);
        assertThat(model.mayLeave()).isFalse();
        assertThat(model.page().message().get()).startsWith("Cannot save: 1 problem");
    }

    @Test
    void editsNotSavedAreSavedDiscardedOrKeptBeforeAnotherWorkspaceIsOpened() {
        dialogs.answering("Spring");
        model.newCampaign();
        LimitsForm.Fields limits = model.designer().form().limits().fields();
        int[] switched = {0};
        model.beforeSwitching(() -> switched[0]++);
        assertThat(switched[0]).isEqualTo(1);
        assertThat(dialogs.shown("unsaved")).isEmpty();

        limits.budget().set("900");
        dialogs.onUnsaved(DialogService.Unsaved.CANCEL);
        model.beforeSwitching(() -> switched[0]++);
        assertThat(switched[0]).isEqualTo(1);
        assertThat(limits.budget().get()).isEqualTo("900");
        assertThat(dialogs.shown("unsaved").get(0).text()).isEqualTo("The draft of 'Spring' has edits not saved."
                + " Save them before opening another workspace, discard them, or cancel to keep editing?");

        limits.budget().set("abc");
        dialogs.onUnsaved(DialogService.Unsaved.SAVE);
        model.beforeSwitching(() -> switched[0]++);
        assertThat(switched[0]).as("a save that fails keeps the workspace").isEqualTo(1);

        limits.budget().set("900");
        model.beforeSwitching(() -> switched[0]++);
        assertThat(switched[0]).isEqualTo(2);
        assertThat(store.stored("Spring").draft().constraints().budget()).isEqualTo(900.0);

        limits.budget().set("700");
        dialogs.onUnsaved(DialogService.Unsaved.DISCARD);
        model.beforeSwitching(() -> switched[0]++);
        assertThat(switched[0]).isEqualTo(3);
        assertThat(store.stored("Spring").draft().constraints().budget()).isEqualTo(900.0);
        assertThat(model.unsaved()).isFalse();
    }

    @Test
    void editsNotSavedAreKeptOrSavedBeforeAFrozenVersionIsShown() {
        dialogs.answering("Spring");
        model.newCampaign();
        dialogs.confirming(true);
        model.publish();
        assertThat(model.page().versions()).extracting(VersionChoice::version).containsExactly(0, 1);
        model.chooseVersion(model.page().versions().get(0));
        LimitsForm.Fields limits = model.designer().form().limits().fields();
        limits.budget().set("800");
        VersionChoice frozen = model.page().versions().get(1);

        dialogs.onUnsaved(DialogService.Unsaved.CANCEL);
        assertThat(model.chooseVersion(frozen)).isFalse();
        assertThat(model.page().version().get().version()).isZero();
        assertThat(limits.budget().get()).isEqualTo("800");

        dialogs.onUnsaved(DialogService.Unsaved.SAVE);
        assertThat(model.chooseVersion(frozen)).isTrue();
        assertThat(store.stored("Spring").draft().constraints().budget()).isEqualTo(800.0);
        assertThat(model.page().version().get().version()).isEqualTo(1);
        assertThat(model.designer().editableProperty().get()).isFalse();
        assertThat(dialogs.shown("unsaved")).hasSize(2);
        assertThat(dialogs.shown("unsaved").get(1).text()).contains("Save them before showing v1");
    }

    @Test
    void anInvalidDesignIsNeitherSavedNorPublished() {
        dialogs.answering("Spring");
        model.newCampaign();
        model.designer().form().limits().fields().holdout().set("0.9");
        dialogs.confirming(true);

        model.save();
        model.publish();
        assertThat(model.page().message().get()).isEqualTo("Cannot publish: 1 problem in the design, marked beside"
                + " the fields. First: constraints.holdout: 0.9 is not a share between 0 and 0.5");
        assertThat(store.stored("Spring").draft().constraints().holdout()).isEqualTo(0.1);
        assertThat(store.stored("Spring").status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(dialogs.shown("confirm")).isEmpty();
    }

    @Test
    void importExportAndDuplicateGoThroughTheCampaignFile() throws Exception {
        Campaign everything = DesignerViewModelTest.everything();
        Path file = dir.resolve("spring.json");
        Files.writeString(file, CampaignJson.write(everything));
        dialogs.opening(file);
        model.importFile();
        assertThat(store.stored("Spring all").draft()).isEqualTo(everything);
        assertThat(model.designer().built().campaign()).isEqualTo(everything);

        Path out = dir.resolve("out.json");
        dialogs.savingTo(out);
        model.exportFile();
        assertThat(Files.readString(out)).isEqualTo(CampaignJson.write(everything) + System.lineSeparator());

        dialogs.answering("Spring copy");
        model.duplicate();
        assertThat(store.stored("Spring copy").draft()).isEqualTo(everything.withName("Spring copy"));

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, CampaignJson.write(everything).replace("\"holdout\" : 0.1", "\"holdout\" : 0.7"));
        dialogs.opening(bad);
        model.importFile();
        String cli = null;
        try {
            CampaignJson.read(Files.readString(bad), "bad.json");
        } catch (CampaignFileException e) {
            cli = e.getMessage();
        }
        assertThat(cli).isEqualTo("bad.json: constraints.holdout: 0.7 is not a share between 0 and 0.5");
        assertThat(model.page().message().get()).isEqualTo("Could not import bad.json: " + cli);
    }

    @Test
    void onlyADraftNeverPublishedIsDeleted() {
        dialogs.answering("Gone");
        model.newCampaign();
        dialogs.confirming(true);
        assertThat(model.canDelete().get()).isTrue();
        model.delete();
        assertThat(dialogs.shown("confirm").get(0).text()).startsWith("Delete the draft 'Gone'?");
        assertThat(model.page().rows()).isEmpty();
        assertThatThrownBy(() -> store.stored("Gone")).hasMessageContaining("there is no campaign 'Gone'");
        assertThat(model.designer().shownProperty().get()).isFalse();
    }
}
