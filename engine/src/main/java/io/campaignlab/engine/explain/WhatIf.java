package io.campaignlab.engine.explain;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * What if one value of a row were different: the row is copied, one column's value replaced, re-encoded with the
 * model's pipeline and explained again beside the original. Both explanations use the same background and player
 * orders, so their difference is the edit's.
 */
public final class WhatIf {

    private WhatIf() {
    }

    /**
     * @param frame    frame holding the row and every pipeline column
     * @param row      the row's position in the frame
     * @param column   the column to edit
     * @param newValue the new value as text: a number for numeric columns, an ISO date-time (or date) for times;
     *                 blank means missing
     * @throws IllegalArgumentException when the column is unknown or the value does not parse
     */
    public static WhatIfResult change(FieldShapley shapley, Frame frame, int row, String column, String newValue) {
        Frame one = frame.select(new int[]{row});
        FrameColumn edited = withValue(one.column(column), newValue);
        Frame changed = FrameRows.replace(one, edited);
        return new WhatIfResult(column, ValueText.raw(one.column(column), 0), ValueText.raw(edited, 0),
                shapley.explain(one, 0), shapley.explain(changed, 0));
    }

    /** A one-row column of the same type holding the parsed value. */
    static FrameColumn withValue(FrameColumn column, String text) {
        boolean blank = text == null || text.isBlank();
        if (column instanceof FrameColumn.Texts) {
            return new FrameColumn.Texts(column.name(), new String[]{blank ? null : text});
        }
        if (column instanceof FrameColumn.Numbers) {
            try {
                return new FrameColumn.Numbers(column.name(),
                        new double[]{blank ? Double.NaN : Double.parseDouble(text.trim())});
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("column " + column.name() + " is numeric; '" + text
                        + "' is not a number");
            }
        }
        long millis;
        if (blank) {
            millis = FrameColumn.MISSING_TIME;
        } else {
            String t = text.trim();
            try {
                LocalDateTime at = t.length() <= 10 ? LocalDate.parse(t).atStartOfDay()
                        : LocalDateTime.parse(t.replace(' ', 'T'));
                millis = at.toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("column " + column.name() + " holds times; '" + text
                        + "' is not an ISO date-time such as 2026-01-05T14:30");
            }
        }
        return new FrameColumn.Times(column.name(), new long[]{millis});
    }
}
