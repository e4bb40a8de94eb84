package io.campaignlab.views.jobs;

import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.engine.runs.RunStatus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.ToLongFunction;

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

    /**
     * The completed model runs with a saved model, newest first, as a run picker lists them (read them on a worker
     * thread).
     *
     * @param row       the row of a run
     * @param idOf      the run id of a row
     * @param preferred which runs to select first, by id (those with a stored report of the section's, say)
     */
    public static <R> RunPicker.Listing<R> savedModels(RunRepository runs, Function<RunRecord, R> row,
                                                       ToLongFunction<R> idOf, LongPredicate preferred) {
        List<R> rows = new ArrayList<>();
        Set<Long> first = new HashSet<>();
        for (RunRecord record : runs.list()) {
            if (savedModel(record, runs)) {
                rows.add(row.apply(record));
                if (preferred.test(record.id())) {
                    first.add(record.id());
                }
            }
        }
        return new RunPicker.Listing<>(rows, r -> first.contains(idOf.applyAsLong(r)));
    }
}
