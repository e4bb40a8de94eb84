package io.campaignlab.views.explain;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audience form: the audience sizes and sample sizes offered, the audience size chosen (the top k validation
 * rows by score) and the rows explained on each side.
 */
public record AudienceSettings(ObservableList<Integer> sizes, ObservableList<Integer> samples,
                               ObjectProperty<Integer> k, ObjectProperty<Integer> sample) {

    /** The offered sizes, with 200 rows explained 100 a side chosen. */
    static AudienceSettings defaults() {
        return new AudienceSettings(FXCollections.observableArrayList(AudienceViewModel.SIZES),
                FXCollections.observableArrayList(AudienceViewModel.SAMPLES), new SimpleObjectProperty<>(200),
                new SimpleObjectProperty<>(100));
    }
}
