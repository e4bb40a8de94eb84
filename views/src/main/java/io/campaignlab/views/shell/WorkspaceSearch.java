package io.campaignlab.views.shell;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.JsonFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the top bar's search finds in a workspace: datasets whose name contains the text, then runs by id ({@code 3},
 * {@code #3}, {@code run 3}), model kind, dataset, status or any value of their parameters (the label, the arms of
 * an uplift run...). Recommendation runs open in Recommend, uplift runs in Experiments, the others in Models. Does
 * I/O: call it off the UI thread.
 */
final class WorkspaceSearch {

    /** At most this many results. */
    static final int LIMIT = 12;

    private WorkspaceSearch() {
    }

    static List<SearchHit> find(WorkspaceContext workspace, String text) {
        String needle = text.trim().toLowerCase(Locale.ROOT);
        List<SearchHit> hits = new ArrayList<>();
        if (needle.isEmpty()) {
            return hits;
        }
        for (DatasetInfo dataset : workspace.datasets().list()) {
            if (hits.size() < LIMIT && dataset.name().toLowerCase(Locale.ROOT).contains(needle)) {
                hits.add(SearchHit.dataset(dataset.name()));
            }
        }
        for (RunRecord run : workspace.runs().list()) {
            if (hits.size() < LIMIT && matches(run, needle)) {
                hits.add(hit(run));
            }
        }
        return hits;
    }

    private static boolean matches(RunRecord run, String needle) {
        String id = String.valueOf(run.id());
        if (needle.equals(id) || needle.equals("#" + id) || needle.replace(" ", "").equals("run" + id)) {
            return true;
        }
        NewRun spec = run.spec();
        List<String> words = new ArrayList<>(JsonFields.values(spec.paramsJson()));
        words.add(spec.modelKind());
        words.add(spec.datasetName());
        words.add(run.status().id());
        return words.stream().anyMatch(w -> w != null && w.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** "Run #3 deepfm · impressions · label clicked · completed", opened where its kind is shown. */
    private static SearchHit hit(RunRecord run) {
        NewRun spec = run.spec();
        String kind = spec.modelKind() == null ? "" : spec.modelKind();
        Map<String, String> params = JsonFields.of(spec.paramsJson());
        String label = params.getOrDefault("label", params.get("spec.outcome"));
        String text = "Run #" + run.id() + " " + kind + " · " + spec.datasetName()
                + (label == null ? "" : " · label " + label) + " · " + run.status().id();
        Section section = kind.startsWith("rec-") ? Section.RECOMMEND
                : kind.startsWith("uplift-") ? Section.EXPERIMENTS : Section.MODELS;
        return SearchHit.run(text, section, run.id());
    }
}
