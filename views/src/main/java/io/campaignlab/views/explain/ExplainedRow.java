package io.campaignlab.views.explain;

import io.campaignlab.engine.explain.RowExplanation;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One prediction explained: the row id as typed, its explanation (null before one), why no row is shown (empty
 * when one is), what the shown row is or what is being done, and whether a row is being explained.
 */
public record ExplainedRow(StringProperty rowText, ReadOnlyObjectProperty<RowExplanation> explanation,
                           ReadOnlyStringProperty message, ReadOnlyStringProperty status,
                           ReadOnlyBooleanProperty busy) {
}
