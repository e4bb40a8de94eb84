package io.campaignlab.engine.recommend.search;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.ItemRecommender;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.crossdomain.ColdStartSplit;
import io.campaignlab.engine.recommend.crossdomain.CrossDomainAlsRecommender;
import io.campaignlab.engine.recommend.evaluation.EvaluationSplit;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluator;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.engine.tuning.RandomSearch;
import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.engine.tuning.SearchSpace;
import io.campaignlab.engine.tuning.Trial;
import io.campaignlab.engine.tuning.TrialObjective;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The settings search of a recommender run: {@link RandomSearch} over {@link RecommenderSearchSpace}, each trial
 * fitted on the validation part's training matrix and scored by NDCG@K (the protocol's K, 20 by default) on the
 * validation part's held-out items, ranked over every candidate item as the test evaluation ranks. The seed of the
 * draw is the run's seed. A run records the result as a report of kind {@value #REPORT_KIND}; {@link #of} reads it
 * back.
 */
public final class RecommenderSearch {

    /** The report kind of a recommender run's {@link SearchResult}. */
    public static final String REPORT_KIND = "search";

    private RecommenderSearch() {
    }

    /** The validation metric's name, for example {@code val_ndcg@20}. */
    public static String metric(int k) {
        return "val_ndcg@" + k;
    }

    /** The search of a recorded run, if it searched: one call from the run id. */
    public static Optional<SearchResult> of(RunRepository runs, long runId) {
        return runs.report(runId, REPORT_KIND, "").map(r -> ReportJson.read(r.json(), SearchResult.class));
    }

    /** Whether a run with these settings searches anything. */
    public static boolean searches(RecommenderKind kind, Tuning tuning) {
        return tuning.auto() && !RecommenderSearchSpace.of(kind, tuning.fixed()).dimensions().isEmpty();
    }

    /**
     * Searches a single-domain recommender (itemknn, als, bpr) on the validation part; empty when the run does not
     * search (tune off, or every setting fixed, or nothing to search).
     */
    public static Optional<SearchResult> single(RecommenderSpec base, Tuning tuning,
                                                HeldOutParts<EvaluationSplit> parts, Consumer<Trial> onTrial,
                                                ProgressListener progress, CancellationToken cancel) {
        if (!searches(base.kind(), tuning)) {
            return Optional.empty();
        }
        progress.message("Choosing the settings on the validation part");
        EvaluationSplit validation = parts.validation();
        requireUsers(validation.evaluatedUsers());
        TrialObjective objective = point -> {
            ItemRecommender model = base.kind().create();
            model.fit(validation.train(), RecommenderSearchSpace.apply(base, point), ProgressListener.none(), cancel);
            return ndcg(model, validation, base.threads(), cancel);
        };
        return Optional.of(search(base, tuning, validation.protocol().k()).run(objective, onTrial, progress,
                cancel));
    }

    /** Searches cdr's source weight and λ on the validation cold users; empty when the run does not search. */
    public static Optional<SearchResult> crossDomain(RecommenderSpec base, double sourceWeight, Tuning tuning,
                                                     HeldOutParts<ColdStartSplit> parts, Consumer<Trial> onTrial,
                                                     ProgressListener progress, CancellationToken cancel) {
        if (!searches(RecommenderKind.CDR, tuning)) {
            return Optional.empty();
        }
        progress.message("Choosing the settings on the validation cold users");
        ColdStartSplit validation = parts.validation();
        requireUsers(validation.split().evaluatedUsers());
        TrialObjective objective = point -> {
            CrossDomainAlsRecommender model = new CrossDomainAlsRecommender(
                    RecommenderSearchSpace.sourceWeight(point, sourceWeight));
            model.fit(validation.data(), RecommenderSearchSpace.apply(base, point), ProgressListener.none(), cancel);
            return ndcg(model, validation.split(), base.threads(), cancel);
        };
        return Optional.of(search(base, tuning, validation.split().protocol().k()).run(objective, onTrial, progress,
                cancel));
    }

    private static RandomSearch search(RecommenderSpec base, Tuning tuning, int k) {
        SearchSpace space = RecommenderSearchSpace.of(base.kind(), tuning.fixed());
        return new RandomSearch(space, tuning.budget() == null ? RecommenderSearchSpace.defaultBudget(base.kind())
                : tuning.budget(), base.seed(), metric(k), true);
    }

    /** NDCG@K of a fitted model on a split's held-out items. */
    static double ndcg(ItemRecommender model, EvaluationSplit split, int threads, CancellationToken cancel) {
        int[][] lists = RankingEvaluator.topLists(model, split, threads, ProgressListener.none(), cancel);
        return RankingEvaluator.summarise(split, lists, 0).ndcg();
    }

    private static void requireUsers(int users) {
        if (users == 0) {
            throw new IllegalArgumentException("the validation part has no user to score the settings on (too few"
                    + " relevant events before the test part); train with --tune off and explicit settings");
        }
    }
}
