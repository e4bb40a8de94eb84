package io.campaignlab.engine.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The project's one configured Jackson mapper, and the few variants some stored forms need, each derived from it.
 * <p>
 * The shared settings: {@code java.time} values supported ({@link JavaTimeModule}; written as numeric timestamps, as
 * Jackson does by default), NaN and infinities written as the strings {@code "NaN"}, {@code "Infinity"} and read
 * back as numbers (a metric that cannot be computed is NaN, not absent), and unknown properties ignored on reading,
 * so that a newer build's extra fields do not make stored JSON unreadable. Mappers are thread-safe once built.
 */
public final class Json {

    private static final ObjectMapper MAPPER = builder().build();
    private static final ObjectMapper SORTED_MAP_KEYS = builder()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true).build();
    private static final ObjectMapper RECORD_COMPONENTS = builder()
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE).build();
    private static final ObjectMapper SNAKE_CASE_ISO_TIMES = builder()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    /** Nesting deeper than this is refused by {@link #strictRequests()}. */
    public static final int REQUEST_MAX_DEPTH = 16;
    /** A string longer than this (characters) is refused by {@link #strictRequests()}. */
    public static final int REQUEST_MAX_STRING = 64 * 1024;
    private static final ObjectMapper STRICT_REQUESTS = strictRequestsMapper();

    private Json() {
    }

    /** The shared mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The shared mapper writing map entries ordered by key, so equal maps give equal bytes (model metadata). */
    public static ObjectMapper sortedMapKeys() {
        return SORTED_MAP_KEYS;
    }

    /**
     * The shared mapper seeing no {@code isX()} getters: a record is written as its components only, without derived
     * flags such as {@code isEmpty()} (stored evaluations).
     */
    public static ObjectMapper recordComponentsOnly() {
        return RECORD_COMPONENTS;
    }

    /** The shared mapper with snake_case keys and times as ISO text (command output for scripts). */
    public static ObjectMapper snakeCaseIsoTimes() {
        return SNAKE_CASE_ISO_TIMES;
    }

    /**
     * The shared mapper made strict for requests from outside (the decision API): unknown fields, trailing tokens,
     * null for a primitive and NaN or infinities are refused, and so are nesting deeper than
     * {@value #REQUEST_MAX_DEPTH} and strings longer than {@value #REQUEST_MAX_STRING} characters.
     */
    public static ObjectMapper strictRequests() {
        return STRICT_REQUESTS;
    }

    /** A value as JSON by the given mapper; an {@link IllegalStateException} naming its type if it cannot be. */
    public static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getMessage(), e);
        }
    }

    /** A stored value read back by the given mapper; an {@link IllegalArgumentException} naming its type if not. */
    public static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a stored " + type.getSimpleName() + " cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static ObjectMapper strictRequestsMapper() {
        ObjectMapper strict = builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(REQUEST_MAX_DEPTH).maxStringLength(REQUEST_MAX_STRING).build());
        return strict;
    }

    private static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
