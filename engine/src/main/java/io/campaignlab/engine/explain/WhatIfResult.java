package io.campaignlab.engine.explain;

/**
 * One row before and after an edit of one column.
 *
 * @param column   the column edited
 * @param oldValue its value before, as text
 * @param newValue its value after, as text
 * @param before   the explanation of the row as it was
 * @param after    the explanation of the edited row (same background and player orders)
 */
public record WhatIfResult(String column, String oldValue, String newValue, ShapleyExplanation before,
                           ShapleyExplanation after) {
}
