package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.recommend.BprSettings;
import io.campaignlab.engine.recommend.EvaluationProtocol;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.RankingEvaluation;
import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.RecommendRequest;
import io.campaignlab.engine.recommend.RecommendService;
import io.campaignlab.engine.recommend.RecommendTrainingJob;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.UserRecommendations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.Instant;

/** {@code campaign-lab recommend train|for}: implicit-feedback recommenders, evaluated by full ranking. */
@Command(name = "recommend", description = "Train and evaluate recommenders on an events dataset; recommend for a user.",
        subcommands = {RecommendCommand.Train.class, RecommendCommand.For.class})
final class RecommendCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "train", description = "Fit a recommender on the training part of a protocol, rank every"
            + " unseen item for every test user, and record the run with its metrics and model.")
    static final class Train extends WorkspaceCommand {

        @Option(names = "--dataset", required = true, description = "An events dataset (user_id, item_id, timestamp, event_type roles).")
        String dataset;

        @Option(names = "--model", required = true, description = "pop, recent, itemknn, als or bpr.")
        String model;

        @Option(names = "--protocol", defaultValue = "leave-last-out", description = "leave-last-out or chronological (default ${DEFAULT-VALUE}).")
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
                + BprSettings.DEFAULT_EPOCHS + ").")
        Integer epochs;

        @Option(names = "--learning-rate", description = "BPR Adam step size (default 0.01).")
        Double learningRate;

        @Option(names = "--negatives", description = "BPR negatives per positive and epoch (default 1).")
        Integer negatives;

        @Option(names = "--batch-size", description = "BPR triples per step (default 512).")
        Integer batchSize;

        @Option(names = "--device", defaultValue = "auto", description = "BPR: auto (the GPU when present), cpu or gpu"
                + " (default ${DEFAULT-VALUE}).")
        String device;

        @Option(names = "--threads", description = "Worker threads (default: the available cores; results do not depend on it).")
        Integer threads;

        @Option(names = "--seed", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
        long seed;

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
            RecommenderSpec defaults = RecommenderSpec.defaults(kind);
            RecommenderSpec recommender = defaults.withFactors(factors == null ? defaults.factors() : factors)
                    .withIterations(iterations)
                    .withAls(kind != RecommenderKind.BPR && regularization != null ? regularization
                            : defaults.regularization(), alpha, 3)
                    .withKnn(neighbours, shrinkage).withRecentDays(recentDays).withSeed(seed)
                    .withBpr(bprSettings(kind));
            if (threads != null) {
                recommender = recommender.withThreads(threads);
            }
            EvaluationProtocol p = new EvaluationProtocol(EvaluationProtocol.Kind.parse(protocol),
                    EvaluationProtocol.Target.parse(target), cut, k, allowRepurchase);
            RecommendRequest request = new RecommendRequest(dataset, recommender, p, EventWeights.defaults());
            ConsoleProgress progress = ConsoleProgress.forTerminal(err());
            RecommendOutcome outcome;
            try {
                outcome = services.runner().run(new RecommendTrainingJob(services, request), progress,
                        new CancellationToken());
            } finally {
                progress.done();
            }
            RankingEvaluation e = outcome.evaluation();
            if (options().json()) {
                ObjectNode node = Output.object();
                node.put("run", outcome.runId());
                node.put("model", kind.runKind());
                node.put("protocol", p.kind().id());
                ObjectNode spec = node.putObject("protocol_spec");
                spec.put("kind", p.kind().id());
                spec.put("target", p.target().id());
                spec.put("cut_fraction", p.cutFraction());
                spec.put("k", p.k());
                spec.put("allow_repurchase", p.allowRepurchase());
                ObjectNode metrics = node.putObject("metrics");
                metrics.put("recall@" + k, e.recall());
                metrics.put("ndcg@" + k, e.ndcg());
                metrics.put("mrr@" + k, e.mrr());
                metrics.put("hit_rate@" + k, e.hitRate());
                metrics.put("coverage@" + k, e.coverage());
                metrics.put("popularity_bias", e.popularityBias());
                node.put("users", e.users());
                node.put("items", e.catalogue());
                node.put("fit_seconds", outcome.fitSeconds());
                if (outcome.secondsPerIteration().length > 0) {
                    ArrayNode s = node.putArray("seconds_per_iteration");
                    for (double v : outcome.secondsPerIteration()) {
                        s.add(v);
                    }
                    ArrayNode l = node.putArray("loss");
                    for (double v : outcome.losses()) {
                        l.add(v);
                    }
                }
                node.put("seconds", outcome.seconds());
                output.json(node);
                return 0;
            }
            output.line("Run %d: %s on %s, %s (target %s), %s test users, %s items", outcome.runId(), kind.label(),
                    dataset, p.kind().id(), p.target().id(), Output.count(e.users()), Output.count(e.catalogue()));
            output.line("recall@%d %.4f  ndcg@%d %.4f  mrr@%d %.4f  hit_rate@%d %.4f  coverage@%d %.4f"
                    + "  popularity_bias %.3f", k, e.recall(), k, e.ndcg(), k, e.mrr(), k, e.hitRate(), k,
                    e.coverage(), e.popularityBias());
            output.line("%.1f s (fit %.1f s)", outcome.seconds(), outcome.fitSeconds());
            return 0;
        }
    }

    @Command(name = "for", description = "A user's recent history and the top items of a stored recommendation run,"
            + " with the history items behind each.")
    static final class For extends WorkspaceCommand {

        @Parameters(index = "0", paramLabel = "USER", description = "The user's id as in the dataset.")
        String user;

        @Option(names = "--run", required = true, description = "A recommendation run.")
        long run;

        @Option(names = "--k", defaultValue = "10", description = "Recommendations (default ${DEFAULT-VALUE}).")
        int k;

        @Option(names = "--history", defaultValue = "10", description = "Recent events shown (default ${DEFAULT-VALUE}).")
        int history;

        @Override
        protected int run(WorkspaceServices services, Output output) throws Exception {
            ConsoleProgress progress = ConsoleProgress.forTerminal(err());
            UserRecommendations recs;
            try {
                recs = RecommendService.forUser(services, run, user, k, history, progress, new CancellationToken());
            } finally {
                progress.done();
            }
            if (options().json()) {
                output.json(recs);
                return 0;
            }
            if (recs.warning() != null) {
                output.line("Note: %s.", recs.warning());
            }
            output.line("User %s, run %d (%s). Recent history, newest first:", recs.user(), recs.run(), recs.model());
            for (UserRecommendations.Event e : recs.history()) {
                output.line("  %-24s item %-10s weight %.0f%s", Instant.ofEpochMilli(e.epochMillis()), e.item(),
                        e.weight(), e.purchase() ? "  (bought)" : "");
            }
            output.line("Recommendations:");
            int rank = 1;
            for (UserRecommendations.Recommendation r : recs.recommendations()) {
                output.line("%3d. item %-10s score %.4f%s", rank++, r.item(), r.score(), r.because().isEmpty() ? ""
                        : "  because you interacted with " + String.join(" and ", r.because().stream()
                        .map(UserRecommendations.Because::item).toList()));
            }
            return 0;
        }
    }
}
