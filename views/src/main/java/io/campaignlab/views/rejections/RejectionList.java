package io.campaignlab.views.rejections;

import io.campaignlab.engine.importing.Rejection;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The rejections of one dataset as listed: the dataset (null for none), the loaded rejections that pass the filter,
 * the filter as typed, all rejections of the dataset (loaded or not), the count in words ("1,234 rejected values",
 * with how many match), whether pages are loading, and the outcome of the last export or load problem (or empty).
 */
public record RejectionList(ReadOnlyStringProperty dataset, ObservableList<Rejection> shown,
                            StringProperty filterText, ReadOnlyLongProperty total, StringBinding countText,
                            ReadOnlyBooleanProperty loading, ReadOnlyStringProperty message) {
}
