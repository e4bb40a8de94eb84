package io.campaignlab.engine.recommend;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.runs.RunArtifact;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What the services that answer for a user from a stored run share: the run's saved model file, checked against the
 * SHA-256 the run recorded; the warning when the run's dataset has changed since; the model's item index; and the
 * user's recent events.
 */
public final class ServedRuns {

    private ServedRuns() {
    }

    /**
     * The run's saved model file whose name ends in {@code suffix}.
     *
     * @param what the model as people call it, for the error, e.g. {@code recommender}
     * @throws NoSuchElementException when the run saved none
     * @throws IOException            when the file has changed since the run saved it
     */
    public static Path artifact(WorkspaceContext workspace, RunRecord run, String suffix, String what)
            throws IOException {
        long runId = run.id();
        RunArtifact artifact = workspace.runs().artifacts(runId).stream()
                .filter(a -> a.path().toString().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("run " + runId + " has no saved " + what + " (status "
                        + run.status().id() + ")"));
        Path file = workspace.folder().resolve(artifact.path());
        if (!RecommenderArtifact.sha256(file).equals(artifact.sha256())) {
            throw new IOException(file + " has changed since run " + runId + " saved it (SHA-256 mismatch)");
        }
        return file;
    }

    /** A warning when the run's dataset has changed since the run was trained on it, else null. */
    public static String changedWarning(DatasetInfo dataset, RunRecord run) {
        return dataset.sha256().equals(run.spec().datasetSha256()) ? null : "dataset " + dataset.name()
                + " has changed since run " + run.id() + " was trained";
    }

    /** Each item id's index in a model's item order. */
    public static Map<String, Integer> itemIndex(List<String> itemIds) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < itemIds.size(); i++) {
            index.put(itemIds.get(i), i);
        }
        return index;
    }

    /** The user's most recent events, newest first, at most {@code limit}. */
    public static List<UserRecommendations.Event> recentEvents(InteractionLog log, int user, int limit) {
        List<UserRecommendations.Event> history = new ArrayList<>();
        for (int e = log.end(user) - 1; e >= log.start(user) && history.size() < limit; e--) {
            history.add(new UserRecommendations.Event(log.itemId(log.itemOf(e)), log.timeOf(e), log.weightOf(e),
                    log.isPurchase(e)));
        }
        return history;
    }
}
