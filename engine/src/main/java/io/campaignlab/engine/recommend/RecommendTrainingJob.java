package io.campaignlab.engine.recommend;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.evaluation.EvaluationSplit;
import io.campaignlab.engine.recommend.evaluation.BaselineComparison;
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
 * Trains and evaluates one recommender as a job and records it as a run like a CTR run: provenance (dataset and
 * SHA-256, settings, protocol, seed, versions) when it starts; the test metrics, the full evaluation as a report of
 * kind {@code recommend} and the fitted model as an artifact when it ends; failed or cancelled with the reason
 * otherwise.
 */
public final class RecommendTrainingJob extends WorkspaceJob<RecommendOutcome> {

    private static final Logger LOG = LoggerFactory.getLogger(RecommendTrainingJob.class);

    /** The job kind of every recommender training: matrix factorisation, session and cross-domain. */
    public static final String KIND = "recommend";

    /** The report kind of a recommendation run's comparison with the popularity baseline. */
    public static final String BASELINE_REPORT_KIND = "recommend_vs_popularity";

    /**
     * Popularity's top lists on the same split, and the paired bootstrap (B = {@link PairedBootstrap#RESAMPLES},
     * seeded with the run's seed) of Recall@K and NDCG@K against them; null for a popularity run itself.
     */
    private BaselineComparison versusPopularity(EvaluationSplit split, int[][] lists, ProgressListener progress,
                                                CancellationToken cancel) {
        if (request.spec().kind() == RecommenderKind.POP) {
            return null;
        }
        progress.message("Comparing with the popularity baseline (paired bootstrap over users)");
        ItemRecommender popularity = new PopularityRecommender(false);
        popularity.fit(split.train(), request.spec(), ProgressListener.none(), cancel);
        int[][] base = RankingEvaluator.topLists(popularity, split, split.protocol().k(), request.spec().threads(),
                ProgressListener.none(), cancel);
        return BaselineComparison.of("popularity", split, lists, base, PairedBootstrap.RESAMPLES,
                request.spec().seed());
    }

    /** The gains over popularity as final test metrics: {@code ndcg@20_vs_popularity_low} and so on. */
    public static List<RunMetric> gainMetrics(BaselineComparison c) {
        List<RunMetric> m = new ArrayList<>();
        for (var e : Map.of("recall@" + c.k(), c.recall(), "ndcg@" + c.k(), c.ndcg()).entrySet()) {
            String name = e.getKey() + "_vs_" + c.baseline();
            m.add(new RunMetric("test", null, e.getKey() + "_" + c.baseline(), e.getValue().baseline()));
            m.add(new RunMetric("test", null, name + "_low", e.getValue().low()));
            m.add(new RunMetric("test", null, name + "_high", e.getValue().high()));
            m.add(new RunMetric("test", null, name + "_p", e.getValue().pValue()));
        }
        return m;
    }

    /** The run parameter recording whether and how the settings were searched ({@link Tuning}). */
    public static final String TUNING_PARAM = "tuning";

    /** The report kind of a recommendation run's evaluation. */
    public static final String REPORT_KIND = "recommend";

    private final RecommendRequest request;
    private final Tuning tuning;

    /** A run with the request's settings as given ({@link Tuning#off()}). */
    public RecommendTrainingJob(WorkspaceContext workspace, RecommendRequest request) {
        this(workspace, request, Tuning.off());
    }

    /**
     * A run whose searchable settings (less the fixed ones) are chosen on the validation part when {@code tuning} is
     * auto; the request's spec gives every other setting and the seed of the search.
     */
    public RecommendTrainingJob(WorkspaceContext workspace, RecommendRequest request, Tuning tuning) {
        super(KIND, workspace);
        this.request = request;
        this.tuning = tuning;
    }

    @Override
    public String title() {
        return "Train " + request.spec().kind().label() + " on " + request.dataset();
    }

