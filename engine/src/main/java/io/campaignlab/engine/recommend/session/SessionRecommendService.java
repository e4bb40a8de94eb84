package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.ScoredItem;
import io.campaignlab.engine.recommend.ServedRuns;
import io.campaignlab.engine.recommend.UserRecommendations;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Serves a stored session-model run: loads its artifact (checking the SHA-256), finds the user's latest session in
 * the run's dataset (sessions formed as in training), scores every item as its next click and explains each of the
 * top items by occlusion: the session clicks whose removal lowers the item's score most. Every item is a candidate,
 * as in the evaluation (a click on an item already in the session can come next).
 */
public final class SessionRecommendService {

    private SessionRecommendService() {
    }

    public static UserRecommendations forUser(WorkspaceContext workspace, long runId, String rawUser, int k,
                                              int historyShown, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        RunRecord run = workspace.runs().require(runId);
        SessionModelArtifact saved = SessionModelArtifact.read(ServedRuns.artifact(workspace, run, ".gru4rec.zip",
                "session model"));
        DatasetInfo dataset = workspace.datasets().require(run.spec().datasetName());
        String warning = ServedRuns.changedWarning(dataset, run);
        UserSessions sessions = UserSessions.read(workspace.frames(), dataset, saved.request().gapMinutes(), progress,
                cancel);
        int latest = sessions.latestSessionOf(rawUser);
        if (latest < 0) {
            throw new NoSuchElementException("user " + rawUser + " has no events in " + dataset.name());
        }
        Map<String, Integer> modelIndex = ServedRuns.itemIndex(saved.itemIds());
        List<Integer> known = new ArrayList<>();
        for (int i : sessions.sessions().sessions()[latest]) {
            Integer m = modelIndex.get(sessions.sessions().itemIds().get(i));
            if (m != null) {
                known.add(m);
            }
        }
        if (known.isEmpty()) {
            throw new NoSuchElementException("user " + rawUser + "'s latest session has no item that run " + runId
                    + " was trained on");
        }
        int[] session = known.stream().mapToInt(Integer::intValue).toArray();
        List<UserRecommendations.Recommendation> recs = new ArrayList<>();
        try (Gru4RecModel model = saved.load()) {
            float[] scores = model.nextScores(session);
            double[] asDouble = new double[scores.length];
            for (int i = 0; i < scores.length; i++) {
                asDouble[i] = scores[i];
            }
            for (ScoredItem s : ScoredItem.top(asDouble, k, null)) {
                List<UserRecommendations.Because> because = new ArrayList<>();
                for (SessionExplanations.Occlusion o : SessionExplanations.occlusion(model, session, s.item(), 3)) {
                    if (o.drop() > 0) {
                        because.add(new UserRecommendations.Because(saved.itemIds().get(o.item()), o.drop()));
                    }
                }
                recs.add(new UserRecommendations.Recommendation(saved.itemIds().get(s.item()), s.score(), because));
            }
        }
        InteractionLog log = InteractionLog.read(workspace.frames(), dataset, EventWeights.defaults(), progress, cancel);
        List<UserRecommendations.Event> history = ServedRuns.recentEvents(log, log.user(rawUser), historyShown);
        return new UserRecommendations(runId, run.spec().modelKind(), rawUser, history, recs, warning);
    }
}
