package io.campaignlab.views.recommend;

import io.campaignlab.engine.recommend.search.RecommenderSearch;
import io.campaignlab.engine.recommend.search.RecommenderSearchSpace;
import io.campaignlab.engine.tuning.RandomSearch;
import io.campaignlab.engine.tuning.SearchBudget;
import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.engine.tuning.SearchSpace;
import io.campaignlab.engine.tuning.Trial;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.RecommendRequest;
import io.campaignlab.engine.recommend.RecommendTrainingJob;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.UserRecommendations;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.evaluation.RankingCurve;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.models.FakeRunRepository;
import io.campaignlab.views.testing.FakeWorkspace;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A workspace with an events dataset and stored recommendation runs, each with a made-up curve whose value at K is
 * {@code top · K / (K + half)}, and fake recommend jobs that record what they were asked.
 */
final class RecommendFixtures {

    static final Instant DAY = Instant.parse("2025-03-04T09:00:00Z");

    private RecommendFixtures() {
    }

    static FakeWorkspace workspace(FakeRunRepository runs) {
        FakeWorkspace workspace = new FakeWorkspace().withRuns(runs);
        workspace.add("events", DatasetKind.EVENTS, List.of(
                ColumnMeta.of("user_id", ColumnType.TEXT, ColumnRole.USER_ID),
                ColumnMeta.of("item_id", ColumnType.TEXT, ColumnRole.ITEM_ID),
                ColumnMeta.of("event_type", ColumnType.CATEGORY, ColumnRole.EVENT_TYPE),
                ColumnMeta.of("ts", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP)),
                1000, i -> Arrays.asList("u" + i, "i" + i, "view", Instant.EPOCH), List.of());
        workspace.add("users", DatasetKind.TABLE, List.of(
                ColumnMeta.of("user_id", ColumnType.TEXT, ColumnRole.USER_ID)), 10, i -> List.of("u" + i), List.of());
        return workspace;
    }

    /**
     * Runs 1 pop (leave-last-out, K 20), 2 itemknn (leave-last-out, K 20), 3 als (chronological, K 10), 4 a failed
     * itemknn, and 5 a non-recommendation run that the section must not list.
     */
    static FakeRunRepository runs() {
        FakeRunRepository runs = new FakeRunRepository();
        completed(runs, 1, RecommenderKind.POP, EvaluationProtocol.leaveLastOut(20), 0.30);
        completed(runs, 2, RecommenderKind.ITEMKNN, EvaluationProtocol.leaveLastOut(20), 0.45);
        completed(runs, 3, RecommenderKind.ALS, EvaluationProtocol.chronological(10), 0.20);
        runs.add(new RunRecord(4, newRun("rec-itemknn", EvaluationProtocol.leaveLastOut(20)), RunStatus.FAILED,
                "out of memory", DAY.plusSeconds(400), DAY.plusSeconds(420)));
        runs.add(new RunRecord(5, new NewRun(null, "impressions", "sha", "deepfm", "{}", "{}", "{}", 1, "cpu",
                "{}"), RunStatus.COMPLETED, null, DAY.plusSeconds(500), DAY.plusSeconds(600)));
        return runs;
    }

    static void completed(FakeRunRepository runs, long id, RecommenderKind kind, EvaluationProtocol protocol,
                          double top) {
        Instant started = DAY.plusSeconds(id * 60);
        runs.add(new RunRecord(id, newRun(kind.runKind(), protocol), RunStatus.COMPLETED, null, started,
                started.plusSeconds(12)));
        RecommendOutcome outcome = outcome(id, kind, protocol, top);
        runs.saveReport(new RunReport(id, RecommendTrainingJob.REPORT_KIND, "", started.plusSeconds(12),
                ReportJson.write(outcome)));
    }

    /**
     * Stores a settings search for run 3 (ALS), as {@code recommend train --tune auto} records it: three trials
     * scored 0.10 (the defaults), 0.12 and 0.15 NDCG@10, the third chosen.
     */
    static SearchResult searched(FakeRunRepository runs) {
        SearchSpace space = RecommenderSearchSpace.of(RecommenderKind.ALS);
        List<Trial> trials = List.of(
                new Trial(0, Map.of("regularization", 50.0, "alpha", 1.0, "factors", 64), 0.10, 1.2, ""),
                new Trial(1, Map.of("regularization", 5.0, "alpha", 3.0, "factors", 32), 0.12, 0.9, ""),
                new Trial(2, Map.of("regularization", 20.0, "alpha", 1.0, "factors", 128), 0.15, 2.1, ""));
        SearchResult search = new SearchResult(RandomSearch.STRATEGY, "val_ndcg@10", true, space,
                SearchBudget.trials(3), 42, trials, 2);
        runs.saveReport(new RunReport(3, RecommenderSearch.REPORT_KIND, "", DAY.plusSeconds(200),
                ReportJson.write(search)));
        return search;
    }

