package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.json.Json;

/** A decision and its trace as JSON with snake_case keys and ISO times: the API's body and the log's trace column. */
public final class DecisionJson {

    private DecisionJson() {
    }

    public static String write(Object value) {
        return Json.write(Json.snakeCaseIsoTimes(), value);
    }

    public static Decision readDecision(String json) {
        return Json.read(Json.snakeCaseIsoTimes(), json, Decision.class);
    }
}
