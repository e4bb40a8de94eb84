package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignStatus;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RecordingDialogService;
import io.campaignlab.views.testing.RenderedText;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownSection;
import io.campaignlab.views.testing.WorkbenchSizes;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.List;

import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Campaigns section at the room a 1280 × 800 window and a 1024 × 700 window give it, on a designed campaign: no
 * button, caption or tab loses its words, the page's actions stay clear of the tabs, the bound controls leave the
 * design as stored, and the live size is counted off the JavaFX thread (the store fails on it).
 */
@ExtendWith(ApplicationExtension.class)
class CampaignsLayoutTest {

    private final FakeWorkspace workspace = new FakeWorkspace();
    private final FakeCampaignStore store = new FakeCampaignStore();
    private ShownSection<CampaignsView> section;
    private CampaignsView view;

    @Start
    void start(Stage stage) {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        store.seed(new CampaignRecord(1, "Spring all", CampaignStatus.DRAFT, 0, DesignerViewModelTest.everything(),
                null, at, at));
        section = ShownSection.show(stage, workspace,
                jobs -> new CampaignsView(new CampaignsViewModel(store, jobs, Platform::runLater,
                        new RecordingDialogService(), CampaignsView.pause()), CampaignPanes.placeholders(),
                        "Design, forecast, publish and serve personalised campaigns."),
                WorkbenchSizes.SECTION_WIDTH_1280, WorkbenchSizes.SECTION_HEIGHT_800);
        view = section.view();
    }

    @AfterEach
    void close() throws Exception {
        section.close();
    }

    @Test
    void aDesignedCampaignKeepsItsWordsAt1280And1024(FxRobot robot) throws Exception {
        waitUntil(30, () -> view.viewModel().designer().sizeProperty().get().contains("counted in")
                && section.jobs().isIdle());
        assertThat(fx(() -> robot.lookup("#campaign-size").queryAs(Label.class).getText()))
                .startsWith("2,980 users (3,000 targeted, 20 excluded)");
        assertThat(fx(() -> robot.lookup("#campaign-budget").queryAs(TextField.class).getText())).isEqualTo("5000");
        // the controls bound to the fields changed none of them: the design is still the one stored
        assertThat(fx(() -> view.viewModel().designer().dirtyProperty().get())).isFalse();
        assertThat(fx(() -> view.viewModel().designer().built().campaign()))
                .isEqualTo(DesignerViewModelTest.everything());
        checkLayout(robot);
        SceneSnapshots.write(section.scene(), "campaigns-1280");

        fx(() -> {
            section.stage().setWidth(WorkbenchSizes.SECTION_WIDTH_1280 - 256);
            section.stage().setHeight(WorkbenchSizes.SECTION_HEIGHT_800 - 100);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        checkLayout(robot);
        SceneSnapshots.write(section.scene(), "campaigns-1024");
    }

    private void checkLayout(FxRobot robot) throws Exception {
        fx(() -> {
            RenderedText.layout(section.scene().getRoot());
            return null;
        });
        for (String id : List.of("#campaign-new", "#campaign-duplicate", "#campaign-import", "#campaign-export",
                "#campaign-delete", "#campaign-save", "#campaign-publish", "#campaign-stop")) {
            Labeled control = robot.lookup(id).queryAs(Labeled.class);
            assertThat(fx(() -> RenderedText.whole(control))).as(fx(() -> RenderedText.describe(control))).isTrue();
        }
        List<Labeled> captions = fx(() -> robot.lookup(".campaign-caption").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(l -> (Labeled) l).toList());
        assertThat(captions).hasSizeGreaterThan(10);
        for (Labeled caption : captions) {
            assertThat(fx(() -> RenderedText.whole(caption))).as(fx(() -> RenderedText.describe(caption))).isTrue();
        }
        Node actionBox = robot.lookup("#campaign-actions").query();
        Bounds actions = fx(() -> actionBox.localToScene(actionBox.getLayoutBounds()));
        List<Node> headers = fx(() -> List.<Node>copyOf(robot.lookup(".tab-header-area .tab").queryAll()));
        assertThat(headers).hasSize(4);
        for (Node header : headers) {
            Bounds tab = fx(() -> header.localToScene(header.getLayoutBounds()));
            assertThat(tab.getMaxX()).as("a tab header ends before the actions begin").isLessThan(actions.getMinX());
        }
    }
}
