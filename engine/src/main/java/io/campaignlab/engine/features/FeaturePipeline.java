package io.campaignlab.engine.features;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.campaignlab.engine.frames.Frame;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A fitted feature pipeline: every field with its vocabulary, scaler or bucket edges, laid out in one shared
 * embedding table (each field at its offset) and one input row of slots. Fitted once on the training split
 * ({@link PipelineFitter}), saved with the model, and reused unchanged to encode validation, test and scoring data.
 * Values never seen in training go to their field's OOV row without error.
 */
public final class FeaturePipeline {

    private final List<FittedField> fields;
    private final int[] offsets;
    private final int[] firstSlots;
    private final int[] slotField;
    private final int vocabularySize;

    @JsonCreator
    public FeaturePipeline(@JsonProperty("fields") List<FittedField> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a pipeline needs at least one field");
        }
        this.fields = List.copyOf(fields);
        this.offsets = new int[fields.size()];
        this.firstSlots = new int[fields.size()];
        int offset = 0;
        int slot = 0;
        List<Integer> owners = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            offsets[f] = offset;
            firstSlots[f] = slot;
            offset += fields.get(f).size();
            slot += fields.get(f).slots();
            for (int s = 0; s < fields.get(f).slots(); s++) {
                owners.add(f);
            }
        }
        this.vocabularySize = offset;
        this.slotField = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    @JsonProperty("fields")
    public List<FittedField> fields() {
        return fields;
    }

    /** Rows of the shared embedding table. */
    @JsonIgnore
    public int vocabularySize() {
        return vocabularySize;
    }

    @JsonIgnore
    public int fieldCount() {
        return fields.size();
    }

    @JsonIgnore
    public int slotCount() {
        return slotField.length;
    }

    /** The field owning each slot. */
    @JsonIgnore
    public int[] slotField() {
        return slotField.clone();
    }

    /** Whether some field spans several slots (then slots are pooled into fields). */
    @JsonIgnore
    public boolean pooled() {
        return slotField.length != fields.size();
    }

    /** The first input slot of a field; the field spans {@code fields().get(field).slots()} slots from there. */
    @JsonIgnore
    public int firstSlot(int field) {
        return firstSlots[field];
    }

    @JsonIgnore
    public int offset(int field) {
        return offsets[field];
    }

    /** The dataset columns it reads, in order, without repeats. */
    @JsonIgnore
    public List<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        fields.forEach(f -> columns.add(f.column()));
        return List.copyOf(columns);
    }

    /** Encodes every row of a frame, which must hold {@link #columns()}. */
    public EncodedRows encode(Frame frame) {
        int rows = frame.rows();
        int slots = slotCount();
        int[] indices = new int[Math.multiplyExact(rows, slots)];
        float[] values = new float[indices.length];
        for (int f = 0; f < fields.size(); f++) {
            FittedField field = fields.get(f);
            field.encode(frame.column(field.column()), offsets[f], firstSlots[f], slots, indices, values);
        }
        return new EncodedRows(rows, slots, indices, values);
    }
}
