package io.campaignlab.views.experiments;

import io.campaignlab.engine.experiments.AbReadout;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/**
 * The A/B readout shown: the readout (null before one), its table rows, the row whose posteriors and looks over time
 * are drawn, whether the sample-ratio warning was acknowledged and whether it still hides the readout, why no
 * readout is shown (empty when one is), why Read out cannot start (empty when it can), and whether columns load.
 */
public record ShownReadout(ReadOnlyObjectProperty<AbReadout> readout, ObservableList<ReadoutRow> rows,
                           ObjectProperty<ReadoutRow> selected, ReadOnlyBooleanProperty acknowledged,
                           BooleanBinding blocked, ReadOnlyStringProperty message, ReadOnlyStringProperty problem,
                           ReadOnlyBooleanProperty loading) {
}
