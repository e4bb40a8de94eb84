package io.campaignlab.engine.recommend.crossdomain;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.ItemRecommender;
import io.campaignlab.engine.recommend.RecommenderArtifact;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.ScoredItem;
import io.campaignlab.engine.recommend.ServedRuns;
import io.campaignlab.engine.recommend.UserRecommendations;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Serves a stored cross-domain run: loads its artifact (checking the SHA-256), reads the user's history in the
 * target and the source dataset, folds the joint history in and ranks every target item the user has not
 * interacted with in the target domain. Source items in reasons and history are shown as {@code source:item}.
 */
public final class CrossDomainService {

    private CrossDomainService() {
    }

    /** The stored run parameters this needs. */
    record SourceParams(String sourceDataset, String sourceSha256) {

        @SuppressWarnings("unchecked")
        static SourceParams of(RunRecord run) {
            Map<String, Object> params = ReportJson.read(run.spec().paramsJson(), Map.class);
            Object name = params.get(CrossDomainTrainingJob.SOURCE_DATASET);
            if (name == null) {
                throw new IllegalArgumentException("run " + run.id() + " does not name its source dataset");
            }
            Object sha = params.get(CrossDomainTrainingJob.SOURCE_SHA256);
            return new SourceParams(name.toString(), sha == null ? null : sha.toString());
        }
    }

    public static UserRecommendations forUser(WorkspaceContext workspace, long runId, String rawUser, int k,
                                              int historyShown, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        RunRecord run = workspace.runs().require(runId);
        if (!run.spec().modelKind().equals(RecommenderKind.CDR.runKind())) {
            throw new IllegalArgumentException("run " + runId + " is a " + run.spec().modelKind()
                    + " run, not a cross-domain recommender");
        }
        RecommenderArtifact saved = RecommenderArtifact.read(ServedRuns.artifact(workspace, run, ".rec.zip",
                "recommender"));
        CrossDomainAlsRecommender model = (CrossDomainAlsRecommender) saved.model();
        SourceParams params = SourceParams.of(run);
        DatasetInfo target = workspace.datasets().require(run.spec().datasetName());
        DatasetInfo source = workspace.datasets().require(params.sourceDataset());
        List<String> changed = new ArrayList<>();
        if (!target.sha256().equals(run.spec().datasetSha256())) {
            changed.add(target.name());
        }
        if (params.sourceSha256() != null && !source.sha256().equals(params.sourceSha256())) {
            changed.add(source.name());
        }
        String warning = changed.isEmpty() ? null : "dataset " + String.join(" and ", changed)
                + " changed since run " + runId + " was trained";
        EventWeights weights = saved.request().weights();
        InteractionLog targetLog = InteractionLog.read(workspace.frames(), target, weights, progress, cancel);
        InteractionLog sourceLog = InteractionLog.read(workspace.frames(), source, weights, progress, cancel);
        int tu = targetLog.user(rawUser);
        int su = sourceLog.user(rawUser);
        if (tu < 0 && su < 0) {
            throw new NoSuchElementException("user " + rawUser + " has no events in " + target.name() + " or "
                    + source.name());
        }
        List<String> ids = saved.itemIds();
        int targetItems = model.targetItems();
        Map<String, Integer> targetIndex = new HashMap<>();
        Map<String, Integer> sourceIndex = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            (i < targetItems ? targetIndex : sourceIndex).put(ids.get(i), i < targetItems ? i : i - targetItems);
        }
        Row t = row(targetLog, tu, targetIndex);
        Row s = row(sourceLog, su, sourceIndex);
        CrossDomainAlsRecommender.History h = model.jointHistory(t.items(), t.values(), s.items(), s.values());
        BitSet exclude = new BitSet(targetItems);
        for (int i : t.items()) {
            exclude.set(i);
        }
        String sourcePrefix = source.name() + ":";
        List<UserRecommendations.Recommendation> recs = new ArrayList<>();
        for (ScoredItem item : model.recommend(-1, h.items(), h.values(), k, exclude)) {
            List<UserRecommendations.Because> because = new ArrayList<>();
            for (ItemRecommender.Reason r : model.explain(-1, h.items(), h.values(), item.item(), 3)) {
                if (r.contribution() > 0) {
                    because.add(new UserRecommendations.Because(r.item() < targetItems ? ids.get(r.item())
                            : sourcePrefix + ids.get(r.item()), r.contribution()));
                }
            }
            recs.add(new UserRecommendations.Recommendation(ids.get(item.item()), item.score(), because));
        }
        List<UserRecommendations.Event> history = new ArrayList<>();
        addHistory(history, targetLog, tu, "");
        addHistory(history, sourceLog, su, sourcePrefix);
        history.sort(Comparator.comparingLong(UserRecommendations.Event::epochMillis).reversed());
        return new UserRecommendations(runId, run.spec().modelKind(), rawUser,
                List.copyOf(history.subList(0, Math.min(historyShown, history.size()))), recs, warning);
    }

    /** A user's row in model item order, ascending; items the model does not know are left out. */
    private record Row(int[] items, float[] values) {
    }

    private static Row row(InteractionLog log, int user, Map<String, Integer> index) {
        if (user < 0) {
            return new Row(new int[0], new float[0]);
        }
        Map<Integer, Float> cells = new java.util.TreeMap<>();
        for (int e = log.start(user); e < log.end(user); e++) {
            Integer m = index.get(log.itemId(log.itemOf(e)));
            if (m != null) {
                cells.merge(m, log.weightOf(e), Float::sum);
            }
        }
        int[] items = new int[cells.size()];
        float[] values = new float[cells.size()];
        int p = 0;
        for (Map.Entry<Integer, Float> c : cells.entrySet()) {
            items[p] = c.getKey();
            values[p] = c.getValue();
            p++;
        }
        return new Row(items, values);
    }

    private static void addHistory(List<UserRecommendations.Event> out, InteractionLog log, int user, String prefix) {
        if (user < 0) {
            return;
        }
        for (int e = log.start(user); e < log.end(user); e++) {
            out.add(new UserRecommendations.Event(prefix + log.itemId(log.itemOf(e)), log.timeOf(e), log.weightOf(e),
                    log.isPurchase(e)));
        }
    }
}
