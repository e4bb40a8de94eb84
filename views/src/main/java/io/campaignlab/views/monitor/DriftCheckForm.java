package io.campaignlab.views.monitor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

import java.time.LocalDate;

/**
 * What the selected run is checked against: a window of its own dataset (first and last day, UTC, both included)
 * or another dataset (those other than the run's own); the days the run's dataset covers, as read and in words;
 * and why Check drift cannot start (empty when it can).
 */
public record DriftCheckForm(ObjectProperty<MonitorViewModel.Mode> mode, ObjectProperty<LocalDate> from,
                             ObjectProperty<LocalDate> to, ObservableList<String> datasets,
                             ObjectProperty<String> dataset, ReadOnlyObjectProperty<DatasetSpan> span,
                             ReadOnlyStringProperty spanText, ReadOnlyStringProperty problem) {
}