    @Override
    public RecommendOutcome run(ProgressListener progress, CancellationToken cancel) throws Exception {
        long started = System.nanoTime();
        DatasetInfo dataset = workspace.datasets().require(request.dataset());
        InteractionLog.Columns columns = InteractionLog.Columns.of(dataset);
        return RecordedRun.record(workspace.runs(), provenance(dataset, columns), run -> {
            long runId = run.id();
            LOG.info("Run {} started: {} on {} ({} rows)", runId, request.spec().kind().runKind(), dataset.name(),
                    dataset.rows());
            progress.message("Reading events");
            InteractionLog log = InteractionLog.read(workspace.frames(), dataset, request.weights(), progress, cancel);
            cancel.throwIfCancelled();
            HeldOutParts<EvaluationSplit> parts = HeldOutParts.of(log, request.protocol());
            if (parts.testUsers() == 0) {
                throw new IllegalArgumentException("the " + request.protocol().kind().id() + " protocol leaves no"
                        + " user to evaluate in " + dataset.name() + " (target: " + request.protocol().target().id()
                        + ")");
            }
            RecommenderSpec spec = chosenSpec(run, parts, progress, cancel);
            EvaluationSplit split = parts.test();
            ItemRecommender model = spec.kind().create();
            long fitStarted = System.nanoTime();
            model.fit(split.train(), spec, progress, cancel);
            double fitSeconds = (System.nanoTime() - fitStarted) / 1e9;
            long ranked = System.nanoTime();
            progress.message("Ranking every item for every test user");
            int depth = RankingEvaluator.curveDepth(split.protocol());
            int[][] lists = RankingEvaluator.topLists(model, split, depth, request.spec().threads(), progress, cancel);
            RankingEvaluation evaluation = RankingEvaluator.summarise(split, lists, depth,
                    (System.nanoTime() - ranked) / 1e9);
            BaselineComparison versusPopularity = versusPopularity(split, lists, progress, cancel);
            double[] losses = model instanceof FactorRecommender f ? f.losses() : new double[0];
            double[] sweepSeconds = model instanceof FactorRecommender f ? f.secondsPerPass() : new double[0];
            int trainUsers = 0;
            for (int u = 0; u < split.train().users(); u++) {
                if (split.train().rowLength(u) > 0) {
                    trainUsers++;
                }
            }
            run.metrics(metrics(evaluation, losses, fitSeconds));
            if (versusPopularity != null) {
                run.metrics(gainMetrics(versusPopularity));
                run.report(BASELINE_REPORT_KIND, versusPopularity);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            RecommendOutcome outcome = new RecommendOutcome(runId, request.spec().kind(), evaluation, trainUsers,
                    split.train().nonZeros(), losses, sweepSeconds, fitSeconds, seconds);
            run.report(REPORT_KIND, outcome);
            progress.message("Saving the model");
            run.artifact(workspace.folder(), RecommenderArtifact.fileName(runId),
                    new RecommenderArtifact(new RecommendRequest(request.dataset(), spec, request.protocol(),
                            request.weights()), log.itemIds(), model)::write);
            LOG.info("Run {} completed in {} s: recall@{} {}", runId, seconds, evaluation.k(), evaluation.recall());
            return outcome;
        });
    }

    /**
     * The settings of the final fit: the request's, or the search's choice on the validation part, recorded as the
     * run's {@link RecommenderSearch#REPORT_KIND} report and as the chosen trial's {@code val} metric.
     */
    private RecommenderSpec chosenSpec(RecordedRun run, HeldOutParts<EvaluationSplit> parts,
                                       ProgressListener progress, CancellationToken cancel) {
        Optional<SearchResult> search = RecommenderSearch.single(request.spec(), tuning, parts,
                t -> LOG.info("Trial {}: {} -> {}", t.index(), t.settings(), t.score()), progress, cancel);
        if (search.isEmpty()) {
            return request.spec();
        }
        SearchResult result = search.get();
        run.report(RecommenderSearch.REPORT_KIND, result);
        run.metrics(List.of(new RunMetric("val", null, "ndcg@" + request.protocol().k(), result.choice().score())));
        return RecommenderSearchSpace.apply(request.spec(), result.choice().settings());
    }

    private NewRun provenance(DatasetInfo dataset, InteractionLog.Columns columns) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("spec", request.spec());
        params.put("event_weights", request.weights());
        params.put(TUNING_PARAM, tuning);
        return new NewRun(null, dataset.name(), dataset.sha256(), request.spec().kind().runKind(),
                ReportJson.write(params), ReportJson.write(columns), ReportJson.write(request.protocol()),
                request.spec().seed(), device(),
                ReportJson.write(versions(request.spec().kind())));
    }

    /** Where the model trains: BPR on the DJL device its settings choose, the others on the CPU's threads. */
    private String device() {
        if (request.spec().kind() == RecommenderKind.BPR) {
            return io.campaignlab.engine.device.ComputeDevices.choose(request.spec().bpr().device()).toString()
                    + " (DJL " + ai.djl.engine.Engine.getInstance().getEngineName() + ")";
        }
        return "cpu (" + request.spec().threads() + " threads)";
    }

    /** The versions behind a model: BPR trains with DJL, the others in plain Java. */
    public static Map<String, String> versions(RecommenderKind kind) {
        Map<String, String> versions = new LinkedHashMap<>();
        Package p = RecommendTrainingJob.class.getPackage();
        versions.put("campaign_lab", p.getImplementationVersion() == null ? "dev" : p.getImplementationVersion());
        if (kind == RecommenderKind.BPR) {
            io.campaignlab.engine.device.ComputeDevices.EngineInfo info =
                    io.campaignlab.engine.device.ComputeDevices.describe();
            versions.put("engine", info.engine() + " " + info.engineVersion() + " (DJL " + info.djlVersion() + ")");
        } else {
            versions.put("engine", "campaign-lab recommend (plain Java)");
        }
        versions.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        versions.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return versions;
    }

    /** The metric names of a cut-off, for example {@code recall@20}. */
    public static List<RunMetric> metrics(RankingEvaluation e, double[] losses, double fitSeconds) {
        List<RunMetric> m = new ArrayList<>();
        int k = e.k();
        m.add(new RunMetric("test", null, "recall@" + k, e.recall()));
        m.add(new RunMetric("test", null, "ndcg@" + k, e.ndcg()));
        m.add(new RunMetric("test", null, "mrr@" + k, e.mrr()));
        m.add(new RunMetric("test", null, "hit_rate@" + k, e.hitRate()));
        m.add(new RunMetric("test", null, "coverage@" + k, e.coverage()));
        m.add(new RunMetric("test", null, "popularity_bias", e.popularityBias()));
        m.add(new RunMetric("test", null, "users", e.users()));
        m.add(new RunMetric("train", null, "seconds", fitSeconds));
        for (int i = 0; i < losses.length; i++) {
            m.add(new RunMetric("train", i + 1, "loss", losses[i]));
        }
        return m;
    }
}
