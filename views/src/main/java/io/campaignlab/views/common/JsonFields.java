package io.campaignlab.views.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored JSON object (a run's parameters, features, split, versions) read as flat fields for people: nested
 * objects become dotted keys ({@code split.kind}), arrays of plain values one comma-separated value, and arrays of
 * objects numbered keys ({@code fields[2].column}). Nulls are left out. It writes JSON only to show it.
 */
public final class JsonFields {

    private static final ObjectMapper READER = io.campaignlab.engine.json.Json.mapper();

    private JsonFields() {
    }

    /** The fields of a JSON object in their stored order; empty for blank text, and one field "" for non-objects. */
    public static Map<String, String> of(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode root = parse(json);
        if (root == null) {
            if (json != null && !json.isBlank()) {
                fields.put("", json);
            }
            return fields;
        }
        add(fields, "", root);
        return fields;
    }

    /**
     * One row of a property sheet.
     *
     * @param key   the field's name, dotted for nested objects; for an element of an array of objects, its first
     *              text value (a column's name)
     * @param value the value as text; for an element of an array of objects, its other fields as "name value · ..."
     */
    public record Field(String key, String value) {
    }

    /**
     * The rows of a property sheet for a JSON object: a field per row, nested objects dotted, and each element of an
     * array of objects (the features' columns) one row named by its first text value. Empty for blank text.
     */
    public static List<Field> rows(String json) {
        List<Field> rows = new ArrayList<>();
        JsonNode root = parse(json);
        if (root == null) {
            if (json != null && !json.isBlank()) {
                rows.add(new Field("", json));
            }
            return rows;
        }
        addRows(rows, "", root);
        return rows;
    }

    private static void addRows(List<Field> rows, String key, JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                addRows(rows, key.isEmpty() ? entry.getKey() : key + "." + entry.getKey(), entry.getValue());
            }
        } else if (node.isArray() && containsObjects(node)) {
            for (int i = 0; i < node.size(); i++) {
                rows.add(element(key, i, node.get(i)));
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            Map<String, String> one = new LinkedHashMap<>();
            add(one, key, node);
            one.forEach((k, v) -> rows.add(new Field(k, v)));
        }
    }

    /** An element of an array of objects: named by its first text value, the other fields after it. */
    private static Field element(String key, int index, JsonNode element) {
        Map<String, String> fields = new LinkedHashMap<>();
        add(fields, "", element);
        String name = null;
        List<String> rest = new ArrayList<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (name == null && element.path(field.getKey()).isTextual()) {
                name = field.getValue();
            } else {
                rest.add(field.getKey() + " " + field.getValue());
            }
        }
        return new Field(name == null ? key + "[" + index + "]" : name, String.join(" · ", rest));
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return READER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * Named parts as one indented JSON object, for people to read and copy: a part that is stored JSON text (an
     * object or array) is kept as JSON, numbers as numbers, anything else as text; null parts are left out.
     */
    public static String pretty(Map<String, ?> parts) {
        ObjectNode object = READER.createObjectNode();
        parts.forEach((key, value) -> {
            if (value instanceof Long || value instanceof Integer) {
                object.put(key, ((Number) value).longValue());
            } else if (value instanceof Number number) {
                object.put(key, number.doubleValue());
            } else if (value instanceof JsonNode node) {
                object.set(key, node);
            } else if (value != null) {
                String text = value.toString().trim();
                JsonNode stored = text.startsWith("{") || text.startsWith("[") ? parse(text) : null;
                if (stored != null) {
                    object.set(key, stored);
                } else {
                    object.put(key, value.toString());
                }
            }
        });
        try {
            return READER.writerWithDefaultPrettyPrinter().writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Plain values (maps, lists, text, numbers) as a JSON tree, to nest in {@link #pretty}. */
    public static JsonNode tree(Object value) {
        return READER.valueToTree(value);
    }

    /** Every value in the JSON, as text: what a search matches. */
    public static List<String> values(String json) {
        return new ArrayList<>(of(json).values());
    }

    private static void add(Map<String, String> fields, String key, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                add(fields, key.isEmpty() ? entry.getKey() : key + "." + entry.getKey(), entry.getValue());
            }
        } else if (node.isArray() && containsObjects(node)) {
            for (int i = 0; i < node.size(); i++) {
                add(fields, key + "[" + i + "]", node.get(i));
            }
        } else if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(element -> parts.add(element.isNull() ? "null" : element.asText()));
            fields.put(key, "[" + String.join(", ", parts) + "]");
        } else {
            fields.put(key, node.asText());
        }
    }

    private static boolean containsObjects(JsonNode array) {
        for (JsonNode element : array) {
            if (element.isContainerNode()) {
                return true;
            }
        }
        return false;
    }
}
