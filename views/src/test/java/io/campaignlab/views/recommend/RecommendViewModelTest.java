package io.campaignlab.views.recommend;

import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.UserRecommendations;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.models.FakeRunRepository;
import io.campaignlab.views.testing.FakeWorkspace;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Recommend view models without a screen: an immediate executor over a workspace in memory and fake jobs. */
class RecommendViewModelTest {

    private final FakeRunRepository runs = RecommendFixtures.runs();
    private final FakeWorkspace workspace = RecommendFixtures.workspace(runs);
    private final RecommendFixtures.FakeJobs jobs = new RecommendFixtures.FakeJobs(runs);
    private final RecommendViewModel model = new RecommendViewModel(() -> workspace,
            new ImmediateJobExecutor(workspace::runner), Runnable::run, jobs);

    @Test
    void listsOnlyRecommendationRunsWithTheirProtocolAndSelectsTheNewestWithACurve() {
        model.refresh();

        assertThat(model.runs().runs()).extracting(RecommendRunRow::id).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(model.runs().selected()).extracting(RecommendRunRow::id).containsExactly(3L);
        RecommendRunRow failed = model.runs().find(4).orElseThrow();
        assertThat(failed.outcome()).isNull();
        assertThat(failed.protocolText()).as("read from the run's stored split").isEqualTo(
                "leave-last-out · purchase · K=20");
        assertThat(model.runs().find(3).orElseThrow().protocolText())
                .isEqualTo("chronological (cut 80%) · purchase · K=10");
        assertThat(model.runs().warningProperty().get()).isEmpty();
        // the User tab offers the completed runs only
        assertThat(model.user().runs()).extracting(RecommendRunRow::id).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void theSearchTabReadsTheSearchOfTheRunSelectedLastOrSaysItHasNone() {
        RecommendFixtures.searched(runs);
        model.refresh();
        // the newest with a curve (run 3, ALS) is selected: its stored search is read back
        assertThat(model.search().searchProperty().get()).isNotNull();
        assertThat(model.search().searchProperty().get().chosen()).isEqualTo(2);
        assertThat(model.search().searchProperty().get().trials()).extracting(t -> t.score())
                .containsExactly(0.10, 0.12, 0.15);
        assertThat(model.search().messageProperty().get()).isEmpty();

        model.runs().selectRuns(List.of(3L, 1L));
        assertThat(model.search().searchProperty().get()).isNull();
        assertThat(model.search().messageProperty().get()).startsWith("Run 1 was trained with the settings given")
                .endsWith("its settings were not searched.");

        model.runs().selectRuns(List.of(4L));
        assertThat(model.search().messageProperty().get()).isEqualTo("Run 4 did not complete (failed): it has no"
                + " search to show.");

        model.runs().selectRuns(List.of());
        assertThat(model.search().messageProperty().get()).isEqualTo(
                io.campaignlab.views.tuning.RunSearchViewModel.SELECT);
    }

    @Test
    void runsFromDifferentProtocolsAreFlaggedAsNotComparableAndDifferentKOnlyNoted() {
        model.refresh();
        model.runs().selectRuns(List.of(1L, 2L));
        assertThat(model.runs().warningProperty().get()).isEmpty();

        model.runs().selectRuns(List.of(2L, 3L));
        assertThat(model.runs().warningProperty().get()).startsWith("Not comparable")
                .contains("leave-last-out · purchase").contains("chronological (cut 80%) · purchase");

        RecommendRunRow a = model.runs().find(1).orElseThrow();
        RecommendRunRow b = RecommendRunRow.of(model.runs().find(2).orElseThrow().record(),
                RecommendFixtures.outcome(2, RecommenderKind.ITEMKNN, EvaluationProtocol.leaveLastOut(10), 0.4));
        assertThat(RecommendRunsViewModel.comparability(List.of(a, b))).startsWith("The selected runs used"
                + " different K (20, 10)");
    }

    @Test
    void theTrainFormBuildsTheRequestFromTheFieldsTheChosenModelReads() {
        model.refresh();
        RecommendTrainFormViewModel form = model.form();
        assertThat(form.datasets()).containsExactly("events");
        assertThat(form.datasetProperty().get()).isEqualTo("events");
        assertThat(form.kinds()).containsExactly(RecommenderKind.values());

        form.kindProperty().set(RecommenderKind.ITEMKNN);
        form.param("neighbours").entry().text().set("25");
        form.param("factors").entry().text().set("not read by item-kNN");
        form.protocolProperty().set(EvaluationProtocol.Kind.CHRONOLOGICAL);
        form.cutParam().entry().text().set("0.7");
        form.kParam().entry().text().set("15");
        assertThat(form.canTrainBinding().get()).isTrue();

        form.train();

        assertThat(jobs.trained).hasSize(1);
        var request = jobs.trained.get(0);
        assertThat(request.spec().kind()).isEqualTo(RecommenderKind.ITEMKNN);
        assertThat(request.spec().neighbours()).isEqualTo(25);
        assertThat(request.protocol()).isEqualTo(new EvaluationProtocol(EvaluationProtocol.Kind.CHRONOLOGICAL,
                EvaluationProtocol.Target.PURCHASE, 0.7, 15, false));
        // the new run is listed and added to the chart's selection
        assertThat(model.runs().selected()).extracting(RecommendRunRow::id).contains(6L);
        assertThat(form.training().messageProperty().get()).startsWith("Run 6: recall@15");
    }

    @Test
    void theTrainFormSearchesByDefaultAndAChangedSettingStaysFixed() {
        model.refresh();
        RecommendTrainFormViewModel form = model.form();
        assertThat(form.tuneProperty().get()).isEqualTo(RecommendTrainFormViewModel.TuneMode.AUTO);
        form.kindProperty().set(RecommenderKind.ITEMKNN);
        form.param("neighbours").entry().text().set("25");
        form.budgetProperty().set("many");
        assertThat(form.problemProperty().get()).startsWith("Budget: budget 'many'");
        form.budgetProperty().set("4");
        form.train();
        var tuning = jobs.tunings.get(0);
        assertThat(tuning.auto()).isTrue();
        assertThat(tuning.budget().trials()).isEqualTo(4);
        assertThat(tuning.fixed()).containsExactly("neighbours");
        assertThat(form.training().messageProperty().get()).startsWith("Run ");

        form.tuneProperty().set(RecommendTrainFormViewModel.TuneMode.OFF);
        form.budgetProperty().set("many");
        assertThat(form.problemProperty().get()).as("the budget is not read when tuning is off").isEmpty();
        form.train();
        assertThat(jobs.tunings.get(1).auto()).isFalse();
    }

    @Test
    void theTrainFormSaysWhatIsWrong() {
        model.refresh();
        RecommendTrainFormViewModel form = model.form();
        form.kindProperty().set(RecommenderKind.ALS);
        form.param("factors").entry().text().set("0");
        assertThat(form.problemProperty().get()).isEqualTo("Factors must be at least 1");
        assertThat(form.canTrainBinding().get()).isFalse();
        form.param("factors").entry().text().set("8");
        form.kParam().entry().text().set("x");
        assertThat(form.problemProperty().get()).isEqualTo("K must be a whole number, not 'x'");
    }

    @Test
    void theUserTabShowsHistoryWithEventTypesAndRecommendationsWithReasons() {
        model.refresh();
        RecommendUserViewModel user = model.user();
        user.preferRun(2);
        assertThat(user.runProperty().get().id()).isEqualTo(2);
        assertThat(user.suggest("u7")).containsExactly("u7", "u70", "u71");
        assertThat(user.suggest("7")).as("by containment when no id starts with it").containsExactly("u7", "u70",
                "u71");

        user.userProperty().set("u7");
        user.countProperty().set(5);
        user.show();

        assertThat(jobs.served).containsExactly("2/u7/5");
        assertThat(user.history()).extracting(HistoryRow::item, HistoryRow::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("i4", "purchase"), org.assertj.core.groups.Tuple.tuple("i3", "cart"),
                org.assertj.core.groups.Tuple.tuple("i2", "click"), org.assertj.core.groups.Tuple.tuple("i1", "view"));
        assertThat(user.history().get(0).time()).isEqualTo("2025-03-04 09:06");
        assertThat(user.recommendations()).extracting(RecommendationRow::explanation).containsExactly(
                "because you viewed i2 and i1", "no history item contributes (a fallback score)");
        assertThat(user.summaryProperty().get()).isEqualTo("User u7 · #2 rec-itemknn · leave-last-out · purchase"
                + " · K=20");

        // an unknown user is served too: the run falls back on popularity, and the items carry their names
        user.userProperty().set("nobody");
        user.show();
        assertThat(jobs.served).containsExactly("2/u7/5", "2/nobody/5");
        assertThat(user.summaryProperty().get()).contains(" · fallback: popularity (unknown user)");
        assertThat(user.recommendations()).extracting(RecommendationRow::item, RecommendationRow::explanation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Volta · phones (i9)",
                        "fallback: popularity"));
    }

