package io.campaignlab.views.browse;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;

/**
 * One row of the browser table. It is handed out at once, empty, and filled when its page arrives, so cells
 * show a placeholder first and then the values without the table reloading.
 */
public final class BrowserRow {

    private final Object query;
    private final long index;
    private final ReadOnlyObjectWrapper<List<Object>> values = new ReadOnlyObjectWrapper<>(this, "values");

    BrowserRow(Object query, long index) {
        this.query = query;
        this.index = index;
    }

    /** The row's position in the sorted, filtered view. */
    public long index() {
        return index;
    }

    /**
     * The row's cells once loaded, else null: the row number first, then one value per dataset column in table
     * order.
     */
    public ReadOnlyObjectProperty<List<Object>> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    public boolean isLoaded() {
        return values.get() != null;
    }

    /** Whether the row belongs to the given query of the list. */
    boolean belongsTo(Object query) {
        return this.query == query;
    }

    void fill(List<Object> cells) {
        values.set(cells);
    }
}
