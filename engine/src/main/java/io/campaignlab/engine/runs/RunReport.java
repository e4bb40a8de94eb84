package io.campaignlab.engine.runs;

import java.time.Instant;
import java.util.Objects;

/**
 * An analysis of a run kept with it, such as its global explanation or a drift report, as JSON.
 *
 * @param runId     the run
 * @param kind      what it is, e.g. {@code explain} or {@code drift}
 * @param key       which one of that kind, e.g. the current window of a drift report; {@code ""} when only one
 * @param createdAt when it was computed
 * @param json      the report
 */
public record RunReport(long runId, String kind, String key, Instant createdAt, String json) {

    public RunReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(json, "json");
        if (kind.isBlank() || kind.length() > 40) {
            throw new IllegalArgumentException("a report kind needs 1 to 40 characters, not '" + kind + "'");
        }
        if (key.length() > 300) {
            throw new IllegalArgumentException("a report key has at most 300 characters");
        }
    }
}
