package io.campaignlab.engine.recommend.crossdomain;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.PopularityRecommender;
import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.RecommendTrainingJob;
import io.campaignlab.engine.recommend.RecommenderArtifact;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.evaluation.BaselineComparison;
import io.campaignlab.engine.recommend.evaluation.EvaluationSplit;
import io.campaignlab.engine.recommend.evaluation.PairedBootstrap;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluator;
import io.campaignlab.engine.recommend.search.HeldOutParts;
import io.campaignlab.engine.recommend.search.RecommenderSearch;
import io.campaignlab.engine.recommend.search.RecommenderSearchSpace;
import io.campaignlab.engine.recommend.search.Tuning;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RecordedRun;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.engine.workspace.WorkspaceJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trains the cross-domain recommender ({@link CrossDomainAlsRecommender}) on a target and a source events dataset
 * under the cold-start protocol ({@link ColdStartSplit}) and records it as a run like {@link RecommendTrainingJob}:
 * provenance (both datasets and their SHA-256, settings, protocol, seed, versions) when it starts; the test metrics,
 * target popularity's metrics on the same cold users (split {@code baseline}), the evaluation as a report of kind
 * {@code recommend} and the joint model as an artifact when it ends; failed or cancelled with the reason otherwise.
 */
public final class CrossDomainTrainingJob extends WorkspaceJob<CrossDomainOutcome> {

    private static final Logger LOG = LoggerFactory.getLogger(CrossDomainTrainingJob.class);

    /** The run parameter naming the source dataset, read back when the run serves recommendations. */
    public static final String SOURCE_DATASET = "source_dataset";
    /** The run parameter holding the source dataset's SHA-256 at training time. */
    public static final String SOURCE_SHA256 = "source_sha256";

    private final CrossDomainRequest request;
    private final Tuning tuning;

    /** A run with the request's settings as given ({@link Tuning#off()}). */
    public CrossDomainTrainingJob(WorkspaceContext workspace, CrossDomainRequest request) {
        this(workspace, request, Tuning.off());
    }

    /**
     * A run whose source weight and λ (less the fixed ones) are chosen on validation cold users when {@code tuning}
     * is auto ({@link HeldOutParts#coldStart}).
     */
    public CrossDomainTrainingJob(WorkspaceContext workspace, CrossDomainRequest request, Tuning tuning) {
        super(RecommendTrainingJob.KIND, workspace);
        this.request = request;
        this.tuning = tuning;
    }

    @Override
    public String title() {
        return "Train " + RecommenderKind.CDR.label() + " on " + request.target() + " from " + request.source();
    }

