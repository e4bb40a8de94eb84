package io.campaignlab.engine.runs;

import java.util.Locale;

/** Where a training run stands. */
public enum RunStatus {
    RUNNING, COMPLETED, FAILED, CANCELLED, INTERRUPTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus parse(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
