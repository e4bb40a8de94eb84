package io.campaignlab.engine.runs;

import io.campaignlab.engine.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reports (records of plain values) to JSON and back, for {@link RunReport}. NaN and infinities survive the round
 * trip as JSON strings ({@code "NaN"}), since a metric that cannot be computed is NaN, not absent.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = Json.mapper();

    private ReportJson() {
    }

    public static String write(Object report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + report.getClass().getSimpleName() + " as JSON: "
                    + e.getMessage(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a stored " + type.getSimpleName() + " cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }
}
