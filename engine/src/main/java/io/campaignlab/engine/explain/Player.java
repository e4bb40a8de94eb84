package io.campaignlab.engine.explain;

import java.util.Arrays;
import java.util.List;

/**
 * One participant of an explanation: a named set of pipeline fields that is switched, permuted or credited as a
 * whole, for example {@code device}, or {@code behaviour} for every behavioural aggregate. Build them with
 * {@link Players}.
 *
 * @param name   what the explanation calls it
 * @param fields the pipeline fields it covers, by name
 * @param slots  the input slots of those fields, ascending
 */
public record Player(String name, List<String> fields, int[] slots) {

    public Player {
        fields = List.copyOf(fields);
        slots = slots.clone();
        if (fields.isEmpty() || slots.length == 0) {
            throw new IllegalArgumentException("player " + name + " covers no field");
        }
    }

    @Override
    public int[] slots() {
        return slots.clone();
    }

    /**
     * Copies this player's slots of one encoded row into another: the target row then has this player's value of the
     * source row.
     *
     * @param width slots per row of both layouts
     */
    public void copy(int[] fromIndices, float[] fromValues, int fromRow, int[] toIndices, float[] toValues,
                     int toRow, int width) {
        int from = fromRow * width;
        int to = toRow * width;
        for (int s : slots) {
            toIndices[to + s] = fromIndices[from + s];
            toValues[to + s] = fromValues[from + s];
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Player p && p.name.equals(name) && p.fields.equals(fields) && Arrays.equals(p.slots, slots);
    }

    @Override
    public int hashCode() {
        return (name.hashCode() * 31 + fields.hashCode()) * 31 + Arrays.hashCode(slots);
    }

    @Override
    public String toString() {
        return name + fields;
    }
}
