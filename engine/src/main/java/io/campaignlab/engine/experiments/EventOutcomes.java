package io.campaignlab.engine.experiments;

import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.segments.customers.CustomerLoader;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-unit outcomes from an events log, for an assignment table read out as an A/B test: each unit's events at or
 * after its assignment (all of them when the assignment has no time) become {@code converted} (1 when it has a
 * purchase), {@code purchases}, {@code revenue} (the summed amount of its purchases), {@code clicks}, {@code views}
 * and {@code events}. Event types are read as the segments do (view, click, purchase and their synonyms). Units
 * without events get zeros, as a unit that did nothing should.
 */
public final class EventOutcomes {

    /** The metrics this computes, in display order. */
    public static final List<String> METRICS = List.of("converted", "purchases", "revenue", "clicks", "views",
            "events");

    private EventOutcomes() {
    }

    /**
     * @param units      the unit id per assignment row
     * @param assignedAt epoch millis per assignment row, or null to count every event
     * @param users      the unit id per event
     * @param types      the event type per event (null entries count only towards {@code events})
     * @param times      epoch millis per event
     * @param amounts    the amount per event (price or revenue), or null for no revenue
     * @return each metric's value per assignment row
     */
    public static Map<String, double[]> perUnit(String[] units, long[] assignedAt, String[] users, String[] types,
                                                long[] times, double[] amounts) {
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < units.length; i++) {
            if (units[i] != null && row.putIfAbsent(units[i], i) != null) {
                throw new IllegalArgumentException("unit " + units[i] + " has more than one assignment row (rows "
                        + (row.get(units[i]) + 1) + " and " + (i + 1) + "); the events cannot be split between them");
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String m : METRICS) {
            out.put(m, new double[units.length]);
        }
        for (int e = 0; e < users.length; e++) {
            Integer r = users[e] == null ? null : row.get(users[e]);
            if (r == null || (assignedAt != null && (times[e] == FrameColumn.MISSING_TIME
                    || times[e] < assignedAt[r]))) {
                continue;
            }
            out.get("events")[r]++;
            String type = types[e] == null ? "" : types[e].trim().toLowerCase(Locale.ROOT);
            if (CustomerLoader.PURCHASES.contains(type)) {
                out.get("purchases")[r]++;
                out.get("converted")[r] = 1;
                if (amounts != null && !Double.isNaN(amounts[e])) {
                    out.get("revenue")[r] += amounts[e];
                }
            } else if (CustomerLoader.CLICKS.contains(type)) {
                out.get("clicks")[r]++;
            } else if (CustomerLoader.VIEWS.contains(type)) {
                out.get("views")[r]++;
            }
        }
        return out;
    }
}
