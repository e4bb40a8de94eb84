package io.campaignlab.app.cli.recommend;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.campaignlab.engine.recommend.crossdomain.CrossDomainOutcome;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.session.NextItemEvaluation;
import io.campaignlab.engine.recommend.evaluation.RankingCurve;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;
import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.session.SessionOutcome;

import io.campaignlab.engine.tuning.SearchResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --json} results of {@code recommend train}: one record per kind of run, written by the CLI's mapper
 * (snake_case names). Metric names carry their cut-off ({@code recall@20}), so metrics are maps.
 */
final class RecommendJson {

    private RecommendJson() {
    }

    /** A ranking run (pop, recent, itemknn, als, bpr). Curve and per-iteration figures only where the run has them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RankingRun(long run, String model, String protocol, RankingProtocol protocolSpec,
                      Map<String, Double> metrics, Curve curve, int users, int items, double fitSeconds,
                      double[] secondsPerIteration, double[] loss, double seconds,
                      @com.fasterxml.jackson.annotation.JsonInclude(
                              com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                      io.campaignlab.engine.recommend.evaluation.BaselineComparison vsPopularity,
                      SearchResult search) {

        static RankingRun of(RecommendOutcome outcome, String model, EvaluationProtocol p) {
            return of(outcome, model, p, null, null);
        }

        /** With the paired bootstrap against popularity, when the run kept one. */
        static RankingRun of(RecommendOutcome outcome, String model, EvaluationProtocol p,
                             io.campaignlab.engine.recommend.evaluation.BaselineComparison vsPopularity,
                             SearchResult search) {
            RankingEvaluation e = outcome.evaluation();
            boolean iterations = outcome.secondsPerIteration().length > 0;
            return new RankingRun(outcome.runId(), model, p.kind().id(), new RankingProtocol(p.kind().id(),
                    p.target().id(), p.cutFraction(), p.k(), p.allowRepurchase()), rankingMetrics(e, p.k()),
                    e.hasCurve() ? Curve.of(e.curve()) : null, e.users(), e.catalogue(), outcome.fitSeconds(),
                    iterations ? outcome.secondsPerIteration() : null, iterations ? outcome.losses() : null,
                    outcome.seconds(), vsPopularity, search);
        }
    }

    record RankingProtocol(String kind, String target, double cutFraction, int k, boolean allowRepurchase) {
    }

    /** recall, ndcg and hit rate at every cut-off from 1 to maxK. */
    record Curve(int maxK, double[] recall, double[] ndcg, double[] hitRate) {

        static Curve of(RankingCurve c) {
            int n = c.maxK();
            double[] recall = new double[n];
            double[] ndcg = new double[n];
            double[] hitRate = new double[n];
            for (int at = 1; at <= n; at++) {
                recall[at - 1] = c.recallAt(at);
                ndcg[at - 1] = c.ndcgAt(at);
                hitRate[at - 1] = c.hitRateAt(at);
            }
            return new Curve(n, recall, ndcg, hitRate);
        }
    }

    /** A session (gru4rec) run, beside its baselines. */
    record SessionRun(long run, String model, String protocol, SessionProtocol protocolSpec,
                      Map<String, Double> metrics, Map<String, Map<String, Double>> baselines, int testSessions,
                      long predictions, int items, int trainSessions, String device, double fitSeconds,
                      List<Double> loss, double seconds) {

        static SessionRun of(SessionOutcome outcome, String model, EvaluationProtocol p, double testFraction) {
            NextItemEvaluation e = outcome.model();
            Map<String, Map<String, Double>> baselines = new LinkedHashMap<>();
            outcome.baselines().forEach(b -> baselines.put(b.model(), nextItemMetrics(b, p.k())));
            return new SessionRun(outcome.runId(), model, p.kind().id(), new SessionProtocol(p.kind().id(),
                    testFraction, p.k(), outcome.sessionSource()), nextItemMetrics(e, p.k()), baselines, e.sessions(),
                    e.predictions(), e.catalogue(), outcome.trainSessions(), outcome.history().device(),
                    outcome.history().seconds(), outcome.history().epochs().stream().map(x -> x.loss()).toList(),
                    outcome.seconds());
        }
    }

    record SessionProtocol(String kind, double testFraction, int k, String sessions) {
    }

    /** A cross-domain (cdr) run, beside target popularity; {@code search} is null when nothing was searched. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CrossDomainRun(long run, String model, String protocol, String target, String source,
                          CrossDomainProtocol protocolSpec, Map<String, Double> metrics, Baseline baseline, int users,
                          int sharedUsers, int heldOutUsers, int items, double sourceWeight, double fitSeconds,
                          double seconds, SearchResult search,
                          io.campaignlab.engine.recommend.evaluation.BaselineComparison vsPopularity) {

        static CrossDomainRun of(CrossDomainOutcome result, String model, String target, String source,
                                 EvaluationProtocol p, long seed, double sourceWeight, SearchResult search,
                                 io.campaignlab.engine.recommend.evaluation.BaselineComparison vsPopularity) {
            RecommendOutcome outcome = result.outcome();
            RankingEvaluation e = outcome.evaluation();
            return new CrossDomainRun(outcome.runId(), model, p.kind().id(), target, source,
                    new CrossDomainProtocol(p.kind().id(), p.target().id(), p.cutFraction(), p.k(), seed),
                    rankingMetrics(e, e.k()), new Baseline("target popularity", rankingMetrics(result.baseline(),
                    result.baseline().k())), e.users(), result.shared(), result.heldOut(), e.catalogue(),
                    sourceWeight, outcome.fitSeconds(), outcome.seconds(), search, vsPopularity);
        }
    }

    record CrossDomainProtocol(String kind, String target, double coldShare, int k, long seed) {
    }

    record Baseline(String model, Map<String, Double> metrics) {
    }

    /** A ranking evaluation's figures at cut-off k. */
    static Map<String, Double> rankingMetrics(RankingEvaluation e, int k) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("recall@" + k, e.recall());
        m.put("ndcg@" + k, e.ndcg());
        m.put("mrr@" + k, e.mrr());
        m.put("hit_rate@" + k, e.hitRate());
        m.put("coverage@" + k, e.coverage());
        m.put("popularity_bias", e.popularityBias());
        return m;
    }

    /** A next-item evaluation's figures at cut-off k. */
    static Map<String, Double> nextItemMetrics(NextItemEvaluation e, int k) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("recall@" + k, e.recall());
        m.put("mrr@" + k, e.mrr());
        m.put("ndcg@" + k, e.ndcg());
        m.put("coverage@" + k, e.coverage());
        m.put("popularity_bias", e.popularityBias());
        return m;
    }
}
