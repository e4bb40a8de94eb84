package io.campaignlab.engine.runs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.engine.json.Json;

/**
 * Reports (records of plain values) to JSON and back, for {@link RunReport}. NaN and infinities survive the round
 * trip as JSON strings ({@code "NaN"}), since a metric that cannot be computed is NaN, not absent.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = Json.mapper();

    private ReportJson() {
    }

    public static String write(Object value) {
        return Json.write(MAPPER, value);
    }

    public static <T> T read(String json, Class<T> type) {
        return Json.read(MAPPER, json, type);
    }
}
