package io.campaignlab.engine.explain;

import java.util.List;

/**
 * One prediction of a run's model explained field by field.
 *
 * @param rowId    the row's {@code _row} id in the run's dataset
 * @param label    its label, or NaN when unknown
 * @param values   the raw value of every column the model reads, as text, in pipeline column order
 * @param columns  those columns' names
 * @param shapley  the field-level Shapley values on the probability scale
 */
public record RowExplanation(long rowId, double label, List<String> columns, List<String> values,
                             ShapleyExplanation shapley) {

    public RowExplanation {
        columns = List.copyOf(columns);
        values = List.copyOf(values);
    }
}
