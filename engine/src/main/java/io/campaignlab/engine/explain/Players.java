package io.campaignlab.engine.explain;

import io.campaignlab.engine.features.BehaviourAggregates;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FittedField;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link Player}s of a pipeline: one per field, or with some fields grouped into one player. */
public final class Players {

    /** The name of the player that groups every behavioural aggregate. */
    public static final String BEHAVIOUR = "behaviour";

    private Players() {
    }

    /** One player per field, in pipeline order. */
    public static List<Player> perField(FeaturePipeline pipeline) {
        return grouped(pipeline, Map.of());
    }

    /**
     * One player per field, except that every field reading a behavioural aggregate column ({@code bh_…}) is one
     * player named {@value #BEHAVIOUR}. Equal to {@link #perField} when there is none.
     */
    public static List<Player> withBehaviourGroup(FeaturePipeline pipeline) {
        List<String> behaviour = new ArrayList<>();
        for (FittedField field : pipeline.fields()) {
            if (BehaviourAggregates.isAggregate(field.column())) {
                behaviour.add(field.name());
            }
        }
        return behaviour.isEmpty() ? perField(pipeline) : grouped(pipeline, Map.of(BEHAVIOUR, behaviour));
    }

    /**
     * Players from named groups of fields; every field in no group is a player of its own. Players come in
     * pipeline order, a group at the place of its first field.
     *
     * @param groups player name → the names of its fields
     * @throws IllegalArgumentException when a group names an unknown field, a field is in two groups, or a group name
     *                                  clashes with another player's
     */
    public static List<Player> grouped(FeaturePipeline pipeline, Map<String, List<String>> groups) {
        Map<String, Integer> fieldIndex = new HashMap<>();
        for (int f = 0; f < pipeline.fieldCount(); f++) {
            fieldIndex.put(pipeline.fields().get(f).name(), f);
        }
        String[] groupOf = new String[pipeline.fieldCount()];
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            if (group.getValue().isEmpty()) {
                throw new IllegalArgumentException("group " + group.getKey() + " has no field");
            }
            for (String name : group.getValue()) {
                Integer f = fieldIndex.get(name);
                if (f == null) {
                    throw new IllegalArgumentException("group " + group.getKey() + " names field " + name
                            + ", which the pipeline lacks; it has " + fieldIndex.keySet());
                }
                if (groupOf[f] != null) {
                    throw new IllegalArgumentException("field " + name + " is in groups " + groupOf[f] + " and "
                            + group.getKey());
                }
                groupOf[f] = group.getKey();
            }
        }
        for (String group : groups.keySet()) {
            Integer f = fieldIndex.get(group);
            if (f != null && groupOf[f] == null) {
                throw new IllegalArgumentException("group name " + group + " is also the name of a field");
            }
        }
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int f = 0; f < pipeline.fieldCount(); f++) {
            String name = groupOf[f] != null ? groupOf[f] : pipeline.fields().get(f).name();
            members.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
        }
        List<Player> players = new ArrayList<>();
        members.forEach((name, fields) -> players.add(player(pipeline, name, fields)));
        return List.copyOf(players);
    }

    private static Player player(FeaturePipeline pipeline, String name, List<Integer> fields) {
        List<String> names = new ArrayList<>();
        int count = 0;
        for (int f : fields) {
            count += pipeline.fields().get(f).slots();
        }
        int[] slots = new int[count];
        int k = 0;
        for (int f : fields) {
            names.add(pipeline.fields().get(f).name());
            for (int s = 0; s < pipeline.fields().get(f).slots(); s++) {
                slots[k++] = pipeline.firstSlot(f) + s;
            }
        }
        java.util.Arrays.sort(slots);
        return new Player(name, names, slots);
    }
}
