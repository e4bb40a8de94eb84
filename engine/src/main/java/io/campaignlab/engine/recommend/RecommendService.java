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
        RunRecord run = workspace.runs().require(runId);
        if (run.spec().modelKind().equals(RecommenderKind.CDR.runKind())) {
            return CrossDomainService.forUser(workspace, runId, rawUser, k, historyShown, progress, cancel);
        }
        if (!run.spec().modelKind().startsWith("rec-")) {
            throw new IllegalArgumentException("run " + runId + " is a " + run.spec().modelKind()
                    + " run, not a recommender");
        }
        if (RecommenderKind.GRU4REC.runKind().equals(run.spec().modelKind())) {
            return SessionRecommendService.forUser(workspace, runId, rawUser, k, historyShown, progress, cancel);
        }
        RecommenderArtifact saved = RecommenderArtifact.read(ServedRuns.artifact(workspace, run, ".rec.zip",
                "recommender"));
        DatasetInfo dataset = workspace.datasets().require(run.spec().datasetName());
        InteractionLog log = InteractionLog.read(workspace.frames(), dataset, saved.request().weights(), progress,
                cancel);
        int user = log.user(rawUser);
        if (user < 0) {
            throw new NoSuchElementException("user " + rawUser + " has no events in " + dataset.name());
        }
        return new UserRecommendations(runId, run.spec().modelKind(), rawUser,
                ServedRuns.recentEvents(log, user, historyShown),
                recommendations(saved, UserRow.of(log, user, saved), k), ServedRuns.changedWarning(dataset, run));
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
    private record UserRow(int[] items, float[] values, BitSet exclude) {

        static UserRow of(InteractionLog log, int user, RecommenderArtifact saved) {
            java.util.Map<String, Integer> modelIndex = ServedRuns.itemIndex(saved.itemIds());
            InteractionMatrix all = log.matrix();
            List<Integer> items = new ArrayList<>();
            List<Float> values = new ArrayList<>();
            BitSet exclude = new BitSet(saved.itemIds().size());
            boolean repurchase = saved.request().protocol().allowRepurchase();
            for (int c = all.rowStart(user); c < all.rowEnd(user); c++) {
                Integer m = modelIndex.get(log.itemId(all.column(c)));
                if (m == null) {
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
            return new UserRow(hist, vals, exclude);
        }
    }
}
