package io.campaignlab.persistence.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.json.Json;

/**
 * The stored form of a {@link BinaryEvaluation}: its record components as JSON, nested records as objects. Only
 * record components are written (not derived flags such as a bin's {@code isEmpty()}); NaN (an empty calibration
 * bin) and infinity (the ROC curve's first threshold) are written as the strings {@code "NaN"} and
 * {@code "Infinity"} and read back as numbers. Unknown fields are ignored, so a newer build's extra figures do not
 * make an evaluation unreadable.
 */
public final class EvaluationJson {

    private static final ObjectMapper MAPPER = Json.recordComponentsOnly();

    private EvaluationJson() {
    }

    public static String write(BinaryEvaluation evaluation) {
        try {
            return MAPPER.writeValueAsString(evaluation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an evaluation as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static BinaryEvaluation read(String json) {
        try {
            return MAPPER.readValue(json, BinaryEvaluation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt stored evaluation: " + e.getOriginalMessage(), e);
        }
    }
}
