package io.campaignlab.app.bench;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.als.AlsRecommender;
import io.campaignlab.engine.recommend.bpr.BprRecommender;
import io.campaignlab.engine.recommend.bpr.BprSettings;
import io.campaignlab.engine.recommend.evaluation.PairedDifference;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.evaluation.EvaluationSplit;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.ItemRecommender;
import io.campaignlab.engine.recommend.PopularityRecommender;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluator;
import io.campaignlab.engine.recommend.evaluation.RankingMetrics;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.simulate.SimulationJob;
import io.campaignlab.engine.simulate.SimulationSpec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The sweep behind the ALS and BPR defaults: on simulator events (leave-last-out, purchase target, full ranking),
 * each setting's recall@20 and NDCG@20, and its gain over popularity with the paired per-user standard error. The
 * defaults were chosen on seed 42; {@code SimulatedRecommendersTest} checks them on seed 7.
 */
public final class RecommenderSweep {

    public static final int K = 20;

    /** One setting's figures; the gains are against popularity, with their paired standard errors. */
    public record Result(String setting, double recall, double ndcg, double fitSeconds, double recallGain,
                         double recallGainSe, double ndcgGain, double ndcgGainSe) {
    }

    /** Per evaluated user, the recall and NDCG of one model's top-K list. */
    private record PerUser(double[] recall, double[] ndcg, double seconds) {
    }

    private final EvaluationSplit split;
    private final PerUser popularity;

    private RecommenderSweep(EvaluationSplit split) {
        this.split = split;
        this.popularity = evaluate(new PopularityRecommender(false), spec(RecommenderKind.POP));
    }

    /**
     * Simulates {@code users} over {@code days} with {@code seed} into a temporary workspace, then evaluates every
     * setting of the families in {@code families} ("als", "bpr"), telling {@code each} as it goes.
     */
    public static List<Result> run(int users, int days, long seed, List<String> families, Consumer<Result> each)
            throws IOException {
        EvaluationSplit split = EvaluationSplit.of(simulatedEvents(users, days, seed),
                EvaluationProtocol.leaveLastOut(K));
        RecommenderSweep sweep = new RecommenderSweep(split);
        List<Result> results = new ArrayList<>();
        Consumer<Result> collect = r -> {
            results.add(r);
            each.accept(r);
        };
        if (families.contains("als")) {
            sweep.als(collect);
        }
        if (families.contains("bpr")) {
            sweep.bpr(collect);
        }
        return results;
    }

    private static InteractionLog simulatedEvents(int users, int days, long seed) throws IOException {
        try (ScratchFolder scratch = ScratchFolder.create("campaign-lab-bench-recommenders");
             WorkspaceServices services = WorkspaceServices.open(scratch.path().resolve("ws"))) {
            SimulationSpec spec = SimulationSpec.builder().setUsers(users).setDays(days).setSeed(seed)
                    .optImpressionsPerUser(0.1).build();
            new SimulationJob(spec, services.sink(), "").run(ProgressListener.none(), new CancellationToken());
            return InteractionLog.read(services.frames(), services.datasets().require("events"), EventWeights.defaults(),
                    ProgressListener.none(), new CancellationToken());
        }
    }

    private void als(Consumer<Result> each) {
        for (int f : new int[] {8, 32, 64}) {
            for (double reg : new double[] {5, 20, 50, 200}) {
                for (double alpha : new double[] {0.5, 1, 5, 20}) {
                    RecommenderSpec s = spec(RecommenderKind.ALS).withFactors(f).withAls(reg, alpha, 3);
                    each.accept(result(String.format(Locale.ROOT, "als f=%d λ=%s α=%s", f, reg, alpha),
                            new AlsRecommender().optTrackLoss(false), s));
                }
            }
        }
    }

    private void bpr(Consumer<Result> each) {
        for (int f : new int[] {16, 32, 64}) {
            for (double reg : new double[] {1e-3, 1e-2, 3e-2, 1e-1}) {
                for (int epochs : new int[] {10, 20}) {
                    RecommenderSpec s = spec(RecommenderKind.BPR).withFactors(f)
                            .withBpr(BprSettings.defaults().withRegularization(reg).withEpochs(epochs));
                    each.accept(result(String.format(Locale.ROOT, "bpr f=%d λ=%s epochs=%d", f, reg, epochs),
                            new BprRecommender(), s));
                }
            }
        }
    }

    private Result result(String setting, ItemRecommender model, RecommenderSpec spec) {
        PerUser m = evaluate(model, spec);
        PairedDifference recallGain = PairedDifference.of(m.recall(), popularity.recall());
        PairedDifference ndcgGain = PairedDifference.of(m.ndcg(), popularity.ndcg());
        return new Result(setting, mean(m.recall()), mean(m.ndcg()), m.seconds(), recallGain.mean(),
                recallGain.standardError(), ndcgGain.mean(), ndcgGain.standardError());
    }

    private PerUser evaluate(ItemRecommender model, RecommenderSpec spec) {
        long started = System.nanoTime();
        model.fit(split.train(), spec, ProgressListener.none(), new CancellationToken());
        double seconds = (System.nanoTime() - started) / 1e9;
        int[][] lists = RankingEvaluator.topLists(model, split, spec.threads(), ProgressListener.none(),
                new CancellationToken());
        int n = split.evaluatedUsers();
        double[] recall = new double[n];
        double[] ndcg = new double[n];
        int p = 0;
        for (int u = 0; u < lists.length; u++) {
            if (split.targets()[u] != null) {
                recall[p] = RankingMetrics.recall(lists[u], split.targets()[u], K);
                ndcg[p] = RankingMetrics.ndcg(lists[u], split.targets()[u], K);
                p++;
            }
        }
        return new PerUser(recall, ndcg, seconds);
    }

    /** The settings the sweep holds fixed: two threads and seed 7, as the acceptance test. */
    private static RecommenderSpec spec(RecommenderKind kind) {
        return RecommenderSpec.defaults(kind).withThreads(2).withSeed(7);
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

}
