package io.campaignlab.views.campaigns;

import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.views.jobs.RunKinds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stored run an offer can name, as the designer's run pickers list it: a completed recommender run for a
 * recommendation's slots, or a completed model run with a saved model for an ad's CTR ranking and a dynamic
 * discount's response at each level. The kinds come from the shared {@link RunKinds}.
 *
 * @param label {@code #12 deepfm on impressions}
 */
public record RunChoice(long id, String label, Use use) {

    /** What an offer uses a run for. */
    public enum Use {
        RECOMMENDER, MODEL
    }

    @Override
    public String toString() {
        return label;
    }

    /** The runs of a workspace an offer can use, newest first (reads the runs: call it on a worker thread). */
    static List<RunChoice> of(RunRepository runs) {
        List<RunChoice> out = new ArrayList<>();
        for (RunRecord r : runs.list()) {
            String label = String.format(Locale.ROOT, "#%d %s on %s", r.id(), r.spec().modelKind(),
                    r.spec().datasetName());
            if (RunKinds.recommender(r) && r.status() == io.campaignlab.engine.runs.RunStatus.COMPLETED) {
                out.add(new RunChoice(r.id(), label, Use.RECOMMENDER));
            } else if (RunKinds.savedModel(r, runs)) {
                out.add(new RunChoice(r.id(), label, Use.MODEL));
            }
        }
        return out;
    }

    /** The runs of one use, in order. */
    static List<RunChoice> of(List<RunChoice> all, Use use) {
        return all.stream().filter(r -> r.use() == use).toList();
    }
}
