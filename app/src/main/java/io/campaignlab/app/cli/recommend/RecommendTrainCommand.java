package io.campaignlab.app.cli.recommend;

import io.campaignlab.app.command.SeedOption;
import io.campaignlab.app.command.TuneOptions;
import io.campaignlab.engine.recommend.search.RecommenderSearch;
import io.campaignlab.engine.recommend.search.RecommenderSearchSpace;
import io.campaignlab.engine.recommend.search.Tuning;
import io.campaignlab.engine.tuning.SearchResult;
import java.util.HashSet;
import java.util.Set;
import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.recommend.bpr.BprSettings;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.session.Gru4RecSpec;
import io.campaignlab.engine.recommend.session.NextItemEvaluation;
import io.campaignlab.engine.recommend.session.SessionOutcome;
import io.campaignlab.engine.recommend.session.SessionRequest;
import io.campaignlab.engine.recommend.session.SessionTrainingJob;
import io.campaignlab.engine.recommend.evaluation.BaselineComparison;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.RecommendRequest;
import io.campaignlab.engine.recommend.RecommendTrainingJob;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train", description = "Fit a recommender on the training part of a protocol, rank every"
        + " unseen item for every test user, and record the run with its metrics and model. With --tune auto (the"
        + " default) the settings that matter (als: λ, α, factors; bpr: factors, L2; itemknn: neighbours, shrinkage;"
        + " cdr: source weight, λ) are chosen by NDCG@K on a validation part nested inside training, and the test"
        + " part is evaluated once with the choice.")
public final class RecommendTrainCommand extends WorkspaceCommand {

    @Option(names = "--dataset", required = true, description = "An events dataset (user_id, item_id, timestamp, event_type roles).")
    String dataset;

    @Option(names = "--model", required = true, description = "pop, recent, itemknn, als, bpr, gru4rec or sasrec (session"
            + " models; always evaluated with session-next-item) or cdr (cross-domain, needs --source).")
    String model;

    @Mixin
    CrossDomainOptions cdr;

    @Mixin
    SplitOptions split;

    @Option(names = "--k", defaultValue = "20", description = "Metric cut-off (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--allow-repurchase", description = "Let bought items be recommended again.")
    boolean allowRepurchase;

    @Mixin
    FactorisationOptions als;

    @Mixin
    NeighbourOptions knn;

    @Option(names = "--recent-days", defaultValue = "7", description = "Recent popularity window (default ${DEFAULT-VALUE}).")
    int recentDays;

    @Mixin
    SgdOptions sgd;

    @Option(names = "--device", defaultValue = "auto", description = "BPR, gru4rec and sasrec: auto (the GPU when present), cpu or gpu"
            + " (default ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--threads", description = "Worker threads (default: the available cores; results do not depend on it).")
    Integer threads;

    @Mixin
    SeedOption seed;

    @Mixin
    TuneOptions tune;

    @Mixin
    Gru4RecNetworkOptions network;

    @Option(names = "--session-gap", defaultValue = "30", description = "gru4rec and sasrec without a session_id column: minutes of inactivity that end a session (default ${DEFAULT-VALUE}).")
    int sessionGap;

    @Option(names = "--test-fraction", defaultValue = "0.2", description = "gru4rec and sasrec: share of sessions, the latest by start, held out (default ${DEFAULT-VALUE}).")
    double testFraction;