    @Test
    void reasonsDependOnTheModel() {
        List<UserRecommendations.Because> two = List.of(new UserRecommendations.Because("a", 0.42),
                new UserRecommendations.Because("b", 0.31));
        assertThat(RecommendFormats.because(Optional.of(RecommenderKind.ALS), two))
                .isEqualTo("top contributing history items: a (0.42), b (0.31)");
        assertThat(RecommendFormats.because(Optional.of(RecommenderKind.ITEMKNN), List.of(two.get(0))))
                .isEqualTo("because you viewed a");
        assertThat(RecommendFormats.because(Optional.of(RecommenderKind.POP), two)).startsWith("popular overall");
        assertThat(RecommendFormats.because(Optional.of(RecommenderKind.RECENT), List.of()))
                .startsWith("popular recently");
        assertThat(RecommendFormats.because(Optional.empty(), two)).startsWith("top contributing history items");
        assertThat(RecommendFormats.joined(List.of("x", "y", "z"))).isEqualTo("x, y and z");
        // an event type from its weight; a weight two types share is not guessed
        EventWeights shared = new EventWeights(java.util.Map.of("view", 1.0, "click", 1.0), 1.0, "purchase");
        assertThat(RecommendFormats.eventType(new UserRecommendations.Event("i", 0, 1.0, false), shared))
                .isEqualTo("weight 1.00");
    }
}
