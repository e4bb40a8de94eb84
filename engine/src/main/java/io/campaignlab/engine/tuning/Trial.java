package io.campaignlab.engine.tuning;

import java.util.Map;

/**
 * One trial of a search.
 *
 * @param index    0 for the defaults, then in the order run
 * @param settings the settings tried (the searched ones only)
 * @param score    the validation metric, or NaN when the trial failed
 * @param seconds  how long the trial took
 * @param note     why it failed, or empty
 */
public record Trial(int index, Map<String, Object> settings, double score, double seconds, String note) {

    public Trial {
        settings = Map.copyOf(settings);
        note = note == null ? "" : note;
    }

    public boolean failed() {
        return Double.isNaN(score);
    }
}
