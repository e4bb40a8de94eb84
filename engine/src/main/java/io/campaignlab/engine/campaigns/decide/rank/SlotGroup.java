package io.campaignlab.engine.campaigns.decide.rank;

import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FittedField;
import io.campaignlab.engine.frames.FrameColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Some of a pipeline's fields, those that take their values from one source (the item, the user, the request), and
 * the input slots they fill. Encodes rows of that source alone, field by field (so that the vocabularies of the other
 * sources' fields are never touched), into compact rows of just its slots.
 */
final class SlotGroup {

    private final FeaturePipeline pipeline;
    private final int[] fields;
    private final int[] slots;

    SlotGroup(FeaturePipeline pipeline, List<Integer> fields) {
        this.pipeline = pipeline;
        this.fields = fields.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> owned = new ArrayList<>();
        for (int f : this.fields) {
            for (int s = 0; s < pipeline.fields().get(f).slots(); s++) {
                owned.add(pipeline.firstSlot(f) + s);
            }
        }
        this.slots = owned.stream().mapToInt(Integer::intValue).toArray();
    }

    int[] fields() {
        return fields.clone();
    }

    int width() {
        return slots.length;
    }

    /** The columns its fields read, without repeats. */
    List<String> columns() {
        List<String> out = new ArrayList<>();
        for (int f : fields) {
            String c = pipeline.fields().get(f).column();
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Encodes {@code rows} rows into compact rows of {@link #width()} slots.
     *
     * @param columns every column of {@link #columns()}, {@code rows} long
     */
    Compact encode(Map<String, FrameColumn> columns, int rows) {
        int total = pipeline.slotCount();
        int[] indices = new int[Math.multiplyExact(rows, total)];
        float[] values = new float[indices.length];
        for (int f : fields) {
            FittedField field = pipeline.fields().get(f);
            field.encode(columns.get(field.column()), pipeline.offset(f), pipeline.firstSlot(f), total, indices,
                    values);
        }
        int w = slots.length;
        int[] ci = new int[rows * w];
        float[] cv = new float[rows * w];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < w; k++) {
                ci[r * w + k] = indices[r * total + slots[k]];
                cv[r * w + k] = values[r * total + slots[k]];
            }
        }
        return new Compact(w, ci, cv);
    }

    /** Writes compact row {@code from} of {@code compact} into full row {@code row} of the output arrays. */
    void scatter(Compact compact, int from, int[] indices, float[] values, int row) {
        int total = pipeline.slotCount();
        int w = slots.length;
        for (int k = 0; k < w; k++) {
            indices[row * total + slots[k]] = compact.indices()[from * w + k];
            values[row * total + slots[k]] = compact.values()[from * w + k];
        }
    }

    /** Rows of one group's slots, row-major. */
    record Compact(int width, int[] indices, float[] values) {
    }
}
