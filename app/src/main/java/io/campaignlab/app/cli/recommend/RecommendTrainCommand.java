package io.campaignlab.app.cli.recommend;

import io.campaignlab.app.command.SeedOption;
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
        + " unseen item for every test user, and record the run with its metrics and model.")
public final class RecommendTrainCommand extends WorkspaceCommand {

    @Option(names = "--dataset", required = true, description = "An events dataset (user_id, item_id, timestamp, event_type roles).")
    String dataset;

    @Option(names = "--model", required = true, description = "pop, recent, itemknn, als, bpr, gru4rec (a"
            + " session model; always evaluated with session-next-item) or cdr (cross-domain, needs --source).")
    String model;

    @Option(names = "--source", description = "cdr: an events dataset of another domain whose user ids are the"
            + " target's (the dataset of --dataset is the target).")
    String source;

    @Option(names = "--cold-share", defaultValue = "0.2", description = "cdr: share of the users in both domains"
            + " whose target events are all held out (cold-start protocol; default ${DEFAULT-VALUE}).")
    double coldShare;

    @Option(names = "--source-weight", defaultValue = "1", description = "cdr: weight of a source event against a"
            + " target event in the joint matrix (default ${DEFAULT-VALUE}).")
    double sourceWeight;

    @Option(names = "--protocol", defaultValue = "leave-last-out", description = "leave-last-out or chronological"
            + " (default ${DEFAULT-VALUE}); gru4rec always uses session-next-item, cdr cold-start.")
    String protocol;

    @Option(names = "--target", defaultValue = "purchase", description = "Held-out events: purchase or interaction (default ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--cut", defaultValue = "0.8", description = "Chronological: share of events before the cut (default ${DEFAULT-VALUE}).")
    double cut;

    @Option(names = "--k", defaultValue = "20", description = "Metric cut-off (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--allow-repurchase", description = "Let bought items be recommended again.")
    boolean allowRepurchase;

    @Option(names = "--factors", description = "ALS and BPR factors (default 64 for ALS, 32 for BPR).")
    Integer factors;

    @Option(names = "--iterations", defaultValue = "15", description = "ALS iterations (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--regularization", description = "ALS λ (default 50); BPR L2 per sampled triple (default "
            + BprSettings.DEFAULT_REGULARIZATION + ").")
    Double regularization;

    @Option(names = "--alpha", defaultValue = "1", description = "ALS confidence 1 + α·r (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--neighbours", defaultValue = "100", description = "Item-kNN neighbours per item (default ${DEFAULT-VALUE}).")
    int neighbours;

    @Option(names = "--shrinkage", defaultValue = "10", description = "Item-kNN cosine shrinkage (default ${DEFAULT-VALUE}).")
    double shrinkage;

    @Option(names = "--recent-days", defaultValue = "7", description = "Recent popularity window (default ${DEFAULT-VALUE}).")
    int recentDays;

    @Option(names = "--epochs", description = "BPR epochs (default "
            + BprSettings.DEFAULT_EPOCHS + "); gru4rec epochs (default 5).")
    Integer epochs;

    @Option(names = "--learning-rate", description = "BPR and gru4rec Adam step size (default 0.01).")
    Double learningRate;

    @Option(names = "--negatives", description = "BPR negatives per positive and epoch (default 1).")
    Integer negatives;

    @Option(names = "--batch-size", description = "BPR triples per step (default 512); gru4rec"
            + " sessions per batch (default 256).")
    Integer batchSize;

    @Option(names = "--device", defaultValue = "auto", description = "BPR and gru4rec: auto (the GPU when present), cpu or gpu"
            + " (default ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--threads", description = "Worker threads (default: the available cores; results do not depend on it).")
    Integer threads;

    @Mixin
    SeedOption seed;

    @Option(names = "--hidden", defaultValue = "64", description = "gru4rec: GRU state width (default ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--embedding", defaultValue = "32", description = "gru4rec: item embedding width (default ${DEFAULT-VALUE}).")
    int embedding;

    @Option(names = "--max-length", defaultValue = "19", description = "gru4rec: longest training window, in clicks (default ${DEFAULT-VALUE}).")
    int maxLength;

    @Option(names = "--dropout", defaultValue = "0.1", description = "gru4rec: dropout (default ${DEFAULT-VALUE}).")
    double dropout;

