package io.campaignlab.engine.explain;

import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FittedField;
import io.campaignlab.engine.features.FittedFields;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small hand-made pipelines, frames and score functions with known answers. */
public final class Toy {

    private Toy() {
    }

    /** Categorical fields named by the map's keys, each with the given vocabulary. */
    public static FeaturePipeline categorical(Map<String, List<String>> vocabularies) {
        List<FittedField> fields = new ArrayList<>();
        vocabularies.forEach((name, values) -> fields.add(new FittedFields.Vocabulary(name, name, values)));
        return new FeaturePipeline(fields);
    }

    /** Fields a ∈ {x, y, z}, b ∈ {p, q}, c ∈ {u, v}: local rows 0 missing, 1 unseen, then the values in order. */
    public static FeaturePipeline abc() {
        Map<String, List<String>> vocabularies = new java.util.LinkedHashMap<>();
        vocabularies.put("a", List.of("x", "y", "z"));
        vocabularies.put("b", List.of("p", "q"));
        vocabularies.put("c", List.of("u", "v"));
        return categorical(vocabularies);
    }

    /** A frame with text columns a, b, c, row by row ({@code "xpu"} is a = x, b = p, c = u). */
    public static Frame abcRows(String... rows) {
        String[][] columns = new String[3][rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int f = 0; f < 3; f++) {
                columns[f][r] = String.valueOf(rows[r].charAt(f));
            }
        }
        Map<String, String[]> byName = new java.util.LinkedHashMap<>();
        byName.put("a", columns[0]);
        byName.put("b", columns[1]);
        byName.put("c", columns[2]);
        return texts(byName);
    }

    /** A frame of text columns, given column by column. */
    public static Frame texts(Map<String, String[]> columns) {
        List<FrameColumn> list = new ArrayList<>();
        int rows = -1;
        for (Map.Entry<String, String[]> c : columns.entrySet()) {
            list.add(new FrameColumn.Texts(c.getKey(), c.getValue()));
            rows = c.getValue().length;
        }
        long[] ids = new long[rows];
        for (int i = 0; i < rows; i++) {
            ids[i] = i + 1;
        }
        return Frame.of("toy", ids, list);
    }

    /** The local embedding row of field {@code f} in row {@code r} (single-slot fields). */
    public static int local(FeaturePipeline pipeline, EncodedRows rows, int r, int f) {
        return rows.indices()[r * rows.slots() + pipeline.firstSlot(f)] - pipeline.offset(f);
    }

    /**
     * The additive score Σ_f table[f][local row of f]: every field's own term.
     */
    public static BatchScore additive(FeaturePipeline pipeline, double[][] table) {
        return rows -> {
            double[] out = new double[rows.rows()];
            for (int r = 0; r < rows.rows(); r++) {
                for (int f = 0; f < table.length; f++) {
                    out[r] += table[f][local(pipeline, rows, r, f)];
                }
            }
            return out;
        };
    }
}
