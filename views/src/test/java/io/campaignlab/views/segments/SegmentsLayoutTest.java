package io.campaignlab.views.segments;

import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.segments.customers.CustomerData;
import io.campaignlab.engine.segments.kmeans.KMeansRequest;
import io.campaignlab.engine.segments.kmeans.KMeansSegmentation;
import io.campaignlab.engine.segments.rfm.RfmJob;
import io.campaignlab.engine.segments.rfm.RfmRequest;
import io.campaignlab.engine.segments.rfm.RfmSegmentation;
import io.campaignlab.engine.segments.rules.RuleSegmentRequest;
import io.campaignlab.engine.segments.rules.RuleSegmentation;
import io.campaignlab.views.jobs.FxJobExecutor;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RenderedText;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownSection;
import io.campaignlab.views.testing.WorkbenchSizes;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Segments section at the size a 1280 × 800 window gives it: no control loses its words. */
@ExtendWith(ApplicationExtension.class)
class SegmentsLayoutTest {

    static CustomerData data;
    static RfmSegmentation rfm;

    private final FakeWorkspace workspace = new FakeWorkspace();
    private final CountDownLatch release = new CountDownLatch(1);
    private SegmentsFixtures.Store store;
    private ShownSection<SegmentsView> shown;
    private FxJobExecutor jobs;
    private Scene scene;
    private SegmentsView view;

    @BeforeAll
    static void segment() {
        data = SegmentsFixtures.customers();
        rfm = RfmJob.segment(data);
    }

    @Start
    void start(Stage stage) {
        store = new SegmentsFixtures.Store();
        store.addRfm(rfm);
        shown = ShownSection.show(stage, workspace, executor -> new SegmentsView(new SegmentsViewModel(store, executor,
                Platform::runLater, held(), SegmentsView.pause()),
                "Who the customers are: RFM, k-means and rule segments."),
                WorkbenchSizes.SECTION_WIDTH_1280, WorkbenchSizes.SECTION_HEIGHT_800);
        jobs = shown.jobs();
        scene = shown.scene();
        view = shown.view();
    }

    @AfterEach
    void close() throws Exception {
        release.countDown();
        shown.close();
    }

    @Test
    void runAndCancelKeepTheirWordsWhileAJobRuns(FxRobot robot) throws Exception {
        waitUntil(() -> view.viewModel().shownProperty().get() != null && jobs.isIdle());
        robot.clickOn("#segment-run");
        waitUntil(() -> view.viewModel().job().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertWhole(robot, "#segment-run", "#segment-cancel");
        SceneSnapshots.write(scene, "segments-running-1280");
    }

    @Test
    void theRuleBuildersCaptionsKeepTheirWords(FxRobot robot) throws Exception {
        waitUntil(() -> view.viewModel().shownProperty().get() != null && jobs.isIdle());
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();

        List<Label> captions = fx(() -> robot.lookup(".rule-builder .label").queryAllAs(Label.class).stream()
                .filter(l -> List.of("Behaviour from", "users from", "windows end at").contains(l.getText()))
                .toList());
        assertThat(captions).hasSize(3);
        for (Label caption : captions) {
            assertThat(fx(() -> RenderedText.whole(caption))).as(fx(() -> RenderedText.describe(caption))).isTrue();
        }
        assertWhole(robot, "#rule-save");
        SceneSnapshots.write(scene, "segments-rules-1280");
    }

    @Test
    void segmentNamesAndRulesAreShownWhole(FxRobot robot) throws Exception {
        waitUntil(() -> view.viewModel().shownProperty().get() != null && jobs.isIdle());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cut = fx(() -> {
            RenderedText.layout(view);
            return robot.from(view.table()).lookup(".table-cell").queryAll().stream()
                    .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                    .filter(c -> !c.isEmpty() && c.getText() != null && c.isVisible()
                            && List.of("segment", "rule").contains(c.getTableColumn().getText()))
                    .filter(c -> !RenderedText.of(c).orElse("").equals(c.getText()))
                    .map(c -> c.getText() + " shown as " + RenderedText.of(c).orElse("")).toList();
        });
        assertThat(cut).isEmpty();
    }

    private static void assertWhole(FxRobot robot, String... queries) throws Exception {
        fx(() -> {
            RenderedText.layout(robot.lookup(".segments-view").queryParent());
            return null;
        });
        for (String query : queries) {
            Labeled control = robot.lookup(query).queryAs(Labeled.class);
            assertThat(fx(() -> RenderedText.whole(control))).as(fx(() -> RenderedText.describe(control))).isTrue();
        }
    }

    /** The fixture's jobs, with RFM held until the test ends, so that it is seen running. */
    private SegmentJobs held() {
        SegmentJobs real = SegmentsFixtures.jobs(store, data);
        return new SegmentJobs() {
            @Override
            public Job<RfmSegmentation> rfm(RfmRequest request) {
                Job<RfmSegmentation> job = real.rfm(request);
                return Job.wrapping(job, (progress, cancel) -> {
                    progress.progress(3, 10);
                    progress.message("Scoring recency, frequency and monetary value…");
                    release.await(30, TimeUnit.SECONDS);
                    return job.run(progress, cancel);
                });
            }

            @Override
            public Job<KMeansSegmentation> kMeans(KMeansRequest request) {
                return real.kMeans(request);
            }

            @Override
            public Job<RuleSegmentation> rules(RuleSegmentRequest request) {
                return real.rules(request);
            }
        };
    }
}
