package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignStatus;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RecordingDialogService;
import io.campaignlab.views.testing.ShownSection;
import io.campaignlab.views.testing.WorkbenchSizes;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Instant;
import java.util.List;

import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign page on screen: with the draft edited and not saved, clicking another campaign in the list asks (save,
 * discard, cancel), cancel keeping the list on the edited campaign and its edits, discard showing the other one; an
 * offer's run is picked among the runs that fit its kind, not typed.
 */
@ExtendWith(ApplicationExtension.class)
class CampaignPageOnScreenTest {

    private final FakeWorkspace workspace = new FakeWorkspace();
    private final FakeCampaignStore store = new FakeCampaignStore();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ShownSection<CampaignsView> shown;

    @Start
    void start(Stage stage) {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        store.seed(new CampaignRecord(1, "Spring all", CampaignStatus.DRAFT, 0, DesignerViewModelTest.everything(),
                null, at, at));
        store.seed(new CampaignRecord(2, "Autumn", CampaignStatus.DRAFT, 0,
                DesignerViewModelTest.everything().withName("Autumn"), null, at, at));
        shown = ShownSection.show(stage, workspace, jobs -> new CampaignsView(new CampaignsViewModel(store, jobs,
                        Platform::runLater, dialogs, Runnable::run), CampaignPanes.placeholders(), "Campaigns"),
                WorkbenchSizes.SECTION_WIDTH_1280, WorkbenchSizes.SECTION_HEIGHT_800);
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    @Test
    void clickingAnotherCampaignWithEditsNotSavedAsksAndCancelStays(FxRobot robot) throws Exception {
        CampaignsViewModel model = shown.view().viewModel();
        waitUntil(() -> model.designer().shownProperty().get() && shown.jobs().isIdle());
        String first = fx(() -> model.page().campaign().get());
        String other = first.equals("Autumn") ? "Spring all" : "Autumn";
        fx(() -> {
            model.designer().form().limits().fields().budget().set("1234");
            return null;
        });
        dialogs.onUnsaved(DialogService.Unsaved.CANCEL);
        robot.clickOn(other);
        waitUntil(() -> !dialogs.shown("unsaved").isEmpty());
        TableView<?> table = robot.lookup("#campaign-list").queryAs(TableView.class);
        waitUntil(() -> table.getSelectionModel().getSelectedItem() == model.page().selected().get());
        assertThat(fx(() -> model.page().campaign().get())).isEqualTo(first);
        assertThat(fx(() -> ((CampaignRow) table.getSelectionModel().getSelectedItem()).name())).isEqualTo(first);
        assertThat(fx(() -> model.designer().form().limits().fields().budget().get())).isEqualTo("1234");

        dialogs.onUnsaved(DialogService.Unsaved.DISCARD);
        robot.clickOn(other);
        waitUntil(() -> other.equals(model.page().campaign().get()) && shown.jobs().isIdle()
                && model.designer().shownProperty().get());
        assertThat(dialogs.shown("unsaved")).hasSize(2);
        assertThat(fx(() -> model.designer().form().limits().fields().budget().get())).isEqualTo("5000");
        assertThat(store.stored(first).draft().constraints().budget()).isEqualTo(5000.0);
    }

    @Test
    void anOffersRunIsPickedAmongTheRunsThatFitItsKind(FxRobot robot) throws Exception {
        CampaignsViewModel model = shown.view().viewModel();
        waitUntil(() -> model.designer().shownProperty().get() && shown.jobs().isIdle()
                && !model.designer().runsFor(RunChoice.Use.MODEL).isEmpty());
        OfferForm ad = fx(() -> {
            OfferForm added = model.designer().form().addOffer(io.campaignlab.engine.campaigns.Offer.Kind.AD);
            return added;
        });
        fx(() -> {
            robot.lookup("#campaign-offers").queryAs(TableView.class).getSelectionModel().selectLast();
            return null;
        });
        waitUntil(() -> robot.lookup("#offer-run").tryQuery().isPresent()
                && robot.lookup("#offer-run").query().isVisible());
        @SuppressWarnings("unchecked")
        ComboBox<RunChoice> run = robot.lookup("#offer-run").queryAs(ComboBox.class);
        assertThat(fx(() -> List.copyOf(run.getItems()))).extracting(RunChoice::id).containsExactly(8L, 3L);
        fx(() -> {
            run.getSelectionModel().select(run.getItems().get(0));
            return null;
        });
        waitUntil(() -> "8".equals(ad.fields().run().get()));

        fx(() -> {
            ad.fields().kind().set(io.campaignlab.engine.campaigns.Offer.Kind.RECOMMENDATION);
            return null;
        });
        assertThat(fx(() -> List.copyOf(run.getItems()))).extracting(RunChoice::id).containsExactly(9L);
        assertThat(fx(run::getValue)).isNull();
        assertThat(fx(run::getPromptText)).isEqualTo("run 8 (not in this workspace)");
    }
}
