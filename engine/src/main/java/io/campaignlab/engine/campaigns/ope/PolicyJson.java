package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.engine.segments.rules.RuleCondition;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link DecisionList} from JSON:
 * <pre>
 * {"rules": [{"when": "recency_days &gt; 90", "arm": "coupon_20"},
 *            {"when": ["history_orders &lt;= 1", "device = mobile"], "arm": {"coupon_10": 0.5, "control": 0.5}}],
 *  "default": "control"}
 * </pre>
 * {@code when} is one condition or a list that must all hold, in the segment rules' grammar over the dataset's
 * columns; {@code arm} (and {@code default}) is an arm's name, or an object of arm probabilities summing to 1. Every
 * message names the rule (counted from 1) and the field at fault; unknown fields are refused.
 */
public final class PolicyJson {

    private static final Set<String> TOP = Set.of("rules", "default", "name", "description");
    private static final Set<String> RULE = Set.of("when", "arm");

    private PolicyJson() {
    }

    public static DecisionList parse(String json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("policy: not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("policy: expected a JSON object with \"rules\" and \"default\"");
        }
        unknownFields(root, TOP, "policy");
        if (!root.has("default")) {
            throw new IllegalArgumentException("policy: \"default\" is missing; name the arm of units no rule matches");
        }
        List<DecisionRule> rules = new ArrayList<>();
        JsonNode list = root.path("rules");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new IllegalArgumentException("policy: \"rules\" must be a list of {\"when\", \"arm\"} objects");
        }
        for (int r = 0; r < list.size(); r++) {
            rules.add(rule(list.get(r), r + 1));
        }
        Map<String, Double> fallback;
        try {
            fallback = arms(root.get("default"));
            new DecisionRule(List.of(), fallback);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("policy \"default\": " + e.getMessage(), e);
        }
        return new DecisionList(rules, fallback);
    }

    private static DecisionRule rule(JsonNode node, int number) {
        String where = "policy rule " + number;
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": expected an object with \"when\" and \"arm\"");
        }
        unknownFields(node, RULE, where);
        for (String field : RULE) {
            if (!node.has(field)) {
                throw new IllegalArgumentException(where + ": \"" + field + "\" is missing");
            }
        }
        List<RuleCondition> when = new ArrayList<>();
        JsonNode w = node.get("when");
        List<JsonNode> items = new ArrayList<>();
        if (w.isArray()) {
            w.forEach(items::add);
        } else {
            items.add(w);
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException(where + " \"when\": no condition; use \"default\" for everyone else");
        }
        for (JsonNode c : items) {
            if (!c.isTextual()) {
                throw new IllegalArgumentException(where + " \"when\": a condition is a string such as"
                        + " \"recency_days > 90\", not " + c);
            }
            try {
                when.add(RuleCondition.parse(c.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + " \"when\": " + e.getMessage(), e);
            }
        }
        try {
            return new DecisionRule(when, arms(node.get("arm")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Double> arms(JsonNode node) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (node.isTextual() && !node.asText().isBlank()) {
            out.put(node.asText(), 1.0);
            return out;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("an arm is a name such as \"control\" or an object of probabilities"
                    + " such as {\"coupon_10\": 0.5, \"control\": 0.5}, not " + node);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (!e.getValue().isNumber()) {
                throw new IllegalArgumentException("the probability of arm " + e.getKey() + " must be a number, not "
                        + e.getValue());
            }
            out.put(e.getKey(), e.getValue().asDouble());
        }
        return out;
    }

    private static void unknownFields(JsonNode node, Set<String> known, String where) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException(where + ": unknown field \"" + name + "\"; expected "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }
}
