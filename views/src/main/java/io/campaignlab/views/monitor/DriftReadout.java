package io.campaignlab.views.monitor;

import io.campaignlab.engine.monitor.ColumnDrift;
import io.campaignlab.engine.monitor.DriftAnalysis;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/**
 * The selected run's drift checks: its stored analyses (newest first), the one shown and its analysis, the drift
 * table (most drifted first), the feature whose distributions are shown, why no analysis is shown (empty when one
 * is), and one line on the analysis shown.
 */
public record DriftReadout(ObservableList<StoredAnalysis> stored, ReadOnlyObjectProperty<StoredAnalysis> shown,
                           ReadOnlyObjectProperty<DriftAnalysis> analysis, ObservableList<ColumnDrift> rows,
                           ObjectProperty<ColumnDrift> feature, ReadOnlyStringProperty message,
                           ReadOnlyStringProperty summary) {
}
