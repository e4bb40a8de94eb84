package io.campaignlab.app.serve;

import io.campaignlab.engine.json.Json;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads request bodies strictly: at most {@value #MAX_BODY} bytes, JSON nested at most {@value #MAX_DEPTH} deep, no
 * unknown field, no trailing content, no NaN or infinity, context values flat (text, finite number or boolean).
 */
final class ApiBodies {

    /** The largest body accepted, in bytes. */
    static final int MAX_BODY = 64 * 1024;
    /** A larger body is read and discarded up to this many bytes, so the client gets its 413 rather than a reset. */
    static final long MAX_DRAINED = 32L * 1024 * 1024;
    static final int MAX_DEPTH = Json.REQUEST_MAX_DEPTH;
    static final int MAX_CONTEXT = 100;

    private static final ObjectMapper STRICT = Json.strictRequests();

    /** {@code POST /v1/decide}. */
    record DecideBody(@JsonProperty("user_id") String userId, @JsonProperty("context") Map<String, Object> context,
                      @JsonProperty("campaign") String campaign) {
    }

    /** {@code POST /v1/feedback}. */
    record FeedbackBody(@JsonProperty("decision_id") String decisionId, @JsonProperty("event") String event,
                        @JsonProperty("value") Double value) {
    }

    private ApiBodies() {
    }

    static <T> T parse(InputStream body, Class<T> type) {
        byte[] bytes = read(body);
        if (bytes.length == 0) {
            throw new ApiError(400, "the request has no body; send a JSON object");
        }
        try {
            return STRICT.readValue(bytes, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ApiError(400, "unknown field '" + e.getPropertyName() + "'; known fields: "
                    + e.getKnownPropertyIds());
        } catch (MismatchedInputException e) {
            String at = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : String.valueOf(r.getIndex())).collect(Collectors.joining("."));
            throw new ApiError(400, at.isEmpty() ? "the body must be a JSON object of the documented fields"
                    : at + " has the wrong type");
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiError(400, "cannot read the request: " + e.getMessage());
        }
    }

    static DecideBody decide(InputStream body) {
        DecideBody b = parse(body, DecideBody.class);
        Map<String, Object> context = b.context() == null ? Map.of() : b.context();
        if (context.size() > MAX_CONTEXT) {
            throw new ApiError(400, "context has " + context.size() + " fields; at most " + MAX_CONTEXT);
        }
        context.forEach((key, value) -> {
            boolean scalar = value instanceof String || value instanceof Boolean
                    || value instanceof Number n && Double.isFinite(n.doubleValue());
            if (!scalar) {
                throw new ApiError(400, "context." + key + " must be text, a finite number or a boolean");
            }
        });
        return b;
    }

    /** The body, at most {@link #MAX_BODY} bytes; a larger one is drained up to {@link #MAX_DRAINED} and refused. */
    private static byte[] read(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) >= 0 && total <= MAX_DRAINED; ) {
                total += n;
                if (total <= MAX_BODY) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            throw new ApiError(400, "cannot read the request: " + e.getMessage());
        }
        if (total > MAX_BODY) {
            throw new ApiError(413, "the body is larger than " + MAX_BODY + " bytes");
        }
        return out.toByteArray();
    }
}
