package io.campaignlab.engine.recommend;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.crossdomain.CrossDomainService;
import io.campaignlab.engine.recommend.session.SessionRecommendService;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Serves a stored recommendation run for one user: a user × item run through {@link StoredRecommender} (opened for
 * this one answer), a session or cross-domain run through its own service, with the same popularity fallback for a
 * user that model cannot rank for.
 */
public final class RecommendService {

    private RecommendService() {
    }

    public static UserRecommendations forUser(WorkspaceContext workspace, long runId, String rawUser, int k,
                                              int historyShown, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        return forUser(workspace, runId, rawUser, k, historyShown, null, null, progress, cancel);
    }

    /**
     * A user's recommendations with the items named from an items dataset. A user the model cannot rank for (unknown,
     * or with no history the model knows) gets the most popular items instead, within {@code category} when given,
     * marked as the fallback; history items the model does not know are skipped and listed.
     *
     * @param category     for the fallback: only items of this category, or null
     * @param itemsDataset the items dataset to name items from, or null for the one named {@code items} if any
     */
    public static UserRecommendations forUser(WorkspaceContext workspace, long runId, String rawUser, int k,
                                              int historyShown, String category, String itemsDataset,
                                              ProgressListener progress, CancellationToken cancel)
            throws IOException {
        RunRecord run = StoredRecommender.requireRecommender(workspace, runId);
        if (StoredRecommender.holds(run)) {
            return StoredRecommender.open(workspace, runId, itemsDataset, progress, cancel)
                    .forUser(rawUser, k, historyShown, category, true);
        }
        DatasetInfo dataset = workspace.datasets().require(run.spec().datasetName());
        ItemCatalog catalog = ItemCatalog.load(workspace, itemsDataset, InteractionLog.Columns.of(dataset).item(),
                cancel);
        UserRecommendations recs;
        try {
            recs = run.spec().modelKind().equals(RecommenderKind.CDR.runKind())
                    ? CrossDomainService.forUser(workspace, runId, rawUser, k, historyShown, progress, cancel)
                    : SessionRecommendService.forUser(workspace, runId, rawUser, k, historyShown, progress, cancel);
        } catch (NoSuchElementException e) {
            InteractionLog log = InteractionLog.read(workspace.frames(), dataset, EventWeights.defaults(), progress,
                    cancel);
            int user = log.user(rawUser);
            recs = new UserRecommendations(run.id(), run.spec().modelKind(), rawUser,
                    user < 0 ? List.of() : ServedRuns.recentEvents(log, user, historyShown),
                    ColdStart.popular(log, user, k, category, catalog), ServedRuns.changedWarning(dataset, run),
                    ColdStart.label(category), List.of(), Map.of());
        }
        return recs.withItems(catalog.of(recs));
    }
}
