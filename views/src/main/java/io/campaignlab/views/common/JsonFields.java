package io.campaignlab.views.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored JSON object (a run's parameters, features, split, versions) read as flat fields for people: nested
 * objects become dotted keys ({@code split.kind}), arrays of plain values one comma-separated value, and arrays of
 * objects numbered keys ({@code fields[2].column}). Nulls are left out. It only reads; nothing here writes JSON.
 */
public final class JsonFields {

    private static final ObjectMapper READER = new ObjectMapper();

    private JsonFields() {
    }

    /** The fields of a JSON object in their stored order; empty for blank text, and one field "" for non-objects. */
    public static Map<String, String> of(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        JsonNode root;
        try {
            root = READER.readTree(json);
        } catch (JsonProcessingException e) {
            fields.put("", json);
            return fields;
        }
        add(fields, "", root);
        return fields;
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
