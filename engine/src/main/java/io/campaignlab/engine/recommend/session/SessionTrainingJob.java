package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.device.ComputeDevices;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.RecommendTrainingJob;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;
import io.campaignlab.engine.recommend.knn.ItemKnnRecommender;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RecordedRun;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.engine.workspace.WorkspaceJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains GRU4Rec on an events dataset's sessions and records it as a run, like {@link RecommendTrainingJob}:
 * provenance (dataset and SHA-256, settings, the session-next-item protocol and how sessions were formed, seed,
 * device, versions) when it starts; the test metrics, a {@code recommend} report (a {@link RecommendOutcome}, so the
 * Recommend view shows it like any recommender), a {@code recommend-session} report with the baselines and epochs,
 * and the model as an artifact when it ends; failed or cancelled with the reason otherwise. Popularity and item-kNN
 * are evaluated on the same split for context.
 */
public final class SessionTrainingJob extends WorkspaceJob<SessionOutcome> {

    private static final Logger LOG = LoggerFactory.getLogger(SessionTrainingJob.class);

    /** The report kind holding the {@link SessionOutcome}. */
    public static final String SESSION_REPORT_KIND = "recommend-session";

    private final SessionRequest request;

    public SessionTrainingJob(WorkspaceContext workspace, SessionRequest request) {
        super(RecommendTrainingJob.KIND, workspace);
        this.request = request;
    }

    /** GRU4Rec or SASRec, as the spec says. */
    private RecommenderKind sessionKind() {
        return request.spec().sasRec() ? RecommenderKind.SASREC : RecommenderKind.GRU4REC;
    }

    @Override
    public String title() {
        return "Train " + sessionKind().label() + " on " + request.dataset();
    }

    @Override
    public SessionOutcome run(ProgressListener progress, CancellationToken cancel) throws Exception {
        long started = System.nanoTime();
        DatasetInfo dataset = workspace.datasets().require(request.dataset());
        UserSessions.Columns columns = UserSessions.Columns.of(dataset);
        return RecordedRun.record(workspace.runs(), provenance(dataset, columns), run -> {
            long runId = run.id();
            LOG.info("Run {} started: {} on {} ({} rows)", runId, sessionKind().runKind(), dataset.name(),
                    dataset.rows());
            progress.message("Reading sessions");
            UserSessions sessions = UserSessions.read(workspace.frames(), dataset, request.gapMinutes(), progress, cancel);
            cancel.throwIfCancelled();
            SessionSplit split = SessionSplit.chronological(sessions.sessions(), 1 - request.protocol().cutFraction());
            if (split.test().size() == 0) {
                throw new IllegalArgumentException("the session-next-item protocol leaves no test session with two"
                        + " or more clicks on training items in " + dataset.name());
            }
            int k = request.protocol().k();
            double[] popularity = split.train().clickCounts();
            progress.message("Training GRU4Rec");
            SessionOutcome outcome;
            RankingEvaluation evaluation;
            byte[] parameters;
            try (Gru4RecModel model = Gru4RecModel.train(split.train(), request.spec(), progress, cancel)) {
                progress.message("Ranking every item after every test prefix");
                NextItemEvaluation gru = SessionEvaluator.evaluate(sessionKind().id(), model, split.test(),
                        k, popularity, progress, cancel);
                List<NextItemEvaluation> baselines = baselines(split, popularity, k, progress, cancel);
                outcome = new SessionOutcome(runId, gru, baselines, model.history(), split.train().size(),
                        split.train().clicks(), sessions.source(), (System.nanoTime() - started) / 1e9);
                evaluation = gru.asRankingEvaluation(request.protocol());
                parameters = model.parameters();
            }
            Gru4RecModel.History h = outcome.history();
            double[] losses = h.epochs().stream().mapToDouble(Gru4RecModel.Epoch::loss).toArray();
            double[] epochSeconds = h.epochs().stream().mapToDouble(Gru4RecModel.Epoch::seconds).toArray();
            run.metrics(metrics(outcome, evaluation, losses));
            RecommendOutcome view = new RecommendOutcome(runId, sessionKind(), evaluation,
                    outcome.trainSessions(), (int) Math.min(Integer.MAX_VALUE, outcome.trainClicks()), losses,
                    epochSeconds, h.seconds(), outcome.seconds());
            run.report(RecommendTrainingJob.REPORT_KIND, view);
            run.report(SESSION_REPORT_KIND, outcome);
            progress.message("Saving the model");
            run.artifact(workspace.folder(), SessionModelArtifact.fileName(runId),
                    new SessionModelArtifact(request, split.train().itemIds(), parameters)::write);
            LOG.info("Run {} completed in {} s: recall@{} {} mrr@{} {}", runId, outcome.seconds(), k,
                    outcome.model().recall(), k, outcome.model().mrr());
            return outcome;
        });
    }

