package io.campaignlab.views.explain;

import io.campaignlab.engine.explain.AudienceComparison;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What the audience pane shows: the comparison (null before one), the k it was made for, what the pane says, and
 * whether a comparison is running.
 */
public record AudienceReadout(ReadOnlyObjectProperty<AudienceComparison> result, ReadOnlyIntegerProperty shownK,
                              ReadOnlyStringProperty message, ReadOnlyBooleanProperty busy) {
}
