package io.campaignlab.persistence.datasets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.json.Json;

import java.util.ArrayList;
import java.util.List;

/** The stored form of a dataset's columns: a JSON array with stable, lower-case ids for types and roles. */
public final class ColumnMetaJson {

    private static final ObjectMapper MAPPER = Json.mapper();

    private ColumnMetaJson() {
    }

    public static String write(List<ColumnMeta> columns) {
        ArrayNode array = MAPPER.createArrayNode();
        for (ColumnMeta c : columns) {
            ObjectNode node = array.addObject();
            node.put("name", c.name());
            node.put("header", c.header());
            node.put("type", c.type().id());
            node.put("role", c.role().id());
            if (c.format() != null) {
                node.put("format", c.format());
            }
            if (c.groundTruth()) {
                node.put("ground_truth", true);
            }
        }
        return array.toString();
    }

    public static List<ColumnMeta> read(String json) {
        try {
            List<ColumnMeta> columns = new ArrayList<>();
            for (JsonNode node : MAPPER.readTree(json)) {
                columns.add(new ColumnMeta(node.get("name").asText(), node.get("header").asText(),
                        ColumnType.parse(node.get("type").asText()), ColumnRole.parse(node.get("role").asText()),
                        node.hasNonNull("format") ? node.get("format").asText() : null,
                        node.path("ground_truth").asBoolean(false)));
            }
            return columns;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt column metadata: " + e.getOriginalMessage(), e);
        }
    }
}
