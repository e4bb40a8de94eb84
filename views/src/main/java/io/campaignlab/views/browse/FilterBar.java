package io.campaignlab.views.browse;

import io.campaignlab.engine.browse.RowFilter;
import io.campaignlab.engine.datasets.ColumnMeta;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The browser's filter bar: the column, the operator and the value as typed, why its filter cannot run (or empty),
 * and whether the chosen operator takes a value.
 */
public record FilterBar(ObjectProperty<ColumnMeta> column, ObjectProperty<RowFilter.Op> op, StringProperty value,
                        ReadOnlyStringProperty error, BooleanBinding valueNeeded) {
}
