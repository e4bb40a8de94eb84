package io.campaignlab.views.browse;

import io.campaignlab.engine.browse.RowFilter;
import io.campaignlab.engine.browse.RowSort;
import io.campaignlab.engine.datasets.ColumnMeta;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/**
 * The dataset the browser shows: its name (null for none), its columns in table order, the rows that pass the
 * filter, the sort and the filter in force (null for none), "12,345 rows" or what went wrong, and whether it loads.
 */
public record ShownTable(ReadOnlyStringProperty dataset, ObservableList<ColumnMeta> columns,
                         ReadOnlyLongProperty rowCount, ReadOnlyObjectProperty<RowSort> sort,
                         ReadOnlyObjectProperty<RowFilter> filter, ReadOnlyStringProperty status,
                         ReadOnlyBooleanProperty loading) {
}
