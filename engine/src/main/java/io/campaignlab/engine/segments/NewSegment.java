package io.campaignlab.engine.segments;

import java.util.List;
import java.util.Objects;

/**
 * A segment to store: its name, its definition (JSON written by the engine, stored verbatim) and its members' user
 * ids. A user appears at most once.
 */
public record NewSegment(String name, String definitionJson, List<String> members) {

    public NewSegment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definitionJson, "definitionJson");
        members = List.copyOf(members);
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a segment name needs 1 to 200 characters, not '" + name + "'");
        }
    }
}