    private BprSettings bprSettings(RecommenderKind kind) {
        BprSettings b = BprSettings.defaults().withDevice(device);
        if (sgd.epochs != null) {
            b = b.withEpochs(sgd.epochs);
        }
        if (sgd.learningRate != null) {
            b = b.withLearningRate(sgd.learningRate);
        }
        if (sgd.negatives != null) {
            b = b.withNegatives(sgd.negatives);
        }
        if (sgd.batchSize != null) {
            b = b.withBatchSize(sgd.batchSize);
        }
        if (kind == RecommenderKind.BPR && als.regularization != null) {
            b = b.withRegularization(als.regularization);
        }
        return b;
    }

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        RecommenderKind kind = RecommenderKind.parse(model);
        if (kind.session()) {
            return trainSessionModel(services, output, kind);
        }
        RecommenderSpec defaults = RecommenderSpec.defaults(kind);
        RecommenderSpec recommender = defaults.withFactors(als.factors == null ? defaults.factors() : als.factors)
                .withIterations(als.iterations)
                .withAls(kind != RecommenderKind.BPR && als.regularization != null ? als.regularization
                        : defaults.regularization(), als.alpha == null ? defaults.alpha() : als.alpha, 3)
                .withKnn(knn.neighbours == null ? defaults.neighbours() : knn.neighbours,
                        knn.shrinkage == null ? defaults.shrinkage() : knn.shrinkage)
                .withRecentDays(recentDays).withSeed(seed.seed())
                .withBpr(bprSettings(kind));
        if (threads != null) {
            recommender = recommender.withThreads(threads);
        }
        Tuning tuning = tuning(kind);
        if (kind == RecommenderKind.CDR || cdr.source != null) {
            return CrossDomainTrain.run(this, services, output, options().json(), dataset, cdr.source, recommender,
                    cdr.coldShare, k, cdr.sourceWeight == null ? 1.0 : cdr.sourceWeight, kind, tuning);
        }
        EvaluationProtocol p = new EvaluationProtocol(EvaluationProtocol.Kind.parse(split.protocol),
                EvaluationProtocol.Target.parse(split.target), split.cut, k, allowRepurchase);
        RecommendRequest request = new RecommendRequest(dataset, recommender, p, EventWeights.defaults());
        RecommendOutcome outcome = runJob(services, new RecommendTrainingJob(services, request, tuning));
        SearchResult search = RecommenderSearch.of(services.runs(), outcome.runId()).orElse(null);
        RankingEvaluation e = outcome.evaluation();
        BaselineComparison vsPopularity = services.runs().report(outcome.runId(),
                RecommendTrainingJob.BASELINE_REPORT_KIND, "").map(r -> ReportJson.read(r.json(),
                        BaselineComparison.class)).orElse(null);
        if (options().json()) {
            output.json(RecommendJson.RankingRun.of(outcome, kind.runKind(), p, vsPopularity, search));
            return 0;
        }
        SearchLines.print(output, search);
        output.line("Run %d: %s on %s, %s (target %s), %s test users, %s items", outcome.runId(), kind.label(),
                dataset, p.kind().id(), p.target().id(), Output.count(e.users()), Output.count(e.catalogue()));
        output.line("recall@%d %.4f  ndcg@%d %.4f  mrr@%d %.4f  hit_rate@%d %.4f  coverage@%d %.4f"
                + "  popularity_bias %.3f", k, e.recall(), k, e.ndcg(), k, e.mrr(), k, e.hitRate(), k,
                e.coverage(), e.popularityBias());
        if (vsPopularity != null) {
            output.line("Against popularity on the same %s users:", Output.count(vsPopularity.users()));
            output.line("  recall@%d %s", k, vsPopularity.recall().describe());
            output.line("  ndcg@%d   %s", k, vsPopularity.ndcg().describe());
        }
        output.line("%.1f s (fit %.1f s)", outcome.seconds(), outcome.fitSeconds());
        return 0;
    }

    /** --tune and --budget, with the settings given explicitly fixed (out of the search). */
    private Tuning tuning(RecommenderKind kind) {
        if (!tune.auto()) {
            return Tuning.off();
        }
        Set<String> fixed = new HashSet<>();
        if (als.factors != null) {
            fixed.add(RecommenderSearchSpace.FACTORS);
        }
        if (als.regularization != null) {
            fixed.add(kind == RecommenderKind.BPR ? RecommenderSearchSpace.L2 : RecommenderSearchSpace.REGULARIZATION);
        }
        if (als.alpha != null) {
            fixed.add(RecommenderSearchSpace.ALPHA);
        }
        if (knn.neighbours != null) {
            fixed.add(RecommenderSearchSpace.NEIGHBOURS);
        }
        if (knn.shrinkage != null) {
            fixed.add(RecommenderSearchSpace.SHRINKAGE);
        }
        if (cdr.sourceWeight != null) {
            fixed.add(RecommenderSearchSpace.SOURCE_WEIGHT);
        }
        return Tuning.auto(tune.budgetOr(RecommenderSearchSpace.defaultBudget(kind)), fixed);
    }

    private int trainSessionModel(WorkspaceServices services, Output output, RecommenderKind kind)
            throws Exception {
        EvaluationProtocol.Kind asked = EvaluationProtocol.Kind.parse(split.protocol);
        if (asked == EvaluationProtocol.Kind.CHRONOLOGICAL) {
            throw new IllegalArgumentException(kind.id() + " is evaluated with the session-next-item protocol"
                    + " (--test-fraction sets its split), not " + asked.id());
        }
        Gru4RecSpec gru = new Gru4RecSpec(network.embedding, network.hidden, sgd.epochs == null ? 5 : sgd.epochs,
                sgd.batchSize == null ? 256 : sgd.batchSize, sgd.learningRate == null ? 0.01 : sgd.learningRate,
                network.maxLength, network.dropout,
                0.0, 2, seed.seed(), device, kind == RecommenderKind.SASREC ? Gru4RecSpec.SASREC : Gru4RecSpec.GRU4REC);
        EvaluationProtocol p = EvaluationProtocol.sessionNextItem(k, testFraction);
        SessionRequest request = new SessionRequest(dataset, gru, p, sessionGap);
        SessionOutcome outcome = runJob(services, new SessionTrainingJob(services, request));
        NextItemEvaluation e = outcome.model();
        if (options().json()) {
            output.json(RecommendJson.SessionRun.of(outcome, kind.runKind(), p, testFraction));
            return 0;
        }
        output.line("Run %d: %s on %s, session-next-item (last %.0f%% of sessions), %s test sessions, %s"
                + " predictions, %s items", outcome.runId(), kind.label(), dataset,
                100 * testFraction, Output.count(e.sessions()), Output.count(e.predictions()),
                Output.count(e.catalogue()));
        output.line("Sessions: %s", outcome.sessionSource());
        for (NextItemEvaluation x : concat(e, outcome.baselines())) {
            output.line("  %-15s recall@%d %.4f  mrr@%d %.4f  ndcg@%d %.4f  coverage@%d %.4f", x.model(), k,
                    x.recall(), k, x.mrr(), k, x.ndcg(), k, x.coverage());
        }
        output.line("%.1f s (fit %.1f s on %s)", outcome.seconds(), outcome.history().seconds(),
                outcome.history().device());
        return 0;
    }

    private static java.util.List<NextItemEvaluation> concat(NextItemEvaluation first,
                                                            java.util.List<NextItemEvaluation> rest) {
        java.util.List<NextItemEvaluation> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
