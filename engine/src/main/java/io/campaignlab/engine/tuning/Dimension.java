package io.campaignlab.engine.tuning;

import java.util.List;
import java.util.Objects;

/**
 * One setting a search may vary.
 *
 * @param name   the setting's name, as the model's options call it (for example {@code learningRate})
 * @param values the values it may take; the first is the family's default. Numbers or strings, so that the result
 *               writes to JSON and reads back
 */
public record Dimension(String name, List<Object> values) {

    public Dimension {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("setting '" + name + "' needs at least one value");
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new IllegalArgumentException("setting '" + name + "' lists a value twice: " + values);
        }
    }

    /** A dimension over the given values, the first being the default. */
    public static Dimension of(String name, Object... values) {
        return new Dimension(name, List.of(values));
    }

    public Object defaultValue() {
        return values.get(0);
    }
}
