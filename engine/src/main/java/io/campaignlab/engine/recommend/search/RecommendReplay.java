package io.campaignlab.engine.recommend.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.RecommendRequest;
import io.campaignlab.engine.recommend.RecommendTrainingJob;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.crossdomain.CrossDomainRequest;
import io.campaignlab.engine.recommend.crossdomain.CrossDomainTrainingJob;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.engine.workspace.WorkspaceJob;

/**
 * A recorded recommender run as a new job with the same dataset(s), settings as given, protocol, event weights,
 * seed and {@link Tuning}: a searched run replays its search (the same seeded trials, hence the same choice when the
 * data are the same) and then its one test evaluation. Runs recorded before the search existed replay with tune off.
 */
public final class RecommendReplay {

    private RecommendReplay() {
    }

    /** The replaying job: a {@link RecommendTrainingJob} or, for cdr, a {@link CrossDomainTrainingJob}. */
    public static WorkspaceJob<?> of(WorkspaceContext workspace, RunRecord run) {
        RecommenderKind kind = RecommenderKind.parse(run.spec().modelKind());
        if (kind.session()) {
            throw new IllegalArgumentException("run " + run.id() + " is a session model (" + kind.id() + "); reproduce"
                    + " replays ranking and cross-domain recommender runs and CTR runs only");
        }
        JsonNode params = ReportJson.read(run.spec().paramsJson(), JsonNode.class);
        RecommenderSpec spec = ReportJson.read(params.path("spec").toString(), RecommenderSpec.class);
        EventWeights weights = params.has("event_weights")
                ? ReportJson.read(params.get("event_weights").toString(), EventWeights.class)
                : EventWeights.defaults();
        Tuning tuning = params.hasNonNull(RecommendTrainingJob.TUNING_PARAM)
                ? ReportJson.read(params.get(RecommendTrainingJob.TUNING_PARAM).toString(), Tuning.class)
                : Tuning.off();
        EvaluationProtocol protocol = ReportJson.read(run.spec().splitJson(), EvaluationProtocol.class);
        if (kind == RecommenderKind.CDR) {
            CrossDomainRequest request = new CrossDomainRequest(run.spec().datasetName(),
                    params.path(CrossDomainTrainingJob.SOURCE_DATASET).asText(), spec, protocol, weights,
                    params.path("source_weight").asDouble(1.0));
            return new CrossDomainTrainingJob(workspace, request, tuning);
        }
        return new RecommendTrainingJob(workspace, new RecommendRequest(run.spec().datasetName(), spec, protocol,
                weights), tuning);
    }
}