    @Override
    public CrossDomainOutcome run(ProgressListener progress, CancellationToken cancel) throws Exception {
        long started = System.nanoTime();
        DatasetInfo target = workspace.datasets().require(request.target());
        DatasetInfo source = workspace.datasets().require(request.source());
        return RecordedRun.record(workspace.runs(), provenance(target, source), run -> {
            long runId = run.id();
            LOG.info("Run {} started: rec-cdr on {} from {}", runId, target.name(), source.name());
            progress.message("Reading target events");
            InteractionLog targetLog = InteractionLog.read(workspace.frames(), target, request.weights(), progress,
                    cancel);
            progress.message("Reading source events");
            InteractionLog sourceLog = InteractionLog.read(workspace.frames(), source, request.weights(), progress,
                    cancel);
            cancel.throwIfCancelled();
            HeldOutParts<ColdStartSplit> parts = HeldOutParts.coldStart(targetLog, sourceLog, request.protocol(),
                    request.spec().seed());
            CrossDomainRequest chosen = chosen(run, parts, progress, cancel);
            ColdStartSplit cold = parts.test();
            CrossDomainAlsRecommender model = new CrossDomainAlsRecommender(chosen.sourceWeight());
            long fitStarted = System.nanoTime();
            model.fit(cold.data(), chosen.spec(), progress, cancel);
            double fitSeconds = (System.nanoTime() - fitStarted) / 1e9;
            Evaluated versus = evaluate(model, cold, progress, cancel);
            RankingEvaluation evaluation = versus.model();
            RankingEvaluation baseline = versus.baseline();
            List<RunMetric> metrics = new ArrayList<>(RecommendTrainingJob.metrics(evaluation, new double[0],
                    fitSeconds));
            metrics.addAll(baselineMetrics(baseline));
            metrics.addAll(RecommendTrainingJob.gainMetrics(versus.comparison()));
            run.report(RecommendTrainingJob.BASELINE_REPORT_KIND, versus.comparison());
            metrics.add(new RunMetric("test", null, "shared_users", cold.shared()));
            run.metrics(metrics);
            int trainUsers = 0;
            InteractionMatrix joint = cold.data().joint(chosen.sourceWeight());
            for (int u = 0; u < joint.users(); u++) {
                if (joint.rowLength(u) > 0) {
                    trainUsers++;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            RecommendOutcome outcome = new RecommendOutcome(runId, RecommenderKind.CDR, evaluation, trainUsers,
                    joint.nonZeros(), new double[0], model.joint().secondsPerPass(), fitSeconds, seconds);
            run.report(RecommendTrainingJob.REPORT_KIND, outcome);
            progress.message("Saving the model");
            List<String> itemIds = new ArrayList<>(targetLog.itemIds());
            itemIds.addAll(sourceLog.itemIds());
            run.artifact(workspace.folder(), RecommenderArtifact.fileName(runId),
                    new RecommenderArtifact(chosen.asTargetRequest(), itemIds, model)::write);
            LOG.info("Run {} completed in {} s: ndcg@{} {} (target popularity {})", runId, seconds, evaluation.k(),
                    evaluation.ndcg(), baseline.ndcg());
            return new CrossDomainOutcome(outcome, baseline, cold.shared(), cold.heldOut());
        });
    }

    /** The request with the search's choice (source weight, λ), recorded as the run's search report; or as given. */
    private CrossDomainRequest chosen(RecordedRun run, HeldOutParts<ColdStartSplit> parts, ProgressListener progress,
                                      CancellationToken cancel) {
        Optional<SearchResult> search = RecommenderSearch.crossDomain(request.spec(), request.sourceWeight(), tuning,
                parts, t -> LOG.info("Trial {}: {} -> {}", t.index(), t.settings(), t.score()), progress, cancel);
        if (search.isEmpty()) {
            return request;
        }
        SearchResult result = search.get();
        run.report(RecommenderSearch.REPORT_KIND, result);
        run.metrics(List.of(new RunMetric("val", null, "ndcg@" + request.protocol().k(), result.choice().score())));
        Map<String, Object> point = result.choice().settings();
        return new CrossDomainRequest(request.target(), request.source(),
                RecommenderSearchSpace.apply(request.spec(), point), request.protocol(), request.weights(),
                RecommenderSearchSpace.sourceWeight(point, request.sourceWeight()));
    }

    /** The model's and target popularity's evaluations on the test cold users, and the paired bootstrap between them. */
    record Evaluated(RankingEvaluation model, RankingEvaluation baseline, BaselineComparison comparison) {
    }

    private Evaluated evaluate(CrossDomainAlsRecommender model, ColdStartSplit cold, ProgressListener progress,
                               CancellationToken cancel) {
        EvaluationSplit split = cold.split();
        int depth = RankingEvaluator.curveDepth(split.protocol());
        long started = System.nanoTime();
        progress.message("Ranking every item for every test user");
        int[][] lists = RankingEvaluator.topLists(model, split, depth, request.spec().threads(), progress, cancel);
        RankingEvaluation evaluation = RankingEvaluator.summarise(split, lists, depth,
                (System.nanoTime() - started) / 1e9);
        PopularityRecommender pop = new PopularityRecommender(false);
        pop.fit(split.train(), request.spec(), ProgressListener.none(), cancel);
        int[][] base = RankingEvaluator.topLists(pop, split, depth, request.spec().threads(),
                ProgressListener.none(), cancel);
        RankingEvaluation baseline = RankingEvaluator.summarise(split, base, depth, 0);
        return new Evaluated(evaluation, baseline, BaselineComparison.of("popularity", split, lists, base,
                PairedBootstrap.RESAMPLES, request.spec().seed()));
    }

    /** Target popularity's figures on the same cold users, under split {@code baseline}. */
    static List<RunMetric> baselineMetrics(RankingEvaluation e) {
        int k = e.k();
        return List.of(new RunMetric("baseline", null, "recall@" + k, e.recall()),
                new RunMetric("baseline", null, "ndcg@" + k, e.ndcg()),
                new RunMetric("baseline", null, "mrr@" + k, e.mrr()),
                new RunMetric("baseline", null, "hit_rate@" + k, e.hitRate()));
    }

    private NewRun provenance(DatasetInfo target, DatasetInfo source) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("spec", request.spec());
        params.put("event_weights", request.weights());
        params.put(SOURCE_DATASET, source.name());
        params.put(SOURCE_SHA256, source.sha256());
        params.put("source_weight", request.sourceWeight());
        params.put(RecommendTrainingJob.TUNING_PARAM, tuning);
        params.put("baseline", "target-domain global popularity");
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("target", InteractionLog.Columns.of(target));
        columns.put("source", InteractionLog.Columns.of(source));
        return new NewRun(null, target.name(), target.sha256(), RecommenderKind.CDR.runKind(),
                ReportJson.write(params), ReportJson.write(columns), ReportJson.write(request.protocol()),
                request.spec().seed(), "cpu (" + request.spec().threads() + " threads)",
                ReportJson.write(RecommendTrainingJob.versions(RecommenderKind.CDR)));
    }
}
