package io.campaignlab.views.experiments;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What both experiment tabs (the A/B readout and the uplift fit) choose first: the datasets offered (in the order
 * the tab prefers) and the one chosen, its columns that can hold the arm of each unit and the one chosen, that
 * column's values sorted (the arms to pick from) and the control arm the others are compared with. The tab's view
 * model fills the lists and reacts to the choice; the view binds its combo boxes here. Never touches a node.
 */
public record ExperimentChoice(ObservableList<String> datasets, ObjectProperty<String> dataset,
                               ObservableList<String> groupColumns, ObjectProperty<String> group,
                               ObservableList<String> arms, ObjectProperty<String> control) {

    /** Nothing offered or chosen. */
    static ExperimentChoice empty() {
        return new ExperimentChoice(FXCollections.observableArrayList(), new SimpleObjectProperty<>(),
                FXCollections.observableArrayList(), new SimpleObjectProperty<>(), FXCollections.observableArrayList(),
                new SimpleObjectProperty<>());
    }
}
