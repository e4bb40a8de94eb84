package io.campaignlab.engine.browse;

import java.util.Objects;

/** Sort by one column. */
public record RowSort(String column, boolean ascending) {

    public RowSort {
        Objects.requireNonNull(column, "column");
    }
}
