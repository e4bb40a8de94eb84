package io.campaignlab.views.jobs;

import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.engine.runs.RunStatus;

/** Which stored runs a section can use: model runs, model runs with a saved model, recommendation runs. */
public final class RunKinds {

    private RunKinds() {
    }

    /** A run of a click-through model family this build knows (not a recommendation or uplift run). */
    public static boolean model(RunRecord record) {
        String kind = record.spec().modelKind();
        if (kind == null) {
            return false;
        }
        try {
            ModelKind.parse(kind);
            return true;
        } catch (IllegalArgumentException other) {
            return false;
        }
    }

    /** A completed model run whose model was saved, which can score, be explained and be checked for drift. */
    public static boolean savedModel(RunRecord record, RunRepository runs) {
        return record.status() == RunStatus.COMPLETED && model(record) && !runs.artifacts(record.id()).isEmpty();
    }

    /** A recommendation run: its model kind starts with {@code rec-}. */
    public static boolean recommender(RunRecord record) {
        String kind = record.spec().modelKind();
        return kind != null && kind.startsWith("rec-");
    }
}
