package io.campaignlab.engine.recommend;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.crossdomain.CrossDomainService;
import io.campaignlab.engine.recommend.session.SessionRecommendService;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Serves a stored recommendation run: loads its artifact (checking the SHA-256), reads the user's whole history
 * from the run's dataset, folds the user in and ranks every item the user has not interacted with (bought items
 * stay excluded unless the run's protocol allows repurchase).
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
        RunRecord run = workspace.runs().require(runId);
        if (!run.spec().modelKind().startsWith("rec-") && !run.spec().modelKind().equals(
                RecommenderKind.CDR.runKind())) {
            throw new IllegalArgumentException("run " + runId + " is a " + run.spec().modelKind()
                    + " run, not a recommender");
        }
        DatasetInfo dataset = workspace.datasets().require(run.spec().datasetName());
        ItemCatalog catalog = ItemCatalog.load(workspace, itemsDataset, InteractionLog.Columns.of(dataset).item(),
                cancel);
        UserRecommendations recs = ranked(workspace, run, dataset, rawUser, k, historyShown, category, catalog,
                progress, cancel);
        return recs.withItems(catalog.of(recs));
    }

    private static UserRecommendations ranked(WorkspaceContext workspace, RunRecord run, DatasetInfo dataset,
                                              String rawUser, int k, int historyShown, String category,
                                              ItemCatalog catalog, ProgressListener progress,
                                              CancellationToken cancel) throws IOException {
        long runId = run.id();
        boolean cdr = run.spec().modelKind().equals(RecommenderKind.CDR.runKind());
        if (cdr || RecommenderKind.GRU4REC.runKind().equals(run.spec().modelKind())) {
            try {
                return cdr ? CrossDomainService.forUser(workspace, runId, rawUser, k, historyShown, progress, cancel)
                        : SessionRecommendService.forUser(workspace, runId, rawUser, k, historyShown, progress,
                        cancel);
            } catch (NoSuchElementException e) {
                InteractionLog log = InteractionLog.read(workspace.frames(), dataset, EventWeights.defaults(),
                        progress, cancel);
                return fallback(run, dataset, log, rawUser, k, historyShown, category, catalog, List.of());
            }
        }
        RecommenderArtifact saved = RecommenderArtifact.read(ServedRuns.artifact(workspace, run, ".rec.zip",
                "recommender"));
        InteractionLog log = InteractionLog.read(workspace.frames(), dataset, saved.request().weights(), progress,
                cancel);
        int user = log.user(rawUser);
        UserRow row = user < 0 ? null : UserRow.of(log, user, saved);
        List<String> skipped = row == null ? List.of() : row.skipped();
        if (row == null || row.items().length == 0) {
            return fallback(run, dataset, log, rawUser, k, historyShown, category, catalog, skipped);
        }
        return new UserRecommendations(runId, run.spec().modelKind(), rawUser,
                ServedRuns.recentEvents(log, user, historyShown), recommendations(saved, row, k),
                ServedRuns.changedWarning(dataset, run), null, skipped, java.util.Map.of());
    }

    private static UserRecommendations fallback(RunRecord run, DatasetInfo dataset, InteractionLog log,
                                                String rawUser, int k, int historyShown, String category,
                                                ItemCatalog catalog, List<String> skipped) {
        int user = log.user(rawUser);
        return new UserRecommendations(run.id(), run.spec().modelKind(), rawUser,
                user < 0 ? List.of() : ServedRuns.recentEvents(log, user, historyShown),
                ColdStart.popular(log, user, k, category, catalog), ServedRuns.changedWarning(dataset, run),
                ColdStart.label(category), skipped, java.util.Map.of());
    }

    /** The top {@code k} items for the user's row, each with the history items behind it. */
    private static List<UserRecommendations.Recommendation> recommendations(RecommenderArtifact saved, UserRow row,
                                                                           int k) {
        ItemRecommender model = saved.model();
        List<UserRecommendations.Recommendation> recs = new ArrayList<>();
        for (ScoredItem s : model.recommend(-1, row.items(), row.values(), k, row.exclude())) {
            List<UserRecommendations.Because> because = new ArrayList<>();
            for (ItemRecommender.Reason r : model.explain(-1, row.items(), row.values(), s.item(), 3)) {
                if (r.contribution() > 0) {
                    because.add(new UserRecommendations.Because(saved.itemIds().get(r.item()), r.contribution()));
                }
            }
            recs.add(new UserRecommendations.Recommendation(saved.itemIds().get(s.item()), s.score(), because));
        }
        return recs;
    }

    /**
     * A user's interactions in the model's item order, ascending (as fold-in wants them), with the items to leave
     * out of the recommendations: every one, or every one not bought when the protocol allows repurchase.
     */
    private record UserRow(int[] items, float[] values, BitSet exclude, List<String> skipped) {

        static UserRow of(InteractionLog log, int user, RecommenderArtifact saved) {
            java.util.Map<String, Integer> modelIndex = ServedRuns.itemIndex(saved.itemIds());
            InteractionMatrix all = log.matrix();
            List<Integer> items = new ArrayList<>();
            List<Float> values = new ArrayList<>();
            BitSet exclude = new BitSet(saved.itemIds().size());
            boolean repurchase = saved.request().protocol().allowRepurchase();
            List<String> skipped = new ArrayList<>();
            for (int c = all.rowStart(user); c < all.rowEnd(user); c++) {
                Integer m = modelIndex.get(log.itemId(all.column(c)));
                if (m == null) {
                    skipped.add(log.itemId(all.column(c)));
                    continue;
                }
                items.add(m);
                values.add(all.value(c));
                if (!(repurchase && all.bought(c))) {
                    exclude.set(m);
                }
            }
            int[] hist = new int[items.size()];
            float[] vals = new float[items.size()];
            Integer[] boxed = new Integer[hist.length];
            for (int i = 0; i < hist.length; i++) {
                boxed[i] = i;
            }
            java.util.Arrays.sort(boxed, java.util.Comparator.comparingInt(items::get));
            for (int i = 0; i < hist.length; i++) {
                hist[i] = items.get(boxed[i]);
                vals[i] = values.get(boxed[i]);
            }
            return new UserRow(hist, vals, exclude, skipped);
        }
    }
}
