package io.campaignlab.engine.recommend;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.crossdomain.CrossDomainService;
import io.campaignlab.engine.recommend.session.SessionRecommendService;
import io.campaignlab.engine.runs.RunArtifact;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.io.IOException;
import java.nio.file.Path;
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
        RunArtifact artifact = workspace.runs().artifacts(runId).stream()
                .filter(a -> a.path().toString().endsWith(".rec.zip")).findFirst()
                .orElseThrow(() -> new NoSuchElementException("run " + runId + " has no saved recommender (status "
                        + run.status().id() + ")"));
        Path file = workspace.folder().resolve(artifact.path());
        String sha = RecommenderArtifact.sha256(file);
        if (!sha.equals(artifact.sha256())) {
            throw new IOException(file + " has changed since run " + runId + " saved it (SHA-256 mismatch)");
        }
        RecommenderArtifact saved = RecommenderArtifact.read(file);
        DatasetInfo dataset = workspace.datasets().require(run.spec().datasetName());
        String warning = dataset.sha256().equals(run.spec().datasetSha256()) ? null : "dataset "
                + dataset.name() + " has changed since run " + runId + " was trained";
        InteractionLog log = RecommendTrainingJob.load(workspace, dataset, saved.request().weights(), progress,
                cancel);
        int user = log.user(rawUser);
        if (user < 0) {
            throw new NoSuchElementException("user " + rawUser + " has no events in " + dataset.name());
        }
        // the model's item order, from raw ids
        java.util.Map<String, Integer> modelIndex = new java.util.HashMap<>();
        for (int i = 0; i < saved.itemIds().size(); i++) {
            modelIndex.put(saved.itemIds().get(i), i);
        }
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
        // fold-in rows want ascending items
        Integer[] boxed = new Integer[hist.length];
        for (int i = 0; i < hist.length; i++) {
            boxed[i] = i;
        }
        java.util.Arrays.sort(boxed, java.util.Comparator.comparingInt(items::get));
        for (int i = 0; i < hist.length; i++) {
            hist[i] = items.get(boxed[i]);
            vals[i] = values.get(boxed[i]);
        }
        ItemRecommender model = saved.model();
        List<UserRecommendations.Recommendation> recs = new ArrayList<>();
        for (ScoredItem s : model.recommend(-1, hist, vals, k, exclude)) {
            List<UserRecommendations.Because> because = new ArrayList<>();
            for (ItemRecommender.Reason r : model.explain(-1, hist, vals, s.item(), 3)) {
                if (r.contribution() > 0) {
                    because.add(new UserRecommendations.Because(saved.itemIds().get(r.item()), r.contribution()));
                }
            }
            recs.add(new UserRecommendations.Recommendation(saved.itemIds().get(s.item()), s.score(), because));
        }
        List<UserRecommendations.Event> history = new ArrayList<>();
        for (int e = log.end(user) - 1; e >= log.start(user) && history.size() < historyShown; e--) {
            history.add(new UserRecommendations.Event(log.itemId(log.itemOf(e)), log.timeOf(e), log.weightOf(e),
                    log.isPurchase(e)));
        }
        return new UserRecommendations(runId, run.spec().modelKind(), rawUser, history, recs, warning);
    }
}
