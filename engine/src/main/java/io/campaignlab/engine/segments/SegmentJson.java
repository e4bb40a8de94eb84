package io.campaignlab.engine.segments;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.engine.json.Json;

/**
 * Segment definitions, parameters, provenance and results (records of plain values) to JSON and back, with
 * snake_case keys, dates as ISO text and NaN kept as {@code "NaN"}.
 */
public final class SegmentJson {

    private static final ObjectMapper MAPPER = Json.snakeCaseIsoTimes();

    private SegmentJson() {
    }

    public static String write(Object value) {
        return Json.write(MAPPER, value);
    }

    public static <T> T read(String json, Class<T> type) {
        return Json.read(MAPPER, json, type);
    }
}