    /** The outcome whose curve is top · K / (K + 5) for K = 1..50, and whose @K figures are the curve's at K. */
    static RecommendOutcome outcome(long id, RecommenderKind kind, EvaluationProtocol protocol, double top) {
        int max = Math.max(50, protocol.k());
        double[] recall = new double[max];
        double[] ndcg = new double[max];
        double[] hit = new double[max];
        for (int k = 1; k <= max; k++) {
            recall[k - 1] = top * k / (k + 5.0);
            ndcg[k - 1] = recall[k - 1] * 0.6;
            hit[k - 1] = Math.min(1, recall[k - 1] * 1.1);
        }
        int k = protocol.k();
        RankingEvaluation e = new RankingEvaluation(protocol, k, 385, 300, recall[k - 1], ndcg[k - 1], 0.2,
                hit[k - 1], 0.5, 0.8, 1.0, new RankingCurve(recall, ndcg, hit));
        return new RecommendOutcome(id, kind, e, 3000, 40000, new double[0], new double[0], 1.0, 12.0);
    }

    static NewRun newRun(String kind, EvaluationProtocol protocol) {
        String params = ReportJson.write(Map.of("event_weights", EventWeights.defaults()));
        return new NewRun(null, "events", "sha", kind, params, "{}", ReportJson.write(protocol), 42, "cpu (2 threads)",
                "{}");
    }

    /** Fake engine work: training stores a run like the engine's job; serving returns a fixed answer. */
    static final class FakeJobs implements RecommendJobs {
        final List<RecommendRequest> trained = new CopyOnWriteArrayList<>();
        final List<io.campaignlab.engine.recommend.search.Tuning> tunings = new CopyOnWriteArrayList<>();
        final List<String> served = new CopyOnWriteArrayList<>();
        private final FakeRunRepository runs;

        FakeJobs(FakeRunRepository runs) {
            this.runs = runs;
        }

        @Override
        public Job<RecommendOutcome> train(WorkspaceContext workspace, RecommendRequest request,
                                           io.campaignlab.engine.recommend.search.Tuning tuning) {
            tunings.add(tuning);
            return train(workspace, request);
        }

        @Override
        public Job<RecommendOutcome> train(WorkspaceContext workspace, RecommendRequest request) {
            return Job.of("recommend", "Train " + request.spec().kind().id(), (progress, cancel) -> {
                FakeWorkspace.requireWorkerThread();
                trained.add(request);
                long id = runs.start(newRun(request.spec().kind().runKind(), request.protocol()));
                RecommendOutcome outcome = outcome(id, request.spec().kind(), request.protocol(), 0.5);
                runs.saveReport(new RunReport(id, RecommendTrainingJob.REPORT_KIND, "", Instant.now(),
                        ReportJson.write(outcome)));
                runs.finish(id, RunStatus.COMPLETED, null);
                return outcome;
            });
        }

        /**
         * User u7: viewed i1, clicked i2, carted i3, bought i4 (newest first: i4, i3, i2, i1); recommendations i9
         * because of i2 and i1, then i8 with no reason.
         */
        @Override
        public UserRecommendations forUser(WorkspaceContext workspace, long runId, String user, int k, int history,
                                           ProgressListener progress, CancellationToken cancel) {
            FakeWorkspace.requireWorkerThread();
            served.add(runId + "/" + user + "/" + k);
            if (user.equals("nobody")) {
                return new UserRecommendations(runId, "rec-itemknn", user, List.of(), List.of(
                        new UserRecommendations.Recommendation("i9", 0.5, List.of())), null, "popularity", List.of(),
                        java.util.Map.of("i9", new UserRecommendations.ItemInfo("Volta", "phones")));
            }
            List<UserRecommendations.Event> events = List.of(
                    new UserRecommendations.Event("i4", DAY.plusSeconds(400).toEpochMilli(), 5, true),
                    new UserRecommendations.Event("i3", DAY.plusSeconds(300).toEpochMilli(), 3, false),
                    new UserRecommendations.Event("i2", DAY.plusSeconds(200).toEpochMilli(), 2, false),
                    new UserRecommendations.Event("i1", DAY.plusSeconds(100).toEpochMilli(), 1, false));
            List<UserRecommendations.Recommendation> recs = List.of(
                    new UserRecommendations.Recommendation("i9", 0.91, List.of(
                            new UserRecommendations.Because("i2", 0.5), new UserRecommendations.Because("i1", 0.25))),
                    new UserRecommendations.Recommendation("i8", 0.40, List.of()));
            return new UserRecommendations(runId, "rec-itemknn", user, events, recs, null);
        }

        @Override
        public List<String> users(WorkspaceContext workspace, String dataset, ProgressListener progress,
                                  CancellationToken cancel) {
            FakeWorkspace.requireWorkerThread();
            return List.of("u1", "u7", "u70", "u71", "u8");
        }
    }
}
