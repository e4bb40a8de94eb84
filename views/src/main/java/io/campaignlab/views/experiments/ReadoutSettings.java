package io.campaignlab.views.experiments;

import io.campaignlab.engine.experiments.Correction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * How an A/B test is read out, beside the arms: the numeric columns offered as metrics and the metrics chosen (in
 * order), the columns offered as CUPED covariates and the one chosen (null for none), the multiple-testing
 * correction, the unit id column and the exposure time column with their choices (null for none), and
 * {@code arm=share} pairs (empty for equal shares).
 */
public record ReadoutSettings(ObservableList<String> metricChoices, ObservableList<String> metrics,
                              ObservableList<String> covariates, ObjectProperty<String> cuped,
                              ObjectProperty<Correction> correction, ObservableList<String> unitColumns,
                              ObjectProperty<String> unit, ObservableList<String> timeColumns,
                              ObjectProperty<String> time, StringProperty allocation) {

    /** Nothing offered or chosen; Holm's correction. */
    static ReadoutSettings empty() {
        return new ReadoutSettings(FXCollections.observableArrayList(), FXCollections.observableArrayList(),
                FXCollections.observableArrayList(), new SimpleObjectProperty<>(),
                new SimpleObjectProperty<>(Correction.HOLM), FXCollections.observableArrayList(),
                new SimpleObjectProperty<>(), FXCollections.observableArrayList(), new SimpleObjectProperty<>(),
                new SimpleStringProperty(""));
    }
}