    @Option(names = "--session-gap", defaultValue = "30", description = "gru4rec without a session_id column: minutes of inactivity that end a session (default ${DEFAULT-VALUE}).")
    int sessionGap;

    @Option(names = "--test-fraction", defaultValue = "0.2", description = "gru4rec: share of sessions, the latest by start, held out (default ${DEFAULT-VALUE}).")
    double testFraction;

    private BprSettings bprSettings(RecommenderKind kind) {
        BprSettings b = BprSettings.defaults().withDevice(device);
        if (epochs != null) {
            b = b.withEpochs(epochs);
        }
        if (learningRate != null) {
            b = b.withLearningRate(learningRate);
        }
        if (negatives != null) {
            b = b.withNegatives(negatives);
        }
        if (batchSize != null) {
            b = b.withBatchSize(batchSize);
        }
        if (kind == RecommenderKind.BPR && regularization != null) {
            b = b.withRegularization(regularization);
        }
        return b;
    }

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        RecommenderKind kind = RecommenderKind.parse(model);
        if (kind == RecommenderKind.GRU4REC) {
            return trainSessionModel(services, output);
        }
        RecommenderSpec defaults = RecommenderSpec.defaults(kind);
        RecommenderSpec recommender = defaults.withFactors(factors == null ? defaults.factors() : factors)
                .withIterations(iterations)
                .withAls(kind != RecommenderKind.BPR && regularization != null ? regularization
                        : defaults.regularization(), alpha, 3)
                .withKnn(neighbours, shrinkage).withRecentDays(recentDays).withSeed(seed.seed())
                .withBpr(bprSettings(kind));
        if (threads != null) {
            recommender = recommender.withThreads(threads);
        }
        if (kind == RecommenderKind.CDR || source != null) {
            return CrossDomainTrain.run(this, services, output, options().json(), dataset, source, recommender,
                    coldShare, k, sourceWeight, kind);
        }
        EvaluationProtocol p = new EvaluationProtocol(EvaluationProtocol.Kind.parse(protocol),
                EvaluationProtocol.Target.parse(target), cut, k, allowRepurchase);
        RecommendRequest request = new RecommendRequest(dataset, recommender, p, EventWeights.defaults());
        RecommendOutcome outcome = runJob(services, new RecommendTrainingJob(services, request));
        RankingEvaluation e = outcome.evaluation();
        BaselineComparison vsPopularity = services.runs().report(outcome.runId(),
                RecommendTrainingJob.BASELINE_REPORT_KIND, "").map(r -> ReportJson.read(r.json(),
                        BaselineComparison.class)).orElse(null);
        if (options().json()) {
            output.json(RecommendJson.RankingRun.of(outcome, kind.runKind(), p, vsPopularity));
            return 0;
        }
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

    private int trainSessionModel(WorkspaceServices services, Output output) throws Exception {
        EvaluationProtocol.Kind asked = EvaluationProtocol.Kind.parse(protocol);
        if (asked == EvaluationProtocol.Kind.CHRONOLOGICAL) {
            throw new IllegalArgumentException("gru4rec is evaluated with the session-next-item protocol"
                    + " (--test-fraction sets its split), not " + asked.id());
        }
        Gru4RecSpec gru = new Gru4RecSpec(embedding, hidden, epochs == null ? 5 : epochs,
                batchSize == null ? 256 : batchSize, learningRate == null ? 0.01 : learningRate, maxLength, dropout,
                0.0, 2, seed.seed(), device);
        EvaluationProtocol p = EvaluationProtocol.sessionNextItem(k, testFraction);
        SessionRequest request = new SessionRequest(dataset, gru, p, sessionGap);
        SessionOutcome outcome = runJob(services, new SessionTrainingJob(services, request));
        NextItemEvaluation e = outcome.model();
        if (options().json()) {
            output.json(RecommendJson.SessionRun.of(outcome, RecommenderKind.GRU4REC.runKind(), p, testFraction));
            return 0;
        }
        output.line("Run %d: %s on %s, session-next-item (last %.0f%% of sessions), %s test sessions, %s"
                + " predictions, %s items", outcome.runId(), RecommenderKind.GRU4REC.label(), dataset,
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