    /** Popularity and item-kNN (100 neighbours, shrinkage 20; last click, and whole prefix) on the same split. */
    static List<NextItemEvaluation> baselines(SessionSplit split, double[] popularity, int k,
                                              ProgressListener progress, CancellationToken cancel) {
        progress.message("Evaluating the popularity and item-kNN baselines");
        List<NextItemEvaluation> out = new ArrayList<>();
        out.add(SessionEvaluator.evaluate("pop", BaselineSessionScorers.popularity(popularity), split.test(), k,
                popularity, ProgressListener.none(), cancel));
        ItemKnnRecommender knn = new ItemKnnRecommender();
        knn.fit(split.train().sessionItemMatrix(), RecommenderSpec.defaults(RecommenderKind.ITEMKNN)
                .withKnn(100, 20), ProgressListener.none(), cancel);
        out.add(SessionEvaluator.evaluate("itemknn-last", BaselineSessionScorers.itemKnn(knn,
                BaselineSessionScorers.KnnInput.LAST_ITEM), split.test(), k, popularity, ProgressListener.none(),
                cancel));
        out.add(SessionEvaluator.evaluate("itemknn-prefix", BaselineSessionScorers.itemKnn(knn,
                BaselineSessionScorers.KnnInput.WHOLE_PREFIX), split.test(), k, popularity, ProgressListener.none(),
                cancel));
        return out;
    }

    private NewRun provenance(DatasetInfo dataset, UserSessions.Columns columns) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("spec", request.spec());
        params.put("objective", "softmax cross-entropy over the whole catalogue at every step");
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("protocol", request.protocol());
        split.put("sessions", columns.session() != null ? "column " + columns.session() + " (per user)"
                : "each user's events split at gaps of " + request.gapMinutes() + " minutes");
        split.put("gap_minutes", request.gapMinutes());
        split.put("test", "the last " + Math.round(100 * (1 - request.protocol().cutFraction())) + "% of sessions by"
                + " start; test clicks on items unseen in training dropped; sessions with at least two clicks left;"
                + " every prefix ranks all training items for the next click");
        Map<String, String> versions = RecommendTrainingJob.versions(sessionKind());
        ComputeDevices.EngineInfo engine = ComputeDevices.describe();
        versions.put("engine", engine.engine() + " " + engine.engineVersion() + " (DJL " + engine.djlVersion() + ")");
        return new NewRun(null, dataset.name(), dataset.sha256(), sessionKind().runKind(),
                ReportJson.write(params), ReportJson.write(columns), ReportJson.write(split), request.spec().seed(),
                ComputeDevices.choose(request.spec().device()).toString(), ReportJson.write(versions));
    }

    /** The recommender metrics of {@link RecommendTrainingJob}, plus validation figures and the baselines. */
    static List<RunMetric> metrics(SessionOutcome outcome, RankingEvaluation evaluation, double[] losses) {
        List<RunMetric> m = new ArrayList<>(RecommendTrainingJob.metrics(evaluation, losses,
                outcome.history().seconds()));
        int k = evaluation.k();
        m.add(new RunMetric("test", null, "sessions", outcome.model().sessions()));
        for (Gru4RecModel.Epoch e : outcome.history().epochs()) {
            if (!Double.isNaN(e.validationMrr())) {
                m.add(new RunMetric("validation", e.epoch(), "recall@20", e.validationRecall()));
                m.add(new RunMetric("validation", e.epoch(), "mrr@20", e.validationMrr()));
            }
        }
        for (NextItemEvaluation b : outcome.baselines()) {
            m.add(new RunMetric("test", null, b.model() + " recall@" + k, b.recall()));
            m.add(new RunMetric("test", null, b.model() + " mrr@" + k, b.mrr()));
        }
        return m;
    }
}
