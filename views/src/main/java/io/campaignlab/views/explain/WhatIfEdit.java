package io.campaignlab.views.explain;

import io.campaignlab.engine.explain.WhatIfResult;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * A what-if edit of the explained row: the columns the model reads, the column chosen, its new value (set to the
 * row's value whenever the column changes), the outcome (null before one), the outcome in one line or why there is
 * none, and whether it is running.
 */
public record WhatIfEdit(ObservableList<String> columns, ObjectProperty<String> column, StringProperty value,
                         ReadOnlyObjectProperty<WhatIfResult> result, ReadOnlyStringProperty message,
                         ReadOnlyBooleanProperty busy) {
}
