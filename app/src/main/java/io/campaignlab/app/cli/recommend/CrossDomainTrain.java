package io.campaignlab.app.cli.recommend;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.recommend.crossdomain.CrossDomainOutcome;
import io.campaignlab.engine.recommend.crossdomain.CrossDomainRequest;
import io.campaignlab.engine.recommend.crossdomain.CrossDomainTrainingJob;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;
import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.RecommendTrainingJob;
import io.campaignlab.engine.recommend.evaluation.BaselineComparison;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.recommend.search.RecommenderSearch;
import io.campaignlab.engine.recommend.search.RecommenderSearchSpace;
import io.campaignlab.engine.recommend.search.Tuning;
import io.campaignlab.engine.tuning.SearchResult;


/** {@code recommend train --model cdr --source S}: the cross-domain run and its figures beside target popularity's. */
public final class CrossDomainTrain {

    private CrossDomainTrain() {
    }

    static int run(CliCommand command, WorkspaceServices services, Output output, boolean json, String target,
                   String source, RecommenderSpec spec, double coldShare, int k, double sourceWeight,
                   RecommenderKind kind, Tuning tuning) throws Exception {
        if (kind != RecommenderKind.CDR) {
            throw new IllegalArgumentException("--source is for the cross-domain model (--model cdr), not "
                    + kind.id());
        }
        if (source == null) {
            throw new IllegalArgumentException("--model cdr needs --source, an events dataset of another domain whose"
                    + " user ids are those of " + target);
        }
        if (!(coldShare > 0 && coldShare < 1)) {
            throw new IllegalArgumentException("--cold-share must lie strictly between 0 and 1, not " + coldShare);
        }
        EvaluationProtocol protocol = EvaluationProtocol.coldStart(coldShare, k);
        CrossDomainRequest request = new CrossDomainRequest(target, source, spec, protocol, EventWeights.defaults(),
                sourceWeight);
        CrossDomainOutcome result = command.runJob(services, new CrossDomainTrainingJob(services, request, tuning));
        SearchResult search = RecommenderSearch.of(services.runs(), result.outcome().runId()).orElse(null);
        double chosenWeight = search == null ? sourceWeight
                : RecommenderSearchSpace.sourceWeight(search.choice().settings(), sourceWeight);
        RecommendOutcome outcome = result.outcome();
        RankingEvaluation e = outcome.evaluation();
        RankingEvaluation b = result.baseline();
        BaselineComparison vsPopularity = services.runs().report(result.outcome().runId(),
                RecommendTrainingJob.BASELINE_REPORT_KIND, "").map(r -> ReportJson.read(r.json(),
                        BaselineComparison.class)).orElse(null);
        if (json) {
            output.json(RecommendJson.CrossDomainRun.of(result, kind.runKind(), target, source, protocol, spec.seed(),
                    chosenWeight, search, vsPopularity));
            return 0;
        }
        SearchLines.print(output, search);
        output.line("Run %d: %s on %s from %s, cold-start (%s of %s shared users held out), %s items",
                outcome.runId(), kind.label(), target, source, Output.count(result.heldOut()),
                Output.count(result.shared()), Output.count(e.catalogue()));
        output.line("cdr                ndcg@%d %.4f  recall@%d %.4f  hit_rate@%d %.4f  mrr@%d %.4f", k, e.ndcg(), k,
                e.recall(), k, e.hitRate(), k, e.mrr());
        output.line("target popularity  ndcg@%d %.4f  recall@%d %.4f  hit_rate@%d %.4f  mrr@%d %.4f", k, b.ndcg(), k,
                b.recall(), k, b.hitRate(), k, b.mrr());
        if (vsPopularity != null) {
            output.line("Against target popularity on the same %s cold users:", Output.count(vsPopularity.users()));
            output.line("  ndcg@%d   %s", k, vsPopularity.ndcg().describe());
        }
        output.line("%.1f s (fit %.1f s)", outcome.seconds(), outcome.fitSeconds());
        return 0;
    }
}
