package io.campaignlab.engine.browse;

import java.util.List;

/**
 * A page of rows.
 *
 * @param columns the column names, in table order (the row number column {@code _row} first)
 * @param rows    values: {@code Long}, {@code Double}, {@code Boolean}, {@code LocalDateTime}, {@code String} or null
 * @param offset  the position of the first row in the (sorted, filtered) dataset
 */
public record RowPage(List<String> columns, List<List<Object>> rows, long offset) {

    public RowPage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
