package io.campaignlab.engine.campaigns.decide.rank;

import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FittedField;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.features.EncodedRows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each of a pipeline's fields takes its value at serve time: from the creative's item (its column is in the
 * items table, or is the item id), from the user's stored row (in the users table, or the user id), or from the
 * request (everything else: the request's context by column name, and for a time column without a value the time of
 * the request). Stored features win over the context for user columns; an unknown user's user columns come from the
 * context.
 *
 * @param pipeline the fitted pipeline
 * @param item     the fields of the item
 * @param user     the fields of the user
 * @param request  the fields of the request
 * @param pair     the fields of the (user, creative) pair: a behaviour-trained run's aggregates, computed at load
 * @param kinds    the kind of column each pipeline column is read as
 */
record FieldLayout(FeaturePipeline pipeline, SlotGroup item, SlotGroup user, SlotGroup request, SlotGroup pair,
                   Map<String, FieldValues.Kind> kinds) {

    static FieldLayout of(FeaturePipeline pipeline, Set<String> itemColumns, Set<String> userColumns) {
        return of(pipeline, itemColumns, userColumns, Set.of());
    }

    /** @param pairColumns the columns computed per (user, creative) at load; they win over the other sources */
    static FieldLayout of(FeaturePipeline pipeline, Set<String> itemColumns, Set<String> userColumns,
                          Set<String> pairColumns) {
        List<Integer> item = new ArrayList<>();
        List<Integer> user = new ArrayList<>();
        List<Integer> request = new ArrayList<>();
        List<Integer> pair = new ArrayList<>();
        Map<String, FieldValues.Kind> kinds = new HashMap<>();
        for (int f = 0; f < pipeline.fieldCount(); f++) {
            FittedField field = pipeline.fields().get(f);
            kinds.putIfAbsent(field.column(), FieldValues.kind(field));
            String c = field.column();
            (pairColumns.contains(c) ? pair : itemColumns.contains(c) ? item : userColumns.contains(c) ? user
                    : request).add(f);
        }
        return new FieldLayout(pipeline, new SlotGroup(pipeline, item), new SlotGroup(pipeline, user),
                new SlotGroup(pipeline, request), new SlotGroup(pipeline, pair), Map.copyOf(kinds));
    }

    /** A one-row column of a request value (or missing). */
    FrameColumn requestColumn(String column, Object value, java.time.Instant now) {
        return FieldValues.column(kinds.get(column), column, new Object[]{value}, now);
    }

    /** The all-missing row, every field at its missing value: the occlusion baseline. */
    EncodedRows baseline() {
        List<FrameColumn> columns = new ArrayList<>();
        for (String c : pipeline.columns()) {
            columns.add(switch (kinds.get(c)) {
                case NUMBERS -> new FrameColumn.Numbers(c, new double[]{Double.NaN});
                case TIMES -> new FrameColumn.Times(c, new long[]{FrameColumn.MISSING_TIME});
                case TEXTS -> new FrameColumn.Texts(c, new String[]{null});
            });
        }
        return pipeline.encode(Frame.of("baseline", new long[]{0}, columns));
    }

    /** The field names, in pipeline order. */
    List<String> fieldNames() {
        return pipeline.fields().stream().map(FittedField::name).toList();
    }
}
